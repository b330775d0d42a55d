package be.aanboord.prevention;

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
 * What the prevention plans hold about a user: the comments they wrote (with their name),
 * the attachments they uploaded and the goals they rated last (by account id).
 * <p>
 * Erasure keeps the plan's content (it is the school's) and replaces the name in the
 * comments by the pseudonym; the account ids stay and point to the anonymised account.
 */
@Component
class PreventionPersonalData implements PersonalDataSource {

	private final JdbcClient jdbc;

	PreventionPersonalData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "personalData.prevention";
	}

	@Override
	public List<PersonalRecord> export(DataSubject subject) {
		Formats formats = Formats.current();
		List<PersonalRecord> records = new ArrayList<>();
		records.addAll(this.jdbc.sql("""
				select c.plan_id, c.author_name, c.body, c.created_at from plan_comment c
				where c.author_id = ? or lower(c.author_name) = lower(?) order by c.created_at, c.id""")
			.params(subject.accountId(), subject.nameToMatch())
			.query((rs, n) -> PersonalRecord.builder()
				.field("personalData.prevention.comment", rs.getString("body"))
				.field("personalData.prevention.plan", rs.getLong("plan_id"))
				.field("personalData.prevention.author", rs.getString("author_name"))
				.field("personalData.at", formats.dateTime(rs.getObject("created_at", OffsetDateTime.class)))
				.build())
			.list());
		records.addAll(this.jdbc.sql("""
				select plan_id, title, file_name, uploaded_at from plan_attachment where uploaded_by = ?
				order by uploaded_at, id""")
			.param(subject.accountId())
			.query((rs, n) -> PersonalRecord.builder()
				.field("personalData.prevention.attachment", rs.getString("title"))
				.field("personalData.prevention.fileName", rs.getString("file_name"))
				.field("personalData.prevention.plan", rs.getLong("plan_id"))
				.field("personalData.at", formats.dateTime(rs.getObject("uploaded_at", OffsetDateTime.class)))
				.build())
			.list());
		records.addAll(this.jdbc.sql("""
				select plan_id, goal_id, updated_at from plan_goal_entry where updated_by = ? order by updated_at""")
			.param(subject.accountId())
			.query((rs, n) -> PersonalRecord.builder()
				.field("personalData.prevention.goalUpdated", rs.getLong("goal_id"))
				.field("personalData.prevention.plan", rs.getLong("plan_id"))
				.field("personalData.at", formats.dateTime(rs.getObject("updated_at", OffsetDateTime.class)))
				.build())
			.list());
		return records;
	}

	@Override
	public Erasure erase(DataSubject subject) {
		int comments = this.jdbc
			.sql("update plan_comment set author_name = ? where author_id = ? or lower(author_name) = lower(?)")
			.params(subject.pseudonym(), subject.accountId(), subject.nameToMatch())
			.update();
		return Erasure.builder().count("personalData.erased.prevention.comments", comments).build();
	}

}
