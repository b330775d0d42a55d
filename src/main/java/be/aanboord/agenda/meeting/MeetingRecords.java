package be.aanboord.agenda.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import be.aanboord.agenda.meeting.LabMeetings.Meeting;
import be.aanboord.budget.BudgetMeetings;
import be.aanboord.partner.LabRole;
import be.aanboord.system.EditConflict;
import be.aanboord.system.Formats;
import be.aanboord.system.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record of a lab meeting, one transaction per change: participants, agenda items,
 * decisions, the minutes (draft, then approved: {@link MinutesApproved} after the
 * commit), action points and their status, and the budget's step "discussed". Agenda
 * items, decisions and participants are plain rows that are only added or removed; the
 * minutes and action points are versioned entities ({@link EditConflict}).
 */
@Service
@Transactional
class MeetingRecords {

	private final MeetingMinutesRepository minutes;

	private final ActionPointRepository actionPoints;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final BudgetMeetings budget;

	private final Clock clock;

	MeetingRecords(MeetingMinutesRepository minutes, ActionPointRepository actionPoints, JdbcClient jdbc,
			ApplicationEventPublisher events, BudgetMeetings budget, Clock clock) {
		this.minutes = minutes;
		this.actionPoints = actionPoints;
		this.jdbc = jdbc;
		this.events = events;
		this.budget = budget;
		this.clock = clock;
	}

	/** The meeting's minutes, or an empty draft (not stored) when none were written. */
	@Transactional(readOnly = true)
	MeetingMinutes minutesOf(long meetingId) {
		return this.minutes.findById(meetingId).orElseGet(() -> new MeetingMinutes(meetingId));
	}

	/**
	 * Saves the draft of the minutes.
	 * @throws EditConflict when the minutes changed since the form was opened
	 * @throws MeetingRuleException {@code meeting.rule.minutesApproved}
	 */
	void writeMinutes(long meetingId, int formVersion, String text) {
		MeetingMinutes record = this.minutes.findById(meetingId).orElse(null);
		if (record == null) {
			record = new MeetingMinutes(meetingId);
			record.write(text);
			this.minutes.save(record);
			return;
		}
		EditConflict.check("minutes " + meetingId, formVersion, record.getVersion());
		record.write(text);
	}

	/**
	 * Approves the minutes; they are mailed after the commit.
	 * @throws EditConflict when the minutes changed since the page was opened
	 * @throws MeetingRuleException {@code meeting.rule.minutesApproved},
	 * {@code meeting.rule.minutesEmpty}
	 */
	void approveMinutes(long meetingId, int formVersion, String by) {
		MeetingMinutes record = this.minutes.findById(meetingId)
			.orElseThrow(() -> new MeetingRuleException("meeting.rule.minutesEmpty"));
		EditConflict.check("minutes " + meetingId, formVersion, record.getVersion());
		record.approve(by, this.clock.instant());
		this.events.publishEvent(new MinutesApproved(meetingId));
	}

	/**
	 * Adds a person of the lab to the meeting in their role in the lab; people who follow
	 * the lab by its minutes only do not take part in meetings.
	 * @throws MeetingRuleException {@code meeting.rule.notAParticipant}
	 */
	void addParticipant(long meetingId, long personId) {
		LabRole role = this.jdbc.sql("select lab_role from person where id = ?")
			.param(personId)
			.query((row, n) -> LabRole.valueOf(row.getString(1)))
			.optional()
			.orElseThrow(() -> new NotFoundException("person " + personId));
		if (role == LabRole.MINUTES_ONLY) {
			throw new MeetingRuleException("meeting.rule.notAParticipant");
		}
		this.jdbc
			.sql("insert into meeting_participant (activity_id, person_id, role) values (?, ?, ?) "
					+ "on conflict do nothing")
			.params(meetingId, personId, role.name())
			.update();
	}

	void removeParticipant(long meetingId, long personId) {
		this.jdbc.sql("delete from meeting_participant where activity_id = ? and person_id = ?")
			.params(meetingId, personId)
			.update();
	}

	/** Adds an item at the end of the meeting's agenda. */
	void addAgendaItem(long meetingId, String title) {
		lockMeeting(meetingId);
		this.jdbc.sql("""
				insert into meeting_agenda_item (activity_id, position, title)
				select ?, coalesce(max(position), 0) + 1, ? from meeting_agenda_item where activity_id = ?""")
			.params(meetingId, title.strip(), meetingId)
			.update();
	}

	void removeAgendaItem(long meetingId, long itemId) {
		this.jdbc.sql("delete from meeting_agenda_item where activity_id = ? and id = ?")
			.params(meetingId, itemId)
			.update();
	}

	/** Adds a decision after the meeting's others. */
	void addDecision(long meetingId, String text) {
		lockMeeting(meetingId);
		this.jdbc.sql("""
				insert into meeting_decision (activity_id, position, text)
				select ?, coalesce(max(position), 0) + 1, ? from meeting_decision where activity_id = ?""")
			.params(meetingId, text.strip(), meetingId)
			.update();
	}

	void removeDecision(long meetingId, long decisionId) {
		this.jdbc.sql("delete from meeting_decision where activity_id = ? and id = ?")
			.params(meetingId, decisionId)
			.update();
	}

	/**
	 * Adds an action point, open, owned by a person of the lab.
	 * @return its id
	 */
	long addActionPoint(long meetingId, String description, long ownerId, LocalDate deadline) {
		boolean known = this.jdbc.sql("select count(*) from person where id = ?")
			.param(ownerId)
			.query(Integer.class)
			.single() > 0;
		if (!known) {
			throw new MeetingRuleException("meeting.rule.unknownOwner");
		}
		return this.actionPoints.save(new ActionPoint(meetingId, description, ownerId, deadline)).getId();
	}

	/**
	 * Moves an action point on.
	 * @throws EditConflict when the point changed since the page was opened
	 */
	void changeActionPoint(long id, int formVersion, ActionPointStatus status) {
		ActionPoint point = this.actionPoints.findById(id)
			.orElseThrow(() -> new NotFoundException("action point " + id));
		EditConflict.check("action point " + id, formVersion, point.getVersion());
		point.changeStatus(status);
	}

	/**
	 * Records in the budget that the school year's funding requests were discussed at the
	 * meeting (the budget's own transaction and history).
	 * @return the budget's message key when its rules refuse it
	 */
	Optional<String> recordBudgetDiscussion(Meeting meeting, int startYear, int formVersion, String by) {
		LocalDate on = meeting.startsAt().atZoneSameInstant(Formats.BRUSSELS).toLocalDate();
		return this.budget.recordDiscussedAt(startYear, formVersion, meeting.id(), on, by);
	}

	/** Serialises additions to one meeting's numbered lists. */
	private void lockMeeting(long meetingId) {
		this.jdbc.sql("select id from activity where id = ? for update")
			.param(meetingId)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("meeting " + meetingId));
	}

}
