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
 * The trajectory form offers as executing partner only the organisations the lab listed
 * for the project, refuses any other, and the lab keeps those lists.
 */
@IntegrationTest
class ExecutingPartnersIT {

	@Autowired
	SignedIn signedIn;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theFormOffersThePartnersOfEachProjectOnly() throws Exception {
		Document form = page("coordinator", "/trajecten/nieuw?soort=RISK");
		assertThat(form.select("#partnerId optgroup").eachAttr("label")).containsExactly("Ris+K basisonderwijs",
				"Ris+K secundair onderwijs");
		assertThat(form.select("#partnerId optgroup[label=Ris+K basisonderwijs] option").eachText())
			.containsExactly("Arktos", "De Schommel", "UCLL");
		assertThat(form.select("#partnerId option").eachText()).doesNotContain("Stad Leuven", "KU Leuven", "Cidar");
		Document bridge = page("beheerder", "/trajecten/nieuw?soort=BRIDGE");
		assertThat(bridge.select("#partnerId option[value]:not([value=''])").eachText()).containsExactly("Arktos");
	}

	@Test
	void aPartnerOutsideTheProjectsListIsRefusedNextToTheField() throws Exception {
		MockHttpServletResponse response = this.signedIn.as("coordinator", risk("RISK_BAO", "Stad Leuven"));
		assertThat(response.getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(page.select("#partnerId-fout").text()).isEqualTo(
				"Deze organisatie voert geen trajecten uit voor dit project. Kies een partner uit de lijst van het project.");
		assertThat(page.select("#partnerId option[value]:not([value=''])").eachText()).containsExactly("Arktos",
				"De Schommel", "UCLL");
		assertThat(this.signedIn.as("coordinator", risk("RISK_BAO", "Profo")).getStatus()).isEqualTo(200);
		assertThat(this.signedIn.as("coordinator", risk("RISK_BAO", "UCLL")).getStatus()).isEqualTo(302);
	}

	@Test
	void anExistingTrajectoryKeepsAPartnerNoLongerListed() throws Exception {
		long id = this.jdbc.sql("""
				insert into trajectory (kind, project_id, school_year, school_id, partner_id, status, planned_hours,
				  question_type, level, logged_by_name)
				select 'RISK', p.id, 2021, (select id from school order by id limit 1),
				  (select id from organisation where name = 'Profo'), 'REQUESTED', 10, 'CURATIVE', 'BAO', 'test'
				from project p where p.code = 'RISK_BAO' returning id""").query(Long.class).single();
		Document form = page("coordinator", "/trajecten/" + id + "/bewerken");
		assertThat(form.select("#partnerId option[selected]").text()).isEqualTo("Profo");
		assertThat(form.select("#partnerId option").eachText()).contains("Profo", "Arktos", "De Schommel", "UCLL");
	}

	@Test
	void theLabChangesAProjectsList() throws Exception {
		long project = this.jdbc.sql("select id from project where code = 'RISK_BUO'").query(Long.class).single();
		Document page = page("beheerder", "/beheer/uitvoerende-partners?project=" + project);
		assertThat(page.select("#uitvoerders-RISK_BUO td").text()).contains("Centrum voor Leerzorg (CLZ)");
		String shown = page.select("input[name=shown]").val();
		String alba = organisationId("Alba");
		MockHttpServletResponse saved = this.signedIn.as("beheerder",
				post("/beheer/uitvoerende-partners").with(csrf())
					.param("projectId", String.valueOf(project))
					.param("shown", shown)
					.param("organisationIds", alba, organisationId("Centrum voor Leerzorg (CLZ)")));
		assertThat(saved.getStatus()).isEqualTo(302);
		assertThat(page("beheerder", "/beheer/uitvoerende-partners").select("#uitvoerders-RISK_BUO td").text())
			.isEqualTo("Alba, Centrum voor Leerzorg (CLZ)");
		// a form opened before that change is a conflict, with what was ticked kept
		MockHttpServletResponse stale = this.signedIn.as("beheerder",
				post("/beheer/uitvoerende-partners").with(csrf())
					.param("projectId", String.valueOf(project))
					.param("shown", shown)
					.param("organisationIds", organisationId("Arktos")));
		Document conflict = Jsoup.parse(stale.getContentAsString());
		assertThat(conflict.select(".alert-warning")).isNotEmpty();
		assertThat(conflict.select("input[name=organisationIds][checked]").eachAttr("value"))
			.containsExactly(organisationId("Arktos"));
		MockHttpServletResponse unknown = this.signedIn.as("beheerder",
				post("/beheer/uitvoerende-partners").with(csrf())
					.param("projectId", String.valueOf(project))
					.param("shown", "")
					.param("organisationIds", "999999"));
		assertThat(Jsoup.parse(unknown.getContentAsString()).select("#organisationIds-fout").text())
			.isEqualTo("Kies een waarde uit de lijst.");
		assertThat(this.signedIn.as("coordinator", get("/beheer/uitvoerende-partners")).getStatus()).isEqualTo(403);
	}

	private MockHttpServletRequestBuilder risk(String project, String partner) {
		return post("/trajecten/nieuw").with(csrf())
			.param("projectId",
					this.jdbc.sql("select id from project where code = ?")
						.param(project)
						.query(Long.class)
						.single()
						.toString())
			.param("schoolYear", "2021")
			.param("schoolId",
					this.jdbc.sql("select id from school where level = 'BAO' order by id limit 1")
						.query(Long.class)
						.single()
						.toString())
			.param("partnerId", organisationId(partner))
			.param("startDate", "2021-10-04")
			.param("endDate", "2022-05-30")
			.param("plannedHours", "10")
			.param("risk.questionType", "PREVENTIVE")
			.param("level", "BAO")
			.param("question", "Het team zoekt een gedeelde aanpak.");
	}

	private String organisationId(String name) {
		return this.jdbc.sql("select id from organisation where name = ?")
			.param(name)
			.query(Long.class)
			.single()
			.toString();
	}

	private Document page(String username, String path) throws Exception {
		MockHttpServletResponse response = this.signedIn.as(username, get(path));
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

}
