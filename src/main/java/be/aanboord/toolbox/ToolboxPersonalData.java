package be.aanboord.toolbox;

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
 * What the toolbox holds about a user: the fiches they contributed (by account id), the
 * review comments they wrote and the versions they published (both by name).
 * <p>
 * Erasure keeps the fiches (they are the organisation's, published under its name) and
 * replaces the user's name in comments and published versions by the pseudonym; the
 * contributor's account id stays and points to the anonymised account.
 */
@Component
class ToolboxPersonalData implements PersonalDataSource {

	private final JdbcClient jdbc;

	private final ToolboxCache cache;

	ToolboxPersonalData(JdbcClient jdbc, ToolboxCache cache) {
		this.jdbc = jdbc;
		this.cache = cache;
	}

	@Override
	public String section() {
		return "personalData.toolbox";
	}

	@Override
	public List<PersonalRecord> export(DataSubject subject) {
		Formats formats = Formats.current();
		List<PersonalRecord> records = new ArrayList<>();
		records.addAll(this.jdbc
			.sql("select title, status, created_at from fiche where contributor_id = ? order by created_at, id")
			.param(subject.accountId())
			.query((rs, n) -> PersonalRecord.builder()
				.field("personalData.toolbox.contributed", rs.getString("title"))
				.field("personalData.toolbox.status", rs.getString("status"))
				.field("personalData.at", formats.dateTime(rs.getObject("created_at", OffsetDateTime.class)))
				.build())
			.list());
		records.addAll(this.jdbc
			.sql("""
					select f.title, c.kind, c.author, c.text, c.created_at from fiche_comment c join fiche f on f.id = c.fiche_id
					where lower(c.author) = lower(?) order by c.created_at, c.id""")
			.param(subject.nameToMatch())
			.query((rs, n) -> PersonalRecord.builder()
				.field("personalData.toolbox.comment", rs.getString("text"))
				.field("personalData.toolbox.fiche", rs.getString("title"))
				.field("personalData.toolbox.author", rs.getString("author"))
				.field("personalData.at", formats.dateTime(rs.getObject("created_at", OffsetDateTime.class)))
				.build())
			.list());
		records.addAll(this.jdbc.sql("""
				select title, number, published_by, published_at from fiche_version where lower(published_by) = lower(?)
				order by published_at, id""")
			.param(subject.nameToMatch())
			.query((rs, n) -> PersonalRecord.builder()
				.field("personalData.toolbox.published", rs.getString("title"))
				.field("personalData.toolbox.version", rs.getInt("number"))
				.field("personalData.toolbox.author", rs.getString("published_by"))
				.field("personalData.at", formats.dateTime(rs.getObject("published_at", OffsetDateTime.class)))
				.build())
			.list());
		return records;
	}

	@Override
	public Erasure erase(DataSubject subject) {
		int comments = this.jdbc.sql("update fiche_comment set author = ? where lower(author) = lower(?)")
			.params(subject.pseudonym(), subject.nameToMatch())
			.update();
		int versions = this.jdbc.sql("update fiche_version set published_by = ? where lower(published_by) = lower(?)")
			.params(subject.pseudonym(), subject.nameToMatch())
			.update();
		if (versions > 0) {
			this.cache.clear();
		}
		return Erasure.builder()
			.count("personalData.erased.toolbox.comments", comments)
			.count("personalData.erased.toolbox.versions", versions)
			.build();
	}

}
