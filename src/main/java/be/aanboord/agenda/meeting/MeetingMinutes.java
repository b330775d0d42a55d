package be.aanboord.agenda.meeting;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The minutes of one lab meeting, written in the portal in Markdown: a draft that can
 * change until it is approved; approved minutes are final (and mailed once).
 */
@Entity
@Table(name = "meeting_minutes")
public class MeetingMinutes {

	@Id
	@Column(name = "activity_id")
	private Long meetingId;

	private String text;

	@Enumerated(EnumType.STRING)
	private MinutesStatus status;

	private Instant approvedAt;

	private String approvedBy;

	@Version
	private int version;

	protected MeetingMinutes() {
	}

	MeetingMinutes(long meetingId) {
		this.meetingId = meetingId;
		this.text = "";
		this.status = MinutesStatus.DRAFT;
	}

	/** Changes the draft. */
	void write(String text) {
		if (this.status == MinutesStatus.APPROVED) {
			throw new MeetingRuleException("meeting.rule.minutesApproved");
		}
		this.text = (text != null) ? text.strip() : "";
	}

	/** Approves the draft: from now on the minutes do not change. */
	void approve(String by, Instant at) {
		if (this.status == MinutesStatus.APPROVED) {
			throw new MeetingRuleException("meeting.rule.minutesApproved");
		}
		if (this.text.isBlank()) {
			throw new MeetingRuleException("meeting.rule.minutesEmpty");
		}
		this.status = MinutesStatus.APPROVED;
		this.approvedBy = by;
		this.approvedAt = at;
	}

	public Long getMeetingId() {
		return this.meetingId;
	}

	public String getText() {
		return this.text;
	}

	public MinutesStatus getStatus() {
		return this.status;
	}

	public boolean isApproved() {
		return this.status == MinutesStatus.APPROVED;
	}

	public Instant getApprovedAt() {
		return this.approvedAt;
	}

	public String getApprovedBy() {
		return this.approvedBy;
	}

	public int getVersion() {
		return this.version;
	}

}
