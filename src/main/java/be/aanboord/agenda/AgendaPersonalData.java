package be.aanboord.agenda;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import be.aanboord.agenda.registration.Registrations;
import be.aanboord.system.DataSubject;
import be.aanboord.system.Erasure;
import be.aanboord.system.Formats;
import be.aanboord.system.PersonalDataSource;
import be.aanboord.system.PersonalRecord;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the agenda holds about a user: registrations under their e-mail address, the lab
 * meetings they take part in and the action points they own (through the lab's person
 * with their e-mail address), the minutes they approved (by name) and their place in a
 * learning network (by name).
 * <p>
 * Erasure deletes the registrations (seats given up go to people waiting, as when they
 * erase them through {@code /privacy/mijn-gegevens}), and replaces the name in approved
 * minutes and learning-network participants by the pseudonym. Meeting participation and
 * action points stay: they point to the lab's person, whom the partner module anonymises.
 */
@Component
class AgendaPersonalData implements PersonalDataSource {

	private final JdbcClient jdbc;

	private final Registrations registrations;

	AgendaPersonalData(JdbcClient jdbc, Registrations registrations) {
		this.jdbc = jdbc;
		this.registrations = registrations;
	}

	@Override
	public String section() {
		return "personalData.agenda";
	}

	@Override
	public List<PersonalRecord> export(DataSubject subject) {
		Formats formats = Formats.current();
		List<PersonalRecord> records = new ArrayList<>();
		records.addAll(this.jdbc.sql("""
				select a.title, a.starts_at, r.name, r.email, r.organisation, r.job_function, r.status
				from activity_registration r join activity a on a.id = r.activity_id
				where lower(r.email) = lower(?) order by a.starts_at, r.id""")
			.param(subject.email())
			.query((rs, n) -> PersonalRecord.builder()
				.field("personalData.agenda.registration", rs.getString("title"))
				.field("personalData.agenda.startsAt",
						formats.dateTime(rs.getObject("starts_at", OffsetDateTime.class)))
				.field("personalData.agenda.name", rs.getString("name"))
				.field("personalData.account.email", rs.getString("email"))
				.field("personalData.agenda.organisation", rs.getString("organisation"))
				.field("personalData.agenda.function", rs.getString("job_function"))
				.field("personalData.agenda.status", rs.getString("status"))
				.build())
			.list());
		records.addAll(this.jdbc.sql("""
				select a.title, a.starts_at, m.role from meeting_participant m join activity a on a.id = m.activity_id
				join person p on p.id = m.person_id where lower(p.email) = lower(?) order by a.starts_at""")
			.param(subject.email())
			.query((rs, n) -> PersonalRecord.builder()
				.field("personalData.agenda.meeting", rs.getString("title"))
				.field("personalData.agenda.startsAt",
						formats.dateTime(rs.getObject("starts_at", OffsetDateTime.class)))
				.field("personalData.agenda.role", rs.getString("role"))
				.build())
			.list());
		records.addAll(this.jdbc.sql("""
				select ap.description, ap.deadline, ap.status from meeting_action_point ap
				join person p on p.id = ap.owner_id where lower(p.email) = lower(?) order by ap.deadline, ap.id""")
			.param(subject.email())
			.query((rs, n) -> PersonalRecord.builder()
				.field("personalData.agenda.actionPoint", rs.getString("description"))
				.field("personalData.agenda.deadline", formats.date(rs.getObject("deadline", LocalDate.class)))
				.field("personalData.agenda.status", rs.getString("status"))
				.build())
			.list());
		records.addAll(this.jdbc.sql("""
				select a.title, m.approved_at, m.approved_by from meeting_minutes m
				join activity a on a.id = m.activity_id where lower(m.approved_by) = lower(?) order by m.approved_at""")
			.param(subject.nameToMatch())
			.query((rs, n) -> PersonalRecord.builder()
				.field("personalData.agenda.minutesApproved", rs.getString("title"))
				.field("personalData.agenda.name", rs.getString("approved_by"))
				.field("personalData.at", formats.dateTime(rs.getObject("approved_at", OffsetDateTime.class)))
				.build())
			.list());
		records.addAll(this.jdbc.sql("""
				select network, school_year, full_name, function_title from network_participant
				where lower(full_name) = lower(?) order by school_year, id""")
			.param(subject.nameToMatch())
			.query((rs, n) -> PersonalRecord.builder()
				.field("personalData.agenda.network", rs.getString("network"))
				.field("personalData.budget.schoolYear", rs.getInt("school_year"))
				.field("personalData.agenda.name", rs.getString("full_name"))
				.field("personalData.agenda.function", rs.getString("function_title"))
				.build())
			.list());
		return records;
	}

	@Override
	public Erasure erase(DataSubject subject) {
		int registrations = this.registrations.erase(subject.email());
		int minutes = this.jdbc.sql("update meeting_minutes set approved_by = ? where lower(approved_by) = lower(?)")
			.params(subject.pseudonym(), subject.nameToMatch())
			.update();
		int participants = this.jdbc.sql(
				"update network_participant set full_name = ?, function_title = null where lower(full_name) = lower(?)")
			.params(subject.pseudonym(), subject.nameToMatch())
			.update();
		return Erasure.builder()
			.count("personalData.erased.agenda.registrations", registrations)
			.count("personalData.erased.agenda.minutes", minutes)
			.count("personalData.erased.agenda.networkParticipants", participants)
			.build();
	}

}
