package be.aanboord.agenda.meeting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import be.aanboord.partner.LabRole;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The lab's meetings as their pages read them: the activities of type LAB_MEETING with
 * their participants, agenda, decisions, action points and documents (one query each).
 */
@Component
class LabMeetings {

	private static final String MEETING = """
			select id, slug, title, starts_at, ends_at, address, status from activity
			where type = 'LAB_MEETING'""";

	private final JdbcClient jdbc;

	LabMeetings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A lab meeting: the activity's id, address slug, title, times and place. */
	record Meeting(long id, String slug, String title, OffsetDateTime startsAt, OffsetDateTime endsAt, String address,
			String status) {
	}

	/** A participant of a meeting, with the role they had there. */
	record Participant(long personId, String fullName, String functionTitle, String organisation, LabRole role) {
	}

	record AgendaItem(long id, int position, String title) {
	}

	record Decision(long id, int position, String text) {
	}

	/** An action point with its owner's name and the meeting it was agreed at. */
	record ActionPointRow(long id, String description, String owner, LocalDate deadline, ActionPointStatus status,
			int version, String meetingSlug, String meetingTitle, OffsetDateTime meetingStartsAt) {
	}

	/** A document attached to the meeting's activity. */
	record Document(long id, String title, String fileName, long sizeBytes) {
	}

	/** Every lab meeting, the latest first. */
	List<Meeting> all() {
		return this.jdbc.sql(MEETING + " order by starts_at desc, id").query(Meeting.class).list();
	}

	Optional<Meeting> find(String slug) {
		return this.jdbc.sql(MEETING + " and slug = ?").param(slug).query(Meeting.class).optional();
	}

	List<Participant> participants(long meetingId) {
		return this.jdbc.sql("""
				select p.id as person_id, p.full_name, p.function_title, o.name as organisation, mp.role
				from meeting_participant mp join person p on p.id = mp.person_id
				join organisation o on o.id = p.organisation_id
				where mp.activity_id = ?
				order by case mp.role when 'CHAIR' then 0 when 'CORE_GROUP' then 1 else 2 end, p.full_name""")
			.param(meetingId)
			.query(Participant.class)
			.list();
	}

	List<AgendaItem> agenda(long meetingId) {
		return this.jdbc
			.sql("select id, position, title from meeting_agenda_item where activity_id = ? order by position")
			.param(meetingId)
			.query(AgendaItem.class)
			.list();
	}

	List<Decision> decisions(long meetingId) {
		return this.jdbc.sql("select id, position, text from meeting_decision where activity_id = ? order by position")
			.param(meetingId)
			.query(Decision.class)
			.list();
	}

	private static final String ACTION_POINTS = """
			select ap.id, ap.description, p.full_name as owner, ap.deadline, ap.status, ap.version,
			       a.slug as meeting_slug, a.title as meeting_title, a.starts_at as meeting_starts_at
			from meeting_action_point ap join person p on p.id = ap.owner_id
			join activity a on a.id = ap.activity_id""";

	/** The action points agreed at the meeting. */
	List<ActionPointRow> actionPoints(long meetingId) {
		return this.jdbc.sql(ACTION_POINTS + " where ap.activity_id = ? order by ap.deadline nulls last, ap.id")
			.param(meetingId)
			.query(ActionPointRow.class)
			.list();
	}

	/**
	 * The action points of earlier lab meetings that are not done: they come back on this
	 * meeting's agenda until they are.
	 */
	List<ActionPointRow> carriedOver(Meeting meeting) {
		return this.jdbc
			.sql(ACTION_POINTS + " where a.type = 'LAB_MEETING' and a.starts_at < ? and ap.status <> 'DONE'"
					+ " order by a.starts_at, ap.deadline nulls last, ap.id")
			.param(meeting.startsAt())
			.query(ActionPointRow.class)
			.list();
	}

	/** The documents attached to the meeting's activity (the agenda's own table). */
	List<Document> documents(long meetingId) {
		return this.jdbc
			.sql("select id, title, file_name, size_bytes from activity_document where activity_id = ? "
					+ "order by uploaded_at, id")
			.param(meetingId)
			.query(Document.class)
			.list();
	}

}
