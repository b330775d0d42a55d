package be.aanboord.trajectory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
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

/**
 * Creating or editing a trajectory. Which fields are required depends on the kind; the
 * controller checks those, and the aggregate the status flow.
 */
class TrajectoryForm {

	private TrajectoryKind kind;

	/** Chosen when creating; fixed afterwards. Checked by the controller. */
	private Long projectId;

	@NotNull
	private Integer schoolYear;

	@NotNull
	private Long schoolId;

	private Long partnerId;

	private TrajectoryStatus status;

	@PlausibleDate
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startDate;

	@PlausibleDate
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endDate;

	@NotNull
	@DecimalMin("0")
	@DecimalMax("200")
	@Digits(integer = 3, fraction = 2)
	private BigDecimal plannedHours;

	private QuestionType questionType;

	private TrajectoryLevel level;

	@Size(max = 4000)
	private String question;

	@Size(max = 4000)
	private String evaluation;

	private Long referringClbId;

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

	private Boolean supplementary;

	@DecimalMin("0")
	@DecimalMax("2000")
	@Digits(integer = 4, fraction = 2)
	private BigDecimal staffHours;

	private NaftOutcome outcome;

	@Size(max = 200)
	private String coach;

	/** The user confirmed the warnings (dates outside the school year, pupil data). */
	private boolean confirmWarnings;

	private int version;

	static TrajectoryForm create(TrajectoryKind kind, int schoolYear) {
		TrajectoryForm form = new TrajectoryForm();
		form.kind = kind;
		form.schoolYear = schoolYear;
		form.plannedHours = new BigDecimal(kind.getDefaultHours());
		form.status = kind.getFirstStatus();
		if (kind == TrajectoryKind.NAFT) {
			form.supplementary = Boolean.TRUE;
		}
		return form;
	}

	static TrajectoryForm from(Trajectory t) {
		TrajectoryForm form = new TrajectoryForm();
		form.kind = t.getKind();
		form.projectId = t.getProject().getId();
		form.schoolYear = t.getSchoolYear();
		form.schoolId = t.getSchool().getId();
		form.partnerId = (t.getPartner() != null) ? t.getPartner().getId() : null;
		form.status = t.getStatus();
		form.startDate = t.getStartDate();
		form.endDate = t.getEndDate();
		form.plannedHours = t.getPlannedHours();
		form.questionType = t.getQuestionType();
		form.level = t.getLevel();
		form.question = t.getQuestion();
		form.evaluation = t.getEvaluation();
		form.referringClbId = (t.getReferringClb() != null) ? t.getReferringClb().getId() : null;
		form.referralDate = t.getReferralDate();
		form.waitingPosition = t.getWaitingPosition();
		form.roundTableDate = t.getRoundTableDate();
		form.participants = EnumSet.noneOf(RoundTableParticipant.class);
		form.participants.addAll(t.getRoundTableParticipants());
		form.naftForms = EnumSet.noneOf(NaftForm.class);
		form.naftForms.addAll(t.getNaftForms());
		form.intensity = t.getIntensity();
		form.durationWeeks = t.getDurationWeeks();
		form.supplementary = t.getSupplementary();
		form.staffHours = t.getStaffHours();
		form.outcome = t.getOutcome();
		form.coach = t.getCoach();
		form.version = t.getVersion();
		return form;
	}

	static String trimmed(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	public TrajectoryKind getKind() {
		return this.kind;
	}

	public void setKind(TrajectoryKind kind) {
		this.kind = kind;
	}

	public Long getProjectId() {
		return this.projectId;
	}

	public void setProjectId(Long projectId) {
		this.projectId = projectId;
	}

	public Integer getSchoolYear() {
		return this.schoolYear;
	}

	public void setSchoolYear(Integer schoolYear) {
		this.schoolYear = schoolYear;
	}

	public Long getSchoolId() {
		return this.schoolId;
	}

	public void setSchoolId(Long schoolId) {
		this.schoolId = schoolId;
	}

	public Long getPartnerId() {
		return this.partnerId;
	}

	public void setPartnerId(Long partnerId) {
		this.partnerId = partnerId;
	}

	public TrajectoryStatus getStatus() {
		return this.status;
	}

	public void setStatus(TrajectoryStatus status) {
		this.status = status;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public void setStartDate(LocalDate startDate) {
		this.startDate = startDate;
	}

	public LocalDate getEndDate() {
		return this.endDate;
	}

	public void setEndDate(LocalDate endDate) {
		this.endDate = endDate;
	}

	public BigDecimal getPlannedHours() {
		return this.plannedHours;
	}

	public void setPlannedHours(BigDecimal plannedHours) {
		this.plannedHours = plannedHours;
	}

	public QuestionType getQuestionType() {
		return this.questionType;
	}

	public void setQuestionType(QuestionType questionType) {
		this.questionType = questionType;
	}

	public TrajectoryLevel getLevel() {
		return this.level;
	}

	public void setLevel(TrajectoryLevel level) {
		this.level = level;
	}

	public String getQuestion() {
		return this.question;
	}

	public void setQuestion(String question) {
		this.question = question;
	}

	public String getEvaluation() {
		return this.evaluation;
	}

	public void setEvaluation(String evaluation) {
		this.evaluation = evaluation;
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

	public String getCoach() {
		return this.coach;
	}

	public void setCoach(String coach) {
		this.coach = coach;
	}

	public boolean isConfirmWarnings() {
		return this.confirmWarnings;
	}

	public void setConfirmWarnings(boolean confirmWarnings) {
		this.confirmWarnings = confirmWarnings;
	}

	public int getVersion() {
		return this.version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

}
