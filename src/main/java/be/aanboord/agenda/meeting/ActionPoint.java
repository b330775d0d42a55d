package be.aanboord.agenda.meeting;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An action point agreed at a lab meeting: what, who (a person of the lab, by id), by
 * when, and how far it is. Until it is done it appears on every later meeting's agenda.
 */
@Entity
@Table(name = "meeting_action_point")
public class ActionPoint {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "activity_id")
	private Long meetingId;

	private String description;

	private Long ownerId;

	private LocalDate deadline;

	@Enumerated(EnumType.STRING)
	private ActionPointStatus status;

	@Version
	private int version;

	protected ActionPoint() {
	}

	ActionPoint(long meetingId, String description, long ownerId, LocalDate deadline) {
		this.meetingId = meetingId;
		this.description = description.strip();
		this.ownerId = ownerId;
		this.deadline = deadline;
		this.status = ActionPointStatus.OPEN;
	}

	/** Moves the point on (or back: a point thought done can be reopened). */
	void changeStatus(ActionPointStatus status) {
		if (status == null) {
			throw new MeetingRuleException("meeting.rule.statusRequired");
		}
		this.status = status;
	}

	public Long getId() {
		return this.id;
	}

	public Long getMeetingId() {
		return this.meetingId;
	}

	public String getDescription() {
		return this.description;
	}

	public Long getOwnerId() {
		return this.ownerId;
	}

	public LocalDate getDeadline() {
		return this.deadline;
	}

	public ActionPointStatus getStatus() {
		return this.status;
	}

	public boolean isDone() {
		return this.status == ActionPointStatus.DONE;
	}

	public int getVersion() {
		return this.version;
	}

}
