package be.aanboord.budget;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import be.aanboord.system.AfterCommit;
import be.aanboord.system.DataSubject;
import be.aanboord.system.Erasure;
import be.aanboord.system.Formats;
import be.aanboord.system.PersonalDataSource;
import be.aanboord.system.PersonalRecord;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the budget holds about a user: their comments on the advice and the entries of the
 * budget's history they made (both store the user's name, not an id).
 * <p>
 * Erasure keeps every comment and history entry (the city's decisions and the way to them
 * are kept: Decreet lokaal bestuur; GDPR art. 17.3.b) and replaces the name in them by
 * the user's role ("Stad Leuven", "Beheerder"). The history stays append-only for
 * everything else: the database admits only that change, and only inside an erasure
 * ({@code aanboord.erasure}, set for the erasure's transaction).
 */
@Component
class BudgetPersonalData implements PersonalDataSource {

	private final JdbcClient jdbc;

	private final BudgetAdviceBodies bodies;

	BudgetPersonalData(JdbcClient jdbc, BudgetAdviceBodies bodies) {
		this.jdbc = jdbc;
		this.bodies = bodies;
	}

	@Override
	public String section() {
		return "personalData.budget";
	}

	@Override
	public List<PersonalRecord> export(DataSubject subject) {
		Formats formats = Formats.current();
		List<PersonalRecord> records = new ArrayList<>();
		records.addAll(this.jdbc.sql("""
				select c.school_year, p.name as project, c.author, c.written_at, c.text from budget_comment c
				join project p on p.id = c.project_id where lower(c.author) = lower(?) order by c.written_at, c.id""")
			.param(subject.nameToMatch())
			.query((rs, n) -> PersonalRecord.builder()
				.field("personalData.budget.comment", rs.getString("text"))
				.field("personalData.budget.schoolYear", rs.getInt("school_year"))
				.field("personalData.budget.project", rs.getString("project"))
				.field("personalData.budget.author", rs.getString("author"))
				.field("personalData.at", formats.dateTime(rs.getObject("written_at", OffsetDateTime.class)))
				.build())
			.list());
		records.addAll(this.jdbc.sql("""
				select school_year, what, old_value, new_value, changed_by, changed_at from budget_change
				where lower(changed_by) = lower(?) order by changed_at, id""")
			.param(subject.nameToMatch())
			.query((rs, n) -> PersonalRecord.builder()
				.field("personalData.budget.change", rs.getString("what"))
				.field("personalData.budget.schoolYear", rs.getInt("school_year"))
				.field("personalData.budget.oldValue", rs.getString("old_value"))
				.field("personalData.budget.newValue", rs.getString("new_value"))
				.field("personalData.budget.author", rs.getString("changed_by"))
				.field("personalData.at", formats.dateTime(rs.getObject("changed_at", OffsetDateTime.class)))
				.build())
			.list());
		return records;
	}

	@Override
	public Erasure erase(DataSubject subject) {
		int comments = this.jdbc.sql("update budget_comment set author = ? where lower(author) = lower(?)")
			.params(subject.roleLabel(), subject.nameToMatch())
			.update();
		this.jdbc.sql("select set_config('aanboord.erasure', 'on', true)").query(String.class).single();
		int changes = this.jdbc.sql("update budget_change set changed_by = ? where lower(changed_by) = lower(?)")
			.params(subject.roleLabel(), subject.nameToMatch())
			.update();
		this.jdbc.sql("select set_config('aanboord.erasure', 'off', true)").query(String.class).single();
		AfterCommit.nowAndAfterCommit(this.bodies::forgetAll);
		return Erasure.builder()
			.count("personalData.erased.budget.comments", comments)
			.count("personalData.erased.budget.changes", changes)
			.build();
	}

}
