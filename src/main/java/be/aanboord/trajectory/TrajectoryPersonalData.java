package be.aanboord.trajectory;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import be.aanboord.system.DataSubject;
import be.aanboord.system.Erasure;
import be.aanboord.system.Formats;
import be.aanboord.system.PersonalDataSource;
import be.aanboord.system.PersonalRecord;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the trajectories hold about a user: the trajectories and sessions they logged
 * (their name is stored with them), their corrections of sessions and the change
 * history's revisions (by username), and how often the access log names them.
 * <p>
 * Erasure replaces the name and username in those rows by the pseudonym; the trajectories
 * and sessions themselves stay (they are the project's records, about a pupil, not about
 * the user). The access log ({@code trajectory_access_log}) is kept as it is, with the
 * username: it is the accountability trail of who read or changed data of minors, which
 * the database refuses to change (GDPR art. 17.3.b and e: a legal obligation and the
 * defence of legal claims).
 */
@Component
class TrajectoryPersonalData implements PersonalDataSource {

	private final JdbcClient jdbc;

	TrajectoryPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "personalData.trajectory";
	}

	@Override
	public List<PersonalRecord> export(DataSubject subject) {
		Formats formats = Formats.current();
		List<PersonalRecord> records = new ArrayList<>();
		records.addAll(this.jdbc
			.sql("select id, kind, logged_by_name, created_at from trajectory where logged_by_id = ? order by id")
			.param(subject.accountId())
			.query((rs, n) -> PersonalRecord.builder()
				.field("personalData.trajectory.logged", rs.getLong("id"))
				.field("personalData.trajectory.name", rs.getString("logged_by_name"))
				.field("personalData.at", formats.dateTime(rs.getObject("created_at", OffsetDateTime.class)))
				.build())
			.list());
		records.addAll(this.jdbc.sql("""
				select trajectory_id, session_date, hours, logged_by_name from trajectory_session
				where logged_by_id = ? order by session_date, id""")
			.param(subject.accountId())
			.query((rs, n) -> PersonalRecord.builder()
				.field("personalData.trajectory.session", rs.getLong("trajectory_id"))
				.field("personalData.trajectory.name", rs.getString("logged_by_name"))
				.field("personalData.date", formats.date(rs.getObject("session_date", LocalDate.class)))
				.field("personalData.trajectory.hours", formats.hours(rs.getBigDecimal("hours")))
				.build())
			.list());
		records.addAll(this.jdbc.sql("""
				select trajectory_id, at, action, username from trajectory_session_change
				where account_id = ? order by at, id""")
			.param(subject.accountId())
			.query((rs, n) -> PersonalRecord.builder()
				.field("personalData.trajectory.correction", rs.getLong("trajectory_id"))
				.field("personalData.account.username", rs.getString("username"))
				.field("personalData.at", formats.dateTime(rs.getObject("at", OffsetDateTime.class)))
				.build())
			.list());
		records.addAll(this.jdbc.sql("""
				select count(*) as entries, min(at) as first_at, max(at) as last_at from trajectory_access_log
				where account_id = ? having count(*) > 0""")
			.param(subject.accountId())
			.query((rs, n) -> PersonalRecord.builder()
				.field("personalData.trajectory.accessLog", formats.number(rs.getLong("entries")))
				.field("personalData.from", formats.dateTime(rs.getObject("first_at", OffsetDateTime.class)))
				.field("personalData.until", formats.dateTime(rs.getObject("last_at", OffsetDateTime.class)))
				.build())
			.list());
		return records;
	}

	@Override
	public Erasure erase(DataSubject subject) {
		int trajectories = this.jdbc.sql("update trajectory set logged_by_name = ? where logged_by_id = ?")
			.params(subject.pseudonym(), subject.accountId())
			.update();
		int sessions = this.jdbc.sql("update trajectory_session set logged_by_name = ? where logged_by_id = ?")
			.params(subject.pseudonym(), subject.accountId())
			.update();
		int corrections = this.jdbc
			.sql("update trajectory_session_change set username = ? where account_id = ? or lower(username) = lower(?)")
			.params(subject.pseudonym(), subject.accountId(), subject.username())
			.update();
		int revisions = this.jdbc.sql("update revinfo set username = ? where lower(username) = lower(?)")
			.params(subject.pseudonym(), subject.username())
			.update();
		return Erasure.builder()
			.count("personalData.erased.trajectories", trajectories)
			.count("personalData.erased.sessions.logged", sessions)
			.count("personalData.erased.corrections", corrections)
			.count("personalData.erased.revisions", revisions)
			.build();
	}

}
