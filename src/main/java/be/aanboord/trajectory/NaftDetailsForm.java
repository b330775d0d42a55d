package be.aanboord.trajectory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import be.aanboord.system.PlausibleDate;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * The NAFT part of the trajectory form ({@code naft.referralDate}…), see
 * {@link DetailsForm}. The referring CLB is checked against the CLBs by the service.
 */
class NaftDetailsForm implements DetailsForm {

	@NotNull(groups = Required.class)
	private Long referringClbId;

	@NotNull(groups = Required.class)
	@PlausibleDate
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate referralDate;

	@Min(1)
	@Max(999)
	private Integer waitingPosition;

	@PlausibleDate
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate roundTableDate;

	private Set<RoundTableParticipant> participants = EnumSet.noneOf(RoundTableParticipant.class);

	private Set<NaftForm> naftForms = EnumSet.noneOf(NaftForm.class);

	@Size(max = 200)
	private String intensity;

	@Min(0)
	@Max(260)
	private Integer durationWeeks;

	@NotNull(groups = Required.class)
	private Boolean supplementary;

	@DecimalMin("0")
	@DecimalMax("2000")
	@Digits(integer = 4, fraction = 2)
	private BigDecimal staffHours;

	private NaftOutcome outcome;

	/** A new NAFT trajectory is supplementary unless the user says otherwise. */
	static NaftDetailsForm create() {
		NaftDetailsForm form = new NaftDetailsForm();
		form.supplementary = Boolean.TRUE;
		return form;
	}

	static NaftDetailsForm from(NaftDetails details) {
		NaftDetailsForm form = new NaftDetailsForm();
		form.referringClbId = details.getReferringClbId();
		form.referralDate = details.getReferralDate();
		form.waitingPosition = details.getWaitingPosition();
		form.roundTableDate = details.getRoundTableDate();
		form.participants = EnumSet.noneOf(RoundTableParticipant.class);
		form.participants.addAll(details.getParticipants());
		form.naftForms = EnumSet.noneOf(NaftForm.class);
		form.naftForms.addAll(details.getNaftForms());
		form.intensity = details.getIntensity();
		form.durationWeeks = details.getDurationWeeks();
		form.supplementary = details.getSupplementary();
		form.staffHours = details.getStaffHours();
		form.outcome = details.getOutcome();
		return form;
	}

	@Override
	public void check(Errors errors) {
		TrajectoryValidation.inQuarterHours("staffHours", this.staffHours, errors);
	}

	@Override
	public Map<String, String> freeTexts() {
		Map<String, String> texts = new HashMap<>();
		texts.put("intensity", this.intensity);
		return texts;
	}

	@Override
	public void applyTo(Trajectory trajectory) {
		NaftDetails details = trajectory.getNaft();
		details.setReferringClbId(this.referringClbId);
		details.setReferralDate(this.referralDate);
		details.setWaitingPosition(this.waitingPosition);
		details.setRoundTableDate(this.roundTableDate);
		details.setParticipants(this.participants);
		details.setNaftForms(this.naftForms);
		details.setIntensity(TrajectoryForm.trimmed(this.intensity));
		details.setDurationWeeks(this.durationWeeks);
		details.setSupplementary(this.supplementary);
		details.setStaffHours(this.staffHours);
		details.setOutcome(this.outcome);
	}

	public Long getReferringClbId() {
		return this.referringClbId;
	}

	public void setReferringClbId(Long referringClbId) {
		this.referringClbId = referringClbId;
	}

	public LocalDate getReferralDate() {
		return this.referralDate;
	}

	public void setReferralDate(LocalDate referralDate) {
		this.referralDate = referralDate;
	}

	public Integer getWaitingPosition() {
		return this.waitingPosition;
	}

	public void setWaitingPosition(Integer waitingPosition) {
		this.waitingPosition = waitingPosition;
	}

	public LocalDate getRoundTableDate() {
		return this.roundTableDate;
	}

	public void setRoundTableDate(LocalDate roundTableDate) {
		this.roundTableDate = roundTableDate;
	}

	public Set<RoundTableParticipant> getParticipants() {
		return this.participants;
	}

	public void setParticipants(Set<RoundTableParticipant> participants) {
		this.participants = (participants != null) ? participants : EnumSet.noneOf(RoundTableParticipant.class);
	}

	public Set<NaftForm> getNaftForms() {
		return this.naftForms;
	}

	public void setNaftForms(Set<NaftForm> naftForms) {
		this.naftForms = (naftForms != null) ? naftForms : EnumSet.noneOf(NaftForm.class);
	}

	public String getIntensity() {
		return this.intensity;
	}

	public void setIntensity(String intensity) {
		this.intensity = intensity;
	}

	public Integer getDurationWeeks() {
		return this.durationWeeks;
	}

	public void setDurationWeeks(Integer durationWeeks) {
		this.durationWeeks = durationWeeks;
	}

	public Boolean getSupplementary() {
		return this.supplementary;
	}

	public void setSupplementary(Boolean supplementary) {
		this.supplementary = supplementary;
	}

	public BigDecimal getStaffHours() {
		return this.staffHours;
	}

	public void setStaffHours(BigDecimal staffHours) {
		this.staffHours = staffHours;
	}

	public NaftOutcome getOutcome() {
		return this.outcome;
	}

	public void setOutcome(NaftOutcome outcome) {
		this.outcome = outcome;
	}

}
