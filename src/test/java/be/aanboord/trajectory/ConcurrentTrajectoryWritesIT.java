package be.aanboord.trajectory;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import be.aanboord.HeldRowLock;
import be.aanboord.IntegrationTest;
import be.aanboord.account.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Writes of the same trajectory at the same moment, against the real database: the
 * requests read the trajectory, then meet behind a row lock and write together.
 */
@IntegrationTest
class ConcurrentTrajectoryWritesIT {

	private static final String CONFLICT = "Iemand anders heeft deze gegevens intussen gewijzigd";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void whenTwoSavesPassTheVersionCheckTogetherTheSecondSeesTheConflictAndKeepsWhatItTyped() throws Exception {
		long id = trajectory("RISK_SO", "RUNNING");
		long revisionsBefore = revisions(id);
		MockHttpServletRequestBuilder finish = edit(id).param("status", "FINISHED")
			.param("risk.evaluation", "Evaluatie van wie afrondt");
		MockHttpServletRequestBuilder stop = edit(id).param("status", "STOPPED")
			.param("risk.evaluation", "Evaluatie van wie stopzet");

		List<MockHttpServletResponse> responses = atOnce(id, finish, stop);

		assertThat(responses).extracting(MockHttpServletResponse::getStatus).containsExactlyInAnyOrder(302, 200);
		boolean finishWon = responses.get(0).getStatus() == 302;
		String loserPage = responses.get(finishWon ? 1 : 0).getContentAsString();
		assertThat(loserPage).contains(CONFLICT, finishWon ? "Evaluatie van wie stopzet" : "Evaluatie van wie afrondt");
		Map<String, Object> saved = this.jdbc.sql("select status, evaluation from trajectory where id = ?")
			.param(id)
			.query()
			.singleRow();
		assertThat(saved).containsEntry("status", finishWon ? "FINISHED" : "STOPPED")
			.containsEntry("evaluation", finishWon ? "Evaluatie van wie afrondt" : "Evaluatie van wie stopzet");
		assertThat(revisions(id)).isEqualTo(revisionsBefore + 1);
	}

	@Test
	void twoSessionsLoggedAtTheSameMomentBothCountInTheTotals() throws Exception {
		long id = trajectory("RISK_BAO", "RUNNING");
		MockHttpServletRequestBuilder inline = session(id, "1.5", "Intake met het team").header("HX-Request", "true");
		MockHttpServletRequestBuilder plain = session(id, "2.25", "Observatie in de klas");

		List<MockHttpServletResponse> responses = atOnce(id, inline, plain);

		assertThat(responses.get(0).getStatus()).isEqualTo(200);
		assertThat(responses.get(0).getContentAsString()).contains("De sessie is opgeslagen");
		assertThat(responses.get(1).getStatus()).isEqualTo(302);
		assertTotalsMatchTheSessions(id);
		assertThat(activities(id)).contains("Intake met het team", "Observatie in de klas");
	}

	@Test
	void aSessionLoggedWhileTheTrajectoryIsSavedIsNeitherLostNorUndone() throws Exception {
		long id = trajectory("RISK_SO", "RUNNING");
		MockHttpServletRequestBuilder edit = edit(id).param("status", "RUNNING")
			.param("risk.evaluation", "Tussentijdse evaluatie");
		MockHttpServletRequestBuilder session = session(id, "3", "Coaching van de klastitularis");

		List<MockHttpServletResponse> responses = atOnce(id, edit, session);

		assertThat(responses).extracting(MockHttpServletResponse::getStatus).containsExactly(302, 302);
		assertTotalsMatchTheSessions(id);
		assertThat(activities(id)).contains("Coaching van de klastitularis");
		assertThat(
				this.jdbc.sql("select evaluation from trajectory where id = ?").param(id).query(String.class).single())
			.isEqualTo("Tussentijdse evaluatie");
	}

	/** Sends the requests together; they meet behind a lock on the trajectory's row. */
	private List<MockHttpServletResponse> atOnce(long id, MockHttpServletRequestBuilder... requests) throws Exception {
		var coordinator = this.accounts.signedIn("coordinator");
		try (ExecutorService threads = Executors.newFixedThreadPool(requests.length)) {
			List<Future<MockHttpServletResponse>> responses;
			try (HeldRowLock lock = HeldRowLock.on(this.dataSource, "trajectory", id)) {
				responses = java.util.Arrays.stream(requests)
					.map((request) -> threads
						.submit(() -> this.mvc.perform(request.with(user(coordinator))).andReturn().getResponse()))
					.toList();
				lock.awaitWaiting(requests.length);
			}
			List<MockHttpServletResponse> done = new java.util.ArrayList<>();
			for (Future<MockHttpServletResponse> response : responses) {
				done.add(response.get(30, TimeUnit.SECONDS));
			}
			return done;
		}
	}

	private void assertTotalsMatchTheSessions(long id) {
		Map<String, Object> totals = this.jdbc.sql("""
				select t.logged_hours, t.session_count, (select coalesce(sum(s.hours), 0) from trajectory_session s
				  where s.trajectory_id = t.id) as hours, (select count(*) from trajectory_session s
				  where s.trajectory_id = t.id) as sessions
				from trajectory t where t.id = ?""").param(id).query().singleRow();
		assertThat((BigDecimal) totals.get("logged_hours")).isEqualByComparingTo((BigDecimal) totals.get("hours"));
		assertThat(((Number) totals.get("session_count")).longValue())
			.isEqualTo(((Number) totals.get("sessions")).longValue());
	}

	private List<String> activities(long id) {
		return this.jdbc.sql("select activity from trajectory_session where trajectory_id = ?")
			.param(id)
			.query(String.class)
			.list();
	}

	private long revisions(long id) {
		return this.jdbc.sql("select count(*) from trajectory_aud where id = ?").param(id).query(Long.class).single();
	}

	/** A Ris+K trajectory of the coordinator's projects whose sessions already add up. */
	private long trajectory(String projectCode, String status) {
		long id = this.jdbc.sql("""
				select t.id from trajectory t join project p on p.id = t.project_id
				where p.code = ? and t.status = ? order by t.id desc limit 1""")
			.params(projectCode, status)
			.query(Long.class)
			.single();
		assertTotalsMatchTheSessions(id);
		return id;
	}

	private MockHttpServletRequestBuilder session(long id, String hours, String activity) {
		return post("/trajecten/" + id + "/sessies").with(csrf())
			.param("sessionDate", "2022-03-03")
			.param("hours", hours)
			.param("activity", activity);
	}

	private MockHttpServletRequestBuilder edit(long id) {
		Map<String, Object> row = this.jdbc.sql("""
				select school_year, school_id, partner_id, planned_hours, question_type, level, version, start_date,
				       end_date from trajectory where id = ?""").param(id).query().singleRow();
		return post("/trajecten/" + id + "/bewerken").with(csrf())
			.param("schoolYear", row.get("school_year").toString())
			.param("schoolId", row.get("school_id").toString())
			.param("partnerId", row.get("partner_id").toString())
			.param("plannedHours", row.get("planned_hours").toString())
			.param("risk.questionType", row.get("question_type").toString())
			.param("level", row.get("level").toString())
			.param("startDate", String.valueOf(row.get("start_date")))
			.param("endDate", String.valueOf(row.get("end_date")))
			.param("confirmWarnings", "true")
			.param("version", row.get("version").toString());
	}

}
