package be.aanboord.budget;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Puts school years into a known state for a test. 2026-2027 has no demo budget: tests
 * that walk the whole process start it afresh; 2019-2020 is put back to "advice sent".
 * The history is append-only and is never cleaned: tests look at their own rows.
 */
@Component
class BudgetFixture {

	static final int FRESH_YEAR = 2026;

	private final JdbcClient jdbc;

	BudgetFixture(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** 2026-2027 with an envelope of € 50.000,00, requests open, no requests. */
	void freshYear() {
		this.jdbc.sql("""
				insert into budget_plan (title, first_year, last_year) values ('Testplan 2026-2027', 2026, 2026)
				on conflict (title) do nothing""").update();
		this.jdbc.sql("delete from budget_comment where school_year = ?").param(FRESH_YEAR).update();
		this.jdbc.sql("delete from funding_request where school_year = ?").param(FRESH_YEAR).update();
		this.jdbc
			.sql("""
					insert into budget_year (school_year, plan_id, envelope, step, opened_on)
					select ?, id, 50000.00, 'REQUESTS_OPEN', current_date from budget_plan where title = 'Testplan 2026-2027'
					on conflict (school_year) do update set envelope = excluded.envelope, step = 'REQUESTS_OPEN',
					    discussed_on = null, advice_sent_on = null, decided_on = null, reported_on = null,
					    evaluated_on = null, decision_remarks = null, version = budget_year.version + 1""")
			.param(FRESH_YEAR)
			.update();
	}

	/** 2019-2020 as in the demo data: the advice was sent, the city has not decided. */
	void adviceSent2019() {
		this.jdbc.sql("""
				update budget_year set step = 'ADVICE_SENT', decided_on = null, reported_on = null, evaluated_on = null,
				    decision_remarks = null, version = version + 1 where school_year = 2019""").update();
		this.jdbc
			.sql("update funding_request set decided = null, decision_remarks = null, spent = null, "
					+ "spending_report = null, version = version + 1 where school_year = 2019")
			.update();
	}

	String step(int year) {
		return this.jdbc.sql("select step from budget_year where school_year = ?")
			.param(year)
			.query(String.class)
			.single();
	}

	int version(int year) {
		return this.jdbc.sql("select version from budget_year where school_year = ?")
			.param(year)
			.query(Integer.class)
			.single();
	}

	int requestVersion(int year, String projectCode) {
		return this.jdbc.sql("""
				select r.version from funding_request r join project p on p.id = r.project_id
				where r.school_year = ? and p.code = ?""").params(year, projectCode).query(Integer.class).single();
	}

	long requestId(int year, String projectCode) {
		return this.jdbc.sql("""
				select r.id from funding_request r join project p on p.id = r.project_id
				where r.school_year = ? and p.code = ?""").params(year, projectCode).query(Long.class).single();
	}

	String amount(int year, String projectCode, String column) {
		return this.jdbc
			.sql("select r." + column + "::text from funding_request r join project p on p.id = r.project_id "
					+ "where r.school_year = ? and p.code = ?")
			.params(year, projectCode)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	long changes(int year, String what, String reason) {
		return this.jdbc
			.sql("select count(*) from budget_change where school_year = ? and what = ? and (? is null or reason = ?)")
			.params(year, what, reason, reason)
			.query(Long.class)
			.single();
	}

}
