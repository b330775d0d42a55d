package be.aanboord.prevention;

import java.util.UUID;

import be.aanboord.account.TestAccounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Creates what a test of the plan changes: a CLB with a school it serves, a school it
 * does not serve, and their users (a school user of each school, a worker of the CLB and
 * a worker of another CLB), so that the demo plans stay as other tests read them.
 */
@Component
class PlanFixture {

	static final String PASSWORD = TestAccounts.DEMO_PASSWORD;

	/** The ids and usernames of one fixture. */
	record Schools(long clbId, long schoolId, long otherSchoolId, String schoolUser, String otherSchoolUser,
			String clbUser, String otherClbUser) {
	}

	private final JdbcClient jdbc;

	private final TestAccounts accounts;

	PlanFixture(JdbcClient jdbc, TestAccounts accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	Schools create() {
		long clb = organisation("CLB");
		long otherClb = organisation("Ander CLB");
		long school = school("Testschool", clb);
		long other = school("Andere testschool", otherClb);
		return new Schools(clb, school, other, this.accounts.createAtSchool(PASSWORD, school),
				this.accounts.createAtSchool(PASSWORD, other), this.accounts.createAtClb(PASSWORD, clb),
				this.accounts.createAtClb(PASSWORD, otherClb));
	}

	/**
	 * Removes every CLB, school and user this fixture made (their plans go with their
	 * schools), so that tests of other modules that list organisations or schools find
	 * only their own and the demo data.
	 */
	void removeAll() {
		String clbs = "select id from organisation where name like 'CLB %-%-%-%-%' or name like 'Ander CLB %-%-%-%-%'";
		String schools = "select id from school where clb_id in (" + clbs + ")";
		this.jdbc.sql("delete from account where school_id in (" + schools + ") or organisation_id in (" + clbs + ")")
			.update();
		this.jdbc.sql("delete from school where id in (" + schools + ")").update();
		this.jdbc.sql("delete from organisation where id in (" + clbs + ")").update();
	}

	long organisation(String name) {
		return this.jdbc.sql("""
				insert into organisation (name, category, clb) values (?, 'ONDERSTEUNING_ONDERWIJS', true) returning id
				""").param(name + " " + UUID.randomUUID()).query(Long.class).single();
	}

	long school(String name, long clbId) {
		return this.jdbc
			.sql("insert into school (name, level, network, clb_id, city) values (?, 'BAO', 'GO', ?, 'Leuven')"
					+ " returning id")
			.params(name + " " + UUID.randomUUID().toString().substring(0, 8), clbId)
			.query(Long.class)
			.single();
	}

	/** A plan of the school for the year from the latest published template, its id. */
	long plan(long schoolId, int startYear) {
		return this.jdbc
			.sql("""
					insert into prevention_plan (school_id, start_year, template_id)
					values (?, ?, (select id from plan_template where published_at is not null order by version desc limit 1))
					returning id
					""")
			.params(schoolId, startYear)
			.query(Long.class)
			.single();
	}

	/** The first goal of the plan's template (the lowest phase and position). */
	long firstGoal(long planId) {
		return this.jdbc.sql("""
				select g.id from plan_goal g join prevention_plan p on p.template_id = g.template_id
				where p.id = ? order by g.phase, g.position limit 1
				""").param(planId).query(Long.class).single();
	}

}
