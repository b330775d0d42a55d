package be.aanboord.trajectory;

import be.aanboord.IntegrationTest;
import be.aanboord.SignedIn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Input the database or a later XML output cannot take, and numbers and dates out of
 * range, on the trajectory pages.
 */
@IntegrationTest
class TrajectoryInputIT {

	@Autowired
	SignedIn signedIn;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aNulCharacterInTheSearchIsDroppedInsteadOfReachingPostgresql() throws Exception {
		MockHttpServletResponse response = this.signedIn.as("beheerder",
				get("/trajecten").param("zoek", "\u0000")
					.param("schoolnaam", "linde\u0000")
					.param("schooljaar", "alle"));
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).contains("Basisschool De Linde (fictief)");
	}

	@Test
	void thePageAfterTheLastIsTheLastPageWithItsRows() throws Exception {
		Document first = html("beheerder", "/trajecten?schooljaar=alle");
		String position = first.selectFirst(".pagination [aria-current=page]").text();
		assertThat(position).matches("Pagina 1 van \\d+");
		String pages = position.replaceAll(".* van ", "");
		assertThat(Integer.parseInt(pages)).isGreaterThan(1);
		for (String number : new String[] { "2147483647", "10", pages }) {
			Document past = html("beheerder", "/trajecten?schooljaar=alle&pagina=" + number);
			assertThat(past.selectFirst(".pagination [aria-current=page]").text())
				.isEqualTo("Pagina " + pages + " van " + pages);
			assertThat(past.select("table tbody tr")).isNotEmpty();
		}
		assertThat(this.signedIn.as("beheerder", get("/trajecten?pagina=abc")).getStatus()).isEqualTo(400);
	}

	@Test
	void aSessionDatedOutside2000To2100IsRefusedNextToTheDateAndNotStored() throws Exception {
		long id = trajectory();
		long before = sessions(id);
		for (String date : new String[] { "0025-01-01", "1999-12-31", "2101-01-01" }) {
			MockHttpServletResponse response = this.signedIn.as("coordinator",
					post("/trajecten/" + id + "/sessies").with(csrf())
						.param("sessionDate", date)
						.param("hours", "1")
						.param("activity", "Observatie in de klas"));
			assertThat(response.getStatus()).as(date).isEqualTo(200);
			Document page = Jsoup.parse(response.getContentAsString());
			assertThat(page.selectFirst("#sessionDate-fout").text()).isEqualTo("Geef een datum tussen 2000 en 2100.");
			assertThat(page.selectFirst("#sessionDate").val()).isEqualTo(date);
		}
		assertThat(sessions(id)).isEqualTo(before);
	}

	@Test
	void aTrajectoryWithDatesOutside2000To2100IsRefusedNextToEachDate() throws Exception {
		MockHttpServletResponse response = this.signedIn.as("coordinator",
				post("/trajecten/nieuw").with(csrf())
					.param("projectId", id("select id from project where code = 'RISK_BAO'"))
					.param("schoolYear", "2021")
					.param("schoolId", id("select id from school where name = 'Basisschool De Linde (fictief)'"))
					.param("partnerId", id("select id from organisation where name = 'De Schommel'"))
					.param("startDate", "0021-10-04")
					.param("endDate", "20222-05-30")
					.param("plannedHours", "10")
					.param("risk.questionType", "PREVENTIVE")
					.param("level", "BAO"));
		assertThat(response.getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(page.selectFirst("#startDate-fout").text()).isEqualTo("Geef een datum tussen 2000 en 2100.");
		assertThat(page.selectFirst("#endDate-fout").text()).isNotBlank();
	}

	@Test
	void controlCharactersAreNotStoredFromASession() throws Exception {
		long id = trajectory();
		MockHttpServletResponse response = this.signedIn.as("coordinator",
				post("/trajecten/" + id + "/sessies").with(csrf())
					.param("sessionDate", "2022-02-03")
					.param("hours", "1")
					.param("activity", "Controle\u000B van\u0000 de\u001B klas")
					.param("note", "Eerste regel\r\nTweede\tregel\u0007")
					.param("confirmWarnings", "true"));
		assertThat(response.getStatus()).isEqualTo(302);
		var row = this.jdbc
			.sql("select activity, note from trajectory_session where trajectory_id = ? order by id desc limit 1")
			.param(id)
			.query()
			.singleRow();
		assertThat(row.get("activity")).isEqualTo("Controle van de klas");
		assertThat(row.get("note")).isEqualTo("Eerste regel\r\nTweede\tregel");
	}

	@Test
	void hoursInScientificNotationAreRefusedAsUnreadableAndNotWrittenOut() throws Exception {
		long id = trajectory();
		long before = sessions(id);
		for (String hours : new String[] { "1e999999999", "1E-999999999", "2147483647", "-1", "abc" }) {
			MockHttpServletResponse response = this.signedIn.as("coordinator",
					post("/trajecten/" + id + "/sessies").with(csrf())
						.param("sessionDate", "2022-02-03")
						.param("hours", hours)
						.param("activity", "Observatie in de klas"));
			assertThat(response.getStatus()).as(hours).isEqualTo(200);
			assertThat(response.getContentAsString().length()).as(hours).isLessThan(1_000_000);
			assertThat(Jsoup.parse(response.getContentAsString()).selectFirst("#hours-fout").text()).as(hours)
				.isNotBlank();
		}
		assertThat(sessions(id)).isEqualTo(before);
	}

	@Test
	void hoursTypedWithADecimalCommaComeBackWithTheCommaWhenTheFormIsShownAgain() throws Exception {
		Document dutch = Jsoup.parse(this.signedIn.as("coordinator", newTrajectory("10,1")).getContentAsString());
		assertThat(dutch.selectFirst("#startDate-fout")).isNotNull();
		// read as 10.1 (not in quarter hours), not refused as unreadable
		assertThat(dutch.selectFirst("#plannedHours-fout").text()).startsWith("Geef de uren in kwartieren");
		assertThat(dutch.selectFirst("input#plannedHours").val()).isEqualTo("10,1");
		// a point is read too, and shown the Dutch way
		Document point = Jsoup.parse(this.signedIn.as("coordinator", newTrajectory("7.50")).getContentAsString());
		assertThat(point.selectFirst("input#plannedHours").val()).isEqualTo("7,5");
		// in English, with a point
		Document english = Jsoup
			.parse(this.signedIn.as("coordinator", newTrajectory("10,1").param("lang", "en")).getContentAsString());
		assertThat(english.selectFirst("input#plannedHours").val()).isEqualTo("10.1");
	}

	@Test
	void hoursThatAreNotAPlainNumberAreRefusedInDutchWithTheInputKept() throws Exception {
		for (String hours : new String[] { "1.234,5", "10,1,2", "tien", ",", "-" }) {
			Document page = Jsoup.parse(this.signedIn.as("coordinator", newTrajectory(hours)).getContentAsString());
			assertThat(page.selectFirst("#plannedHours-fout").text()).as(hours)
				.isEqualTo("Geef een getal, bijvoorbeeld 10 of 7,5.");
			assertThat(page.selectFirst("input#plannedHours").val()).as(hours).isEqualTo(hours);
		}
	}

	@Test
	void aSessionsHoursWithADecimalCommaComeBackAsTypedAndAreStoredExactly() throws Exception {
		long id = trajectory();
		long before = sessions(id);
		MockHttpServletResponse refused = this.signedIn.as("coordinator",
				post("/trajecten/" + id + "/sessies").with(csrf())
					.param("sessionDate", "2022-02-03")
					.param("hours", "1,25")
					.param("activity", ""));
		Document page = Jsoup.parse(refused.getContentAsString());
		assertThat(page.selectFirst("#activity-fout")).isNotNull();
		assertThat(page.selectFirst("input#hours").val()).isEqualTo("1,25");
		assertThat(sessions(id)).isEqualTo(before);
		MockHttpServletResponse saved = this.signedIn.as("coordinator",
				post("/trajecten/" + id + "/sessies").with(csrf())
					.param("sessionDate", "2022-02-03")
					.param("hours", "1,25")
					.param("activity", "Observatie in de klas")
					.param("confirmWarnings", "true"));
		assertThat(saved.getStatus()).isEqualTo(302);
		var stored = this.jdbc
			.sql("select id, hours from trajectory_session where trajectory_id = ? order by id desc limit 1")
			.param(id)
			.query()
			.singleRow();
		assertThat((java.math.BigDecimal) stored.get("hours")).isEqualByComparingTo("1.25");
		// leave the trajectory as it was for the other tests
		this.jdbc.sql("delete from trajectory_session where id = ?").param(stored.get("id")).update();
		this.jdbc.sql(
				"update trajectory set logged_hours = logged_hours - 1.25, session_count = session_count - 1 where id = ?")
			.param(id)
			.update();
	}

	private MockHttpServletRequestBuilder newTrajectory(String plannedHours) {
		return post("/trajecten/nieuw").with(csrf())
			.param("projectId", id("select id from project where code = 'RISK_BAO'"))
			.param("schoolYear", "2021")
			.param("schoolId", id("select id from school where name = 'Basisschool De Linde (fictief)'"))
			.param("partnerId", id("select id from organisation where name = 'De Schommel'"))
			.param("startDate", "0021-10-04")
			.param("endDate", "2022-05-30")
			.param("plannedHours", plannedHours)
			.param("risk.questionType", "PREVENTIVE")
			.param("level", "BAO");
	}

	private long trajectory() {
		return this.jdbc.sql("""
				select t.id from trajectory t join project p on p.id = t.project_id
				where p.code = 'RISK_BAO' order by t.id limit 1""").query(Long.class).single();
	}

	private long sessions(long trajectoryId) {
		return this.jdbc.sql("select count(*) from trajectory_session where trajectory_id = ?")
			.param(trajectoryId)
			.query(Long.class)
			.single();
	}

	private String id(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single().toString();
	}

	private Document html(String username, String path) throws Exception {
		return Jsoup.parse(this.signedIn.as(username, get(path)).getContentAsString());
	}

}
