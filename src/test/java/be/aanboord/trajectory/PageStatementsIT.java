package be.aanboord.trajectory;

import java.util.List;
import java.util.Locale;

import be.aanboord.IntegrationTest;
import be.aanboord.account.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The list, the dashboard and a trajectory's page each run a fixed, small number of SQL
 * statements (at most ten; a trajectory's page at most six), however many trajectories
 * and sessions there are: here with a few hundred extra trajectories in 2019-2020 and one
 * of them with 300 sessions.
 */
@IntegrationTest
class PageStatementsIT {

	/** Lists and dashboards, the session store left out (see {@link #assertAtMost}). */
	private static final int MAX_STATEMENTS = 8;

	/**
	 * A trajectory's page: the trajectory, its sessions, its change history, the names of
	 * its school and organisations (one query per module; the project's name is known
	 * without one) and, for a pupil-level trajectory, the access log.
	 */
	private static final int MAX_TRAJECTORY_PAGE_STATEMENTS = 6;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void manyTrajectoriesIn2019() {
		if (this.jdbc.sql("select count(*) from trajectory where school_year = 2019").query(Long.class).single() > 0) {
			return;
		}
		this.jdbc.sql("""
				insert into trajectory (kind, project_id, school_year, school_id, partner_id, status, planned_hours,
				  logged_hours, session_count, question_type, level, pupil_code, logged_by_name)
				select case when p.code = 'NAFT' then 'NAFT' else 'RISK' end, p.id, 2019,
				  (select id from school order by id offset n % 12 limit 1),
				  (select id from organisation where name = (array['Arktos', 'Profo', 'Cidar'])[1 + n % 3]),
				  case when p.code = 'NAFT' then 'WAITING' else 'RUNNING' end, 10, 9, 3,
				  case when p.code = 'NAFT' then null else 'CURATIVE' end,
				  case when p.code = 'NAFT' then null else 'BAO' end,
				  case when p.code = 'NAFT' then 'N19-BULK' || n end, 'bulk'
				from project p cross join generate_series(1, 150) n
				where p.code in ('RISK_BAO', 'RISK_SO', 'NAFT')""").update();
		long busy = this.jdbc.sql("""
				select t.id from trajectory t join project p on p.id = t.project_id
				where p.code = 'RISK_BAO' and t.school_year = 2019 order by t.id limit 1""").query(Long.class).single();
		this.jdbc.sql("""
				insert into trajectory_session (trajectory_id, session_date, hours, activity, logged_by_name)
				select ?, date '2019-10-01' + n, 0.25, 'Sessie ' || n, 'bulk' from generate_series(1, 300) n""")
			.param(busy)
			.update();
	}

	@Test
	void theFilteredListRunsAtMostEightStatements() throws Exception {
		assertAtMostEight("coordinator", "/trajecten?schooljaar=2019-2020&soort=RISK&status=RUNNING&sorteer=school");
		assertAtMostEight("beheerder", "/trajecten?schooljaar=alle&zoek=bulk&pagina=2");
		// without a school year in the address: one more, cheap query for the default
		// year
		assertAtMostEight("coordinator", "/trajecten?soort=RISK&status=RUNNING&sorteer=school");
		assertAtMostEight("beheerder", "/trajecten");
	}

	@Test
	void theDashboardRunsAtMostEightStatements() throws Exception {
		assertAtMostEight("coordinator", "/trajecten/dashboard?schooljaar=2019-2020");
		assertAtMostEight("beheerder", "/trajecten/dashboard?schooljaar=2019-2020");
		assertAtMostEight("stad", "/trajecten/dashboard?schooljaar=2019-2020");
		assertAtMostEight("coordinator", "/trajecten/dashboard");
		assertAtMostEight("stad", "/trajecten/dashboard");
	}

	@Test
	void aTrajectoryPageRunsAtMostSixStatements() throws Exception {
		long busy = this.jdbc.sql("""
				select t.id from trajectory t join project p on p.id = t.project_id
				where p.code = 'RISK_BAO' and t.school_year = 2019 order by t.id limit 1""").query(Long.class).single();
		long naft = this.jdbc.sql("select id from trajectory where pupil_code like 'N19-BULK%' order by id limit 1")
			.query(Long.class)
			.single();
		// the project names are read once (reference data), by whichever page asks first
		this.mvc.perform(get("/trajecten/" + busy).with(user(this.accounts.signedIn("coordinator"))));
		assertAtMost(MAX_TRAJECTORY_PAGE_STATEMENTS, "coordinator", "/trajecten/" + busy);
		assertAtMost(MAX_TRAJECTORY_PAGE_STATEMENTS, "beheerder", "/trajecten/" + naft);
	}

	private void assertAtMostEight(String username, String path) throws Exception {
		assertAtMost(MAX_STATEMENTS, username, path);
	}

	/**
	 * Counts the statements of one request, leaving out the session store's: the request
	 * post-processor {@code user(..)} saves its security context in a new session, which
	 * a signed-in visitor already has (what a signed-in request costs the session store
	 * is checked by {@code SessionLastAccessIT}).
	 */
	private void assertAtMost(int max, String username, String path) throws Exception {
		var user = user(this.accounts.signedIn(username));
		StatementCounter.start();
		MockHttpServletResponse response;
		try {
			response = this.mvc.perform(get(path).with(user)).andReturn().getResponse();
		}
		finally {
			StatementCounter.stop();
		}
		List<String> statements = StatementCounter.lastStatements()
			.stream()
			.filter((sql) -> !sql.toUpperCase(Locale.ROOT).contains("SPRING_SESSION"))
			.toList();
		assertThat(statements).as("SQL statements for %s as %s", path, username).hasSizeLessThanOrEqualTo(max);
		assertThat(response.getStatus()).isEqualTo(200);
	}

}
