package be.aanboord.trajectory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * What only a NAFT trajectory holds: referral, waiting list, round table, the forms it
 * takes, its intensity and outcome (columns of {@code trajectory}). The pupil's level is
 * the trajectory's level. Audited with the trajectory, so a field added here is in the
 * change history without more.
 */
@Embeddable
public class NaftDetails {

	/** The referring centre for pupil guidance, an organisation of the partner module. */
	private Long referringClbId;

	private LocalDate referralDate;

	private Integer waitingPosition;

	private LocalDate roundTableDate;

	@Column(name = "round_table_participants")
	@Convert(converter = EnumSetConverters.Participants.class)
	private Set<RoundTableParticipant> participants = EnumSet.noneOf(RoundTableParticipant.class);

	@Convert(converter = EnumSetConverters.NaftForms.class)
	private Set<NaftForm> naftForms = EnumSet.noneOf(NaftForm.class);

	private String intensity;

	private Integer durationWeeks;

	private Boolean supplementary;

	/** Hours of staff, in quarter hours. */
	private BigDecimal staffHours;

	@Enumerated(EnumType.STRING)
	private NaftOutcome outcome;

	public Long getReferringClbId() {
		return this.referringClbId;
	}

	void setReferringClbId(Long referringClbId) {
		this.referringClbId = referringClbId;
	}

	public LocalDate getReferralDate() {
		return this.referralDate;
	}

	void setReferralDate(LocalDate referralDate) {
		this.referralDate = referralDate;
	}

	public Integer getWaitingPosition() {
		return this.waitingPosition;
	}

	void setWaitingPosition(Integer waitingPosition) {
		this.waitingPosition = waitingPosition;
	}

	public LocalDate getRoundTableDate() {
		return this.roundTableDate;
	}

	void setRoundTableDate(LocalDate roundTableDate) {
		this.roundTableDate = roundTableDate;
	}

	public Set<RoundTableParticipant> getParticipants() {
		return (this.participants != null) ? this.participants : EnumSet.noneOf(RoundTableParticipant.class);
	}

	void setParticipants(Set<RoundTableParticipant> participants) {
		this.participants = EnumSet.noneOf(RoundTableParticipant.class);
		this.participants.addAll(participants);
	}

	public Set<NaftForm> getNaftForms() {
		return (this.naftForms != null) ? this.naftForms : EnumSet.noneOf(NaftForm.class);
	}

	void setNaftForms(Set<NaftForm> naftForms) {
		this.naftForms = EnumSet.noneOf(NaftForm.class);
		this.naftForms.addAll(naftForms);
	}

	public String getIntensity() {
		return this.intensity;
	}

	void setIntensity(String intensity) {
		this.intensity = intensity;
	}

	public Integer getDurationWeeks() {
		return this.durationWeeks;
	}

	void setDurationWeeks(Integer durationWeeks) {
		this.durationWeeks = durationWeeks;
	}

	public Boolean getSupplementary() {
		return this.supplementary;
	}

	void setSupplementary(Boolean supplementary) {
		this.supplementary = supplementary;
	}

	public BigDecimal getStaffHours() {
		return this.staffHours;
	}

	void setStaffHours(BigDecimal staffHours) {
		this.staffHours = staffHours;
	}

	public NaftOutcome getOutcome() {
		return this.outcome;
	}

	void setOutcome(NaftOutcome outcome) {
		this.outcome = outcome;
	}

}
