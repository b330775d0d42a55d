package be.aanboord.trajectory;

import java.math.BigDecimal;
import java.time.LocalDate;

import be.aanboord.system.PlausibleDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Creating or editing a trajectory: what every kind has, and one nested part per kind
 * ({@code risk.*}, {@code naft.*}, {@code bridge.*}, see {@link DetailsForm}) of which
 * only the trajectory's own kind is checked and saved. The rules beyond single fields are
 * in {@link TrajectoryValidation}, the status flow in the aggregate.
 */
class TrajectoryForm {

	private TrajectoryKind kind;

	/** Chosen when creating; fixed afterwards. Checked by the service. */
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

	/** The school level (Ris+K) or the pupil's level (NAFT). */
	private TrajectoryLevel level;

	/** The question (Ris+K) or the note on the coaching (bridge). */
	@Size(max = 4000)
	private String question;

	@Valid
	private RiskDetailsForm risk = new RiskDetailsForm();

	@Valid
	private NaftDetailsForm naft = new NaftDetailsForm();

	@Valid
	private BridgeDetailsForm bridge = new BridgeDetailsForm();

	/** The user confirmed the warnings (dates outside the school year, pupil data). */
	private boolean confirmWarnings;

	private int version;

	static TrajectoryForm create(TrajectoryKind kind, int schoolYear) {
		TrajectoryForm form = new TrajectoryForm();
		form.kind = kind;
		form.schoolYear = schoolYear;
		form.plannedHours = new BigDecimal(kind.getDefaultHours());
		form.status = kind.getFirstStatus();
		form.naft = NaftDetailsForm.create();
		return form;
	}

	static TrajectoryForm from(Trajectory t) {
		TrajectoryForm form = new TrajectoryForm();
		form.kind = t.getKind();
		form.projectId = t.getProjectId();
		form.schoolYear = t.getSchoolYear();
		form.schoolId = t.getSchoolId();
		form.partnerId = t.getPartnerId();
		form.status = t.getStatus();
		form.startDate = t.getStartDate();
		form.endDate = t.getEndDate();
		form.plannedHours = t.getPlannedHours();
		form.level = t.getLevel();
		form.question = t.getQuestion();
		form.risk = RiskDetailsForm.from(t.getRisk());
		form.naft = NaftDetailsForm.from(t.getNaft());
		form.bridge = BridgeDetailsForm.from(t.getBridge());
		form.version = t.getVersion();
		return form;
	}

	/** The part of the form's kind, with its name as the path of its fields. */
	DetailsForm part() {
		return switch (this.kind) {
			case RISK -> this.risk;
			case NAFT -> this.naft;
			case BRIDGE -> this.bridge;
		};
	}

	/** The path of the part's fields: {@code risk}, {@code naft} or {@code bridge}. */
	String partPath() {
		return switch (this.kind) {
			case RISK -> "risk";
			case NAFT -> "naft";
			case BRIDGE -> "bridge";
		};
	}

	/** Writes what every kind has and the part of the trajectory's kind. */
	void applyTo(Trajectory trajectory) {
		trajectory.setPlace(this.schoolYear, this.schoolId, this.partnerId, this.startDate, this.endDate,
				this.plannedHours);
		switch (trajectory.getKind()) {
			case RISK -> trajectory.describe(this.level, trimmed(this.question));
			case NAFT -> trajectory.describe(this.level, trajectory.getQuestion());
			case BRIDGE -> trajectory.describe(trajectory.getLevel(), trimmed(this.question));
		}
		part().applyTo(trajectory);
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

	public RiskDetailsForm getRisk() {
		return this.risk;
	}

	public void setRisk(RiskDetailsForm risk) {
		this.risk = risk;
	}

	public NaftDetailsForm getNaft() {
		return this.naft;
	}

	public void setNaft(NaftDetailsForm naft) {
		this.naft = naft;
	}

	public BridgeDetailsForm getBridge() {
		return this.bridge;
	}

	public void setBridge(BridgeDetailsForm bridge) {
		this.bridge = bridge;
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
