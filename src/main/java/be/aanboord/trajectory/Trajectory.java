package be.aanboord.trajectory;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import be.aanboord.partner.Organisation;
import be.aanboord.project.Project;
import be.aanboord.school.School;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * A trajectory of one of three kinds (see {@link TrajectoryKind}). The aggregate guards
 * its status flow and the sessions logged on it.
 */
@Entity
@Audited
public class Trajectory {

	private static final SecureRandom RANDOM = new SecureRandom();

	/** Letters and digits that cannot be mistaken for each other (no 0/O, 1/I/L). */
	private static final char[] CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private TrajectoryKind kind;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	private Project project;

	private int schoolYear;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	private School school;

	/** The executing partner organisation. */
	@ManyToOne(fetch = FetchType.LAZY)
	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	private Organisation partner;

	@Enumerated(EnumType.STRING)
	private TrajectoryStatus status;

	private LocalDate startDate;

	private LocalDate endDate;

	private BigDecimal plannedHours = BigDecimal.ZERO;

	/**
	 * Totals of the sessions, added up by the database in one statement per session
	 * ({@link TrajectorySessionRepository#addToTotals}) and never written from here: an
	 * edit saved meanwhile cannot undo them, and sessions logged at the same moment all
	 * count.
	 */
	@NotAudited
	@Column(insertable = false, updatable = false)
	private BigDecimal loggedHours = BigDecimal.ZERO;

	@NotAudited
	@Column(insertable = false, updatable = false)
	private int sessionCount;

	@Enumerated(EnumType.STRING)
	private QuestionType questionType;

	@Enumerated(EnumType.STRING)
	private TrajectoryLevel level;

	private String question;

	private String evaluation;

	private String pupilCode;

	@ManyToOne(fetch = FetchType.LAZY)
	@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
	@JoinColumn(name = "referring_clb_id")
	private Organisation referringClb;

	private LocalDate referralDate;

	private Integer waitingPosition;

	private LocalDate roundTableDate;

	@Convert(converter = EnumSetConverters.Participants.class)
	private Set<RoundTableParticipant> roundTableParticipants = EnumSet.noneOf(RoundTableParticipant.class);

	@Convert(converter = EnumSetConverters.NaftForms.class)
	private Set<NaftForm> naftForms = EnumSet.noneOf(NaftForm.class);

	private String intensity;

	private Integer durationWeeks;

	private Boolean supplementary;

	private BigDecimal staffHours;

	@Enumerated(EnumType.STRING)
	private NaftOutcome outcome;

	private String coach;

	@NotAudited
	private Long loggedById;

	@NotAudited
	private String loggedByName;

	@NotAudited
	@Column(updatable = false)
	private Instant createdAt;

	@Version
	@NotAudited
	private int version;

	protected Trajectory() {
	}

	/**
	 * A new trajectory of the kind of the given project, in its first status; pupil-level
	 * kinds get a fresh pseudonymous pupil code.
	 */
	public Trajectory(Project project, int schoolYear, School school, long loggedById, String loggedByName,
			Instant now) {
		this.kind = TrajectoryKind.ofProject(project.getCode());
		if (this.kind == null) {
			throw new IllegalArgumentException("project " + project.getCode() + " has no trajectories");
		}
		this.project = project;
		this.schoolYear = schoolYear;
		this.school = school;
		this.status = this.kind.getFirstStatus();
		this.plannedHours = new BigDecimal(this.kind.getDefaultHours());
		if (this.kind.isPupilLevel()) {
			this.pupilCode = newPupilCode(this.kind, schoolYear);
		}
		this.loggedById = loggedById;
		this.loggedByName = loggedByName;
		this.createdAt = now;
	}

