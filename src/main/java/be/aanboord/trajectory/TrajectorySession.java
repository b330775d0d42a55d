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

}
