package be.aanboord.trajectory;

import java.util.List;

import be.aanboord.IntegrationTest;
import be.aanboord.SignedIn;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The change history speaks the user's language: labels of statuses and other choices,
 * dates and hours as the portal writes them, and people by their display name.
 */
@IntegrationTest
class TrajectoryHistoryIT {

	@Autowired
	SignedIn signedIn;

	@Autowired
	JdbcClient jdbc;

	@Test
	void labelsDatesHoursAndDisplayNamesInDutchAndInEnglish() throws Exception {
		String school = this.jdbc.sql("select id from school order by id limit 1").query(String.class).single();
		String partner = this.jdbc.sql("select id from organisation where name = 'Arktos'")
			.query(String.class)
			.single();
		String project = this.jdbc.sql("select id from project where code = 'RISK_BAO'").query(String.class).single();
		var created = this.signedIn.as("beheerder",
				post("/trajecten/nieuw").with(csrf())
					.param("projectId", project)
					.param("schoolYear", "2021")
					.param("schoolId", school)
					.param("partnerId", partner)
					.param("startDate", "2021-10-04")
					.param("plannedHours", "10")
					.param("risk.questionType", "CURATIVE")
					.param("level", "BAO"));
		assertThat(created.getStatus()).isEqualTo(302);
		long id = Long.parseLong(created.getRedirectedUrl().substring("/trajecten/".length()));
		MockHttpServletRequestBuilder edit = post("/trajecten/" + id + "/bewerken").with(csrf())
			.param("schoolYear", "2021")
			.param("schoolId", school)
			.param("partnerId", partner)
			.param("status", "APPROVED")
			.param("startDate", "2021-10-11")
			.param("endDate", "2022-05-27")
			.param("plannedHours", "14")
			.param("risk.questionType", "PREVENTIVE")
			.param("level", "SO")
			.param("version", "0");
		assertThat(this.signedIn.status("coordinator", edit)).isEqualTo(302);

		List<List<String>> dutch = history(id, "");
		String who = "Koen Coördinator (demo)";
		assertThat(dutch).contains(List.of(who, "Status", "Aangevraagd", "Goedgekeurd"),
				List.of(who, "Soort vraag", "Leerling- of klasgebonden (curatief)", "Teamvraag (preventief)"),
				List.of(who, "Niveau", "Basisonderwijs", "Secundair onderwijs"),
				List.of(who, "Geplande uren", "10 u", "14 u"), List.of(who, "Startdatum", "04/10/2021", "11/10/2021"),
				List.of(who, "Einddatum", "", "27/05/2022"));
		assertThat(dutch).last().isEqualTo(List.of("Bea Beheer (demo)", "Aangemaakt", "", ""));
		assertThat(dutch).flatExtracting((cells) -> cells)
			.doesNotContain("REQUESTED", "APPROVED", "CURATIVE", "PREVENTIVE", "BAO", "SO", "coordinator");

		List<List<String>> english = history(id, "?lang=en");
		assertThat(english).contains(List.of(who, "Status", "Requested", "Approved"),
				List.of(who, "Planned hours", "10 h", "14 h"), List.of(who, "Start date", "04/10/2021", "11/10/2021"));
	}

	@Test
	void aDemoTrajectoryWasCreatedByWhoEnteredIt() throws Exception {
		long id = this.jdbc.sql("""
				select t.id from trajectory t join project p on p.id = t.project_id
				where p.code = 'RISK_SO' and exists (select 1 from trajectory_aud a where a.id = t.id and a.rev = -1)
				order by t.id limit 1""").query(Long.class).single();
		String enteredBy = this.jdbc.sql("select logged_by_name from trajectory where id = ?")
			.param(id)
			.query(String.class)
			.single();
		assertThat(history(id, "")).last().isEqualTo(List.of(enteredBy, "Aangemaakt", "", ""));
	}

	/**
	 * A column added to the audit table (and to the entity or one of its parts) is in the
	 * change history without a list to keep by hand; this fails when one is not.
	 */
	@Test
	void everyAuditedColumnIsInTheChangeHistory() {
		List<String> audited = this.jdbc.sql("""
				select column_name from information_schema.columns
				where table_schema = current_schema() and table_name = 'trajectory_aud'
				  and column_name not in ('id', 'rev', 'revtype')""").query(String.class).list();
		assertThat(audited).isNotEmpty();
		assertThat(TrajectoryHistory.columns()).as("columns in the change history")
			.containsExactlyInAnyOrderElementsOf(audited);
	}

	private List<List<String>> history(long id, String query) throws Exception {
		Element table = this.signedIn.page("coordinator", get("/trajecten/" + id + query))
			.selectFirst("section[aria-labelledby=historiek-titel] table");
		return table.select("tbody tr")
			.stream()
			.map((row) -> row.select("td").stream().map(Element::text).toList().subList(1, 5))
			.toList();
	}

}
