package be.aanboord.trajectory;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

/** One logged session of a trajectory: when, how long, what was done. */
@Entity
public class TrajectorySession {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Trajectory trajectory;

	private LocalDate sessionDate;

	private BigDecimal hours;

	private String activity;

	private String note;

	private Long loggedById;

	private String loggedByName;

	@Column(updatable = false)
	private Instant createdAt;

	@Version
	private int version;

	protected TrajectorySession() {
	}

	TrajectorySession(Trajectory trajectory, LocalDate sessionDate, BigDecimal hours, String activity, String note,
			long loggedById, String loggedByName, Instant createdAt) {
		this.trajectory = trajectory;
		this.sessionDate = sessionDate;
		this.hours = hours;
		this.activity = activity;
		this.note = note;
		this.loggedById = loggedById;
		this.loggedByName = loggedByName;
		this.createdAt = createdAt;
	}

	/** Corrects what was logged; the totals of the trajectory are corrected apart. */
	void correct(LocalDate sessionDate, BigDecimal hours, String activity, String note) {
		this.sessionDate = sessionDate;
		this.hours = hours;
		this.activity = activity;
		this.note = note;
	}

	/**
	 * The author of the session, its project's coordinators and the admin may correct it.
	 */
	boolean mayBeCorrectedBy(long userId, boolean coordinatesTheProject) {
		return coordinatesTheProject || (this.loggedById != null && this.loggedById == userId);
	}

	public Long getId() {
		return this.id;
	}

	public LocalDate getSessionDate() {
		return this.sessionDate;
	}

	public BigDecimal getHours() {
		return this.hours;
	}

	public String getActivity() {
		return this.activity;
	}

	public String getNote() {
		return this.note;
	}

	public String getLoggedByName() {
		return this.loggedByName;
	}

	public Long getLoggedById() {
		return this.loggedById;
	}

	public int getVersion() {
		return this.version;
	}

	Trajectory getTrajectory() {
		return this.trajectory;
	}

}
