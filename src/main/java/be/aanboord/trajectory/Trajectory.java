package be.aanboord.trajectory;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Embedded;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A trajectory of one of three kinds (see {@link TrajectoryKind}): what every kind has
 * here, what one kind has in its part ({@link RiskDetails}, {@link NaftDetails},
 * {@link BridgeDetails}, on the same table). Other modules' records by id (project,
 * school, partner, referring CLB); their names come from their query types. Audited by
 * Envers as a whole; {@link TrajectoryHistory} shows every audited field. The aggregate
 * guards its status flow and the sessions logged on it.
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

	/** The project, of the project module. */
	private long projectId;

	private int schoolYear;

	/** The school, of the school module. */
	@Column(name = "school_id")
	private long schoolId;

	/**
	 * The school's name, joined by the list's query only to filter and sort by it (a
	 * read-only view of the school module's table, never loaded with the trajectory);
	 * pages show names from {@code school.Schools}. Not optional (every trajectory has a
	 * school), so that the sort joins it as an inner join: PostgreSQL can then walk the
	 * schools in name order ({@code school_name_sort_idx}) and read each school's
	 * matching trajectories by index until a page is full, instead of sorting every
	 * matching trajectory.
	 */
	@NotAudited
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "school_id", insertable = false, updatable = false)
	private SchoolName schoolName;

	/** The executing partner organisation, of the partner module. */
	private Long partnerId;

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
	private TrajectoryLevel level;

	/** The question; for bridge coaching, the note on the coaching. */
	private String question;

	private String pupilCode;

	@Embedded
	private RiskDetails risk = new RiskDetails();

	@Embedded
	private NaftDetails naft = new NaftDetails();

	@Embedded
	private BridgeDetails bridge = new BridgeDetails();

	@NotAudited
	private Long loggedById;

	@NotAudited
	private String loggedByName;

	@NotAudited
	@Column(updatable = false)
	private Instant createdAt;

	/**
	 * When the trajectory reached a closed status, set by the database (trigger
	 * {@code trajectory_closed_at}); null while open.
	 */
	@NotAudited
	@Column(insertable = false, updatable = false)
	private Instant closedAt;

	/**
	 * When {@link TrajectoryRetention} removed the pupil code and the free texts, which
	 * it does in the database; null until then.
	 */
	@NotAudited
	@Column(insertable = false, updatable = false)
	private Instant anonymisedAt;

	@Version
	@NotAudited
	private int version;

	protected Trajectory() {
	}

	/**
	 * A new trajectory of the kind of the given project, in its first status; pupil-level
	 * kinds get a fresh pseudonymous pupil code.
	 */
	public Trajectory(long projectId, String projectCode, int schoolYear, long schoolId, long loggedById,
			String loggedByName, Instant now) {
		this.kind = TrajectoryKind.ofProject(projectCode);
		if (this.kind == null) {
			throw new IllegalArgumentException("project " + projectCode + " has no trajectories");
		}
		this.projectId = projectId;
		this.schoolYear = schoolYear;
		this.schoolId = schoolId;
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
		return nearlyUsed(this.plannedHours, this.loggedHours);
	}

	/**
	 * Whether logged hours have reached 80 % of the planned ones (rounded down, as
	 * {@link #getPercentUsed}); false without planned hours.
	 */
	static boolean nearlyUsed(BigDecimal plannedHours, BigDecimal loggedHours) {
		return plannedHours != null && plannedHours.signum() > 0
				&& loggedHours.multiply(BigDecimal.valueOf(100))
					.divide(plannedHours, 0, java.math.RoundingMode.DOWN)
					.intValue() >= 80;
	}

	void setPlace(int schoolYear, long schoolId, Long partnerId, LocalDate startDate, LocalDate endDate,
			BigDecimal plannedHours) {
		this.schoolYear = schoolYear;
		this.schoolId = schoolId;
		this.partnerId = partnerId;
		this.startDate = startDate;
		this.endDate = endDate;
		this.plannedHours = plannedHours;
	}

	/**
	 * The level and the question (for bridge coaching, the note), which several kinds
	 * have.
	 */
	void describe(TrajectoryLevel level, String question) {
		this.level = level;
		this.question = question;
	}

	public Long getId() {
		return this.id;
	}

	public TrajectoryKind getKind() {
		return this.kind;
	}

	public long getProjectId() {
		return this.projectId;
	}

	public int getSchoolYear() {
		return this.schoolYear;
	}

	public String getSchoolYearLabel() {
		return this.schoolYear + "-" + (this.schoolYear + 1);
	}

	public long getSchoolId() {
		return this.schoolId;
	}

	public Long getPartnerId() {
		return this.partnerId;
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

	public TrajectoryLevel getLevel() {
		return this.level;
	}

	public String getQuestion() {
		return this.question;
	}

	public String getPupilCode() {
		return this.pupilCode;
	}

	/**
	 * What a Ris+K trajectory holds (empty for other kinds); changed in place by the
	 * form.
	 */
	public RiskDetails getRisk() {
		if (this.risk == null) {
			this.risk = new RiskDetails();
		}
		return this.risk;
	}

	/**
	 * What a NAFT trajectory holds (empty for other kinds); changed in place by the form.
	 */
	public NaftDetails getNaft() {
		if (this.naft == null) {
			this.naft = new NaftDetails();
		}
		return this.naft;
	}

	/**
	 * What a bridge-coaching trajectory holds (empty for other kinds); changed in place
	 * by the form.
	 */
	public BridgeDetails getBridge() {
		if (this.bridge == null) {
			this.bridge = new BridgeDetails();
		}
		return this.bridge;
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

	public Instant getClosedAt() {
		return this.closedAt;
	}

	public Instant getAnonymisedAt() {
		return this.anonymisedAt;
	}

	/**
	 * Whether the retention removed its pupil code and free texts; such a trajectory is
	 * no longer changed.
	 */
	public boolean isAnonymised() {
		return this.anonymisedAt != null;
	}

}
