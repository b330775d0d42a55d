package be.aanboord.prevention.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import be.aanboord.account.TestAccounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Schools, their users and plans of one test, made through SQL and removed afterwards
 * (with their plans and monitoring counts), so that the demo schools other tests read
 * stay as they are.
 */
@Component
class MonitoringFixture {

	static final String PASSWORD = TestAccounts.DEMO_PASSWORD;

	private final JdbcClient jdbc;

	private final TestAccounts accounts;

	private final List<Long> schools = new ArrayList<>();

	private final List<String> users = new ArrayList<>();

	MonitoringFixture(JdbcClient jdbc, TestAccounts accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	/** A school served by the CLB of this name (null: none); returns its id. */
	long school(String clbName) {
		long id = this.jdbc.sql("""
				insert into school (name, level, network, clb_id)
				values (?, 'BAO', 'GO', (select id from organisation where name = ?)) returning id""")
			.params("Testschool monitoring " + UUID.randomUUID().toString().substring(0, 8), clbName)
			.query(Long.class)
			.single();
		this.schools.add(id);
		return id;
	}

	/** A plan of the school for the school year, from the latest published template. */
	long plan(long schoolId, int startYear) {
		return this.jdbc.sql("""
				insert into prevention_plan (school_id, start_year, template_id)
				values (?, ?, (select id from plan_template where published_at is not null
				               order by version desc limit 1)) returning id""")
			.params(schoolId, startYear)
			.query(Long.class)
			.single();
	}

	/** A school user of the school; returns the username. */
	String schoolUser(long schoolId) {
		return keep(this.accounts.createAtSchool(PASSWORD, schoolId));
	}

	/** A CLB worker of the CLB of this name; returns the username. */
	String clbUser(String clbName) {
		long clb = this.jdbc.sql("select id from organisation where name = ?")
			.param(clbName)
			.query(Long.class)
			.single();
		return keep(this.accounts.createAtClb(PASSWORD, clb));
	}

	private String keep(String username) {
		this.users.add(username);
		return username;
	}

	/** Removes the users, then the schools with their plans and counts. */
	void removeAll() {
		for (String username : this.users) {
			this.jdbc.sql("delete from account where username = ?").param(username).update();
		}
		for (long school : this.schools) {
			this.jdbc.sql("delete from school where id = ?").param(school).update();
		}
		this.users.clear();
		this.schools.clear();
	}

}