	/** A code such as {@code N21-7KQ3PX}: kind, school year and six random characters. */
	static String newPupilCode(TrajectoryKind kind, int schoolYear) {
		StringBuilder code = new StringBuilder().append(kind == TrajectoryKind.NAFT ? 'N' : 'B')
			.append(String.format("%02d", schoolYear % 100))
			.append('-');
		for (int i = 0; i < 6; i++) {
			code.append(CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)]);
		}
		return code.toString();
	}

	/** Moves to another status, only along the kind's allowed transitions. */
	public void moveTo(TrajectoryStatus next) {
		if (next == this.status) {
			return;
		}
		if (!this.kind.next(this.status).contains(next)) {
			throw new IllegalStateException(
					"a " + this.kind + " trajectory cannot go from " + this.status + " to " + next);
		}
		this.status = next;
	}

	public boolean canMoveTo(TrajectoryStatus next) {
		return next == this.status || this.kind.next(this.status).contains(next);
	}

	/**
	 * A new session of this trajectory. Once it is saved, its hours go into the totals
	 * with {@link TrajectorySessionRepository#addToTotals}.
	 */
	public TrajectorySession logSession(LocalDate date, BigDecimal hours, String activity, String note, long byId,
			String byName, Instant now) {
		if (hours.signum() <= 0 || hours.compareTo(new BigDecimal("200")) > 0) {
			throw new IllegalArgumentException("hours out of range: " + hours);
		}
		return new TrajectorySession(this, date, hours, activity, note, byId, byName, now);
	}

	/** Logged hours as a share of the planned ones, 0 to 100 (or more), rounded down. */
	public int getPercentUsed() {
		if (this.plannedHours == null || this.plannedHours.signum() == 0) {
			return 0;
		}
		return this.loggedHours.multiply(BigDecimal.valueOf(100))
			.divide(this.plannedHours, 0, java.math.RoundingMode.DOWN)
			.intValue();
	}

	/** Flagged once 80 % of the planned hours are used. */
	public boolean isNearlyUsed() {
		return this.plannedHours != null && this.plannedHours.signum() > 0 && getPercentUsed() >= 80;
	}

	void setPlace(int schoolYear, School school, Organisation partner, LocalDate startDate, LocalDate endDate,
			BigDecimal plannedHours) {
		this.schoolYear = schoolYear;
		this.school = school;
		this.partner = partner;
		this.startDate = startDate;
		this.endDate = endDate;
		this.plannedHours = plannedHours;
	}

	void setRisk(QuestionType questionType, TrajectoryLevel level, String question, String evaluation) {
		this.questionType = questionType;
		this.level = level;
		this.question = question;
		this.evaluation = evaluation;
	}

	void setNaft(TrajectoryLevel level, Organisation referringClb, LocalDate referralDate, Integer waitingPosition,
			LocalDate roundTableDate, Set<RoundTableParticipant> participants, Set<NaftForm> forms, String intensity,
			Integer durationWeeks, Boolean supplementary, BigDecimal staffHours, NaftOutcome outcome) {
		this.level = level;
		this.referringClb = referringClb;
		this.referralDate = referralDate;
		this.waitingPosition = waitingPosition;
		this.roundTableDate = roundTableDate;
		this.roundTableParticipants = EnumSet.noneOf(RoundTableParticipant.class);
		this.roundTableParticipants.addAll(participants);
		this.naftForms = EnumSet.noneOf(NaftForm.class);
		this.naftForms.addAll(forms);
		this.intensity = intensity;
		this.durationWeeks = durationWeeks;
		this.supplementary = supplementary;
		this.staffHours = staffHours;
		this.outcome = outcome;
	}

	void setBridge(String coach, String note) {
		this.coach = coach;
		this.question = note;
	}

	public Long getId() {
		return this.id;
	}

	public TrajectoryKind getKind() {
		return this.kind;
	}

	public Project getProject() {
		return this.project;
	}

	public int getSchoolYear() {
		return this.schoolYear;
	}

	public String getSchoolYearLabel() {
		return this.schoolYear + "-" + (this.schoolYear + 1);
	}

	public School getSchool() {
		return this.school;
	}

	public Organisation getPartner() {
		return this.partner;
	}

	public TrajectoryStatus getStatus() {
		return this.status;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public LocalDate getEndDate() {
		return this.endDate;
	}

	public BigDecimal getPlannedHours() {
		return this.plannedHours;
	}

	public BigDecimal getLoggedHours() {
		return this.loggedHours;
	}

	public int getSessionCount() {
		return this.sessionCount;
	}

	public QuestionType getQuestionType() {
		return this.questionType;
	}

	public TrajectoryLevel getLevel() {
		return this.level;
	}

	public String getQuestion() {
		return this.question;
	}

	public String getEvaluation() {
		return this.evaluation;
	}

	public String getPupilCode() {
		return this.pupilCode;
	}

	public Organisation getReferringClb() {
		return this.referringClb;
	}

	public LocalDate getReferralDate() {
		return this.referralDate;
	}

	public Integer getWaitingPosition() {
		return this.waitingPosition;
	}

	public LocalDate getRoundTableDate() {
		return this.roundTableDate;
	}

	public Set<RoundTableParticipant> getRoundTableParticipants() {
		return this.roundTableParticipants;
	}

	public Set<NaftForm> getNaftForms() {
		return this.naftForms;
	}

	public String getIntensity() {
		return this.intensity;
	}

	public Integer getDurationWeeks() {
		return this.durationWeeks;
	}

	public Boolean getSupplementary() {
		return this.supplementary;
	}

	public BigDecimal getStaffHours() {
		return this.staffHours;
	}

	public NaftOutcome getOutcome() {
		return this.outcome;
	}

	public String getCoach() {
		return this.coach;
	}

	public String getLoggedByName() {
		return this.loggedByName;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public int getVersion() {
		return this.version;
	}

}
