package be.aanboord.trajectory;

import java.util.List;

import jakarta.servlet.http.Cookie;

import be.aanboord.IntegrationTest;
import be.aanboord.SignedIn;
import be.aanboord.account.Role;
import be.aanboord.account.TestAccounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The trajectory pages open on the school year the user works in, and offer to create
 * only the kinds of trajectory the user may create.
 */
@IntegrationTest
class TrajectoryDefaultsIT {

	@Autowired
	SignedIn signedIn;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theListDashboardAndReportOpenOnTheLatestSchoolYearWithTheUsersTrajectories() throws Exception {
		String bridge = coordinatorOf("BRUGCOACHES");
		Jar session = new Jar();
		Document list = page(bridge, "/trajecten", session);
		assertThat(selected(list, "#f-schooljaar")).isEqualTo("2021-2022");
		assertThat(list.select("table tbody tr")).isNotEmpty();
		assertThat(list.select("table tbody tr td:nth-child(8) span").eachText())
			.allMatch((hours) -> hours.matches("[0-9]+(,[0-9]+)? van [0-9]+(,[0-9]+)? u"));
		Document dashboard = page(bridge, "/trajecten/dashboard", session);
		assertThat(selected(dashboard, "#d-schooljaar")).isEqualTo("2021-2022");
		assertThat(dashboard.select("#project-BRUGCOACHES td").first().text()).isNotEqualTo("0");
		Document report = page(bridge, "/trajecten/jaarverslag", new Jar());
		assertThat(selected(report, "#r-schooljaar")).isEqualTo("2021-2022");
		assertThat(selected(report, "#r-project")).isEqualTo(String.valueOf(projectId("BRUGCOACHES")));
		assertThat(report.select(".annual-report h2").text())
			.isEqualTo("Jaarverslag Project Brugcoaches, schooljaar 2021-2022");
	}

	@Test
	void aSchoolYearChosenOnOnePageIsWhereTheOthersOpenInTheSameSession() throws Exception {
		Jar session = new Jar();
		Document chosen = page("coordinator", "/trajecten?schooljaar=2020-2021", session);
		assertThat(selected(chosen, "#f-schooljaar")).isEqualTo("2020-2021");
		assertThat(selected(page("coordinator", "/trajecten/dashboard", session), "#d-schooljaar"))
			.isEqualTo("2020-2021");
		Document report = page("coordinator", "/trajecten/jaarverslag?project=" + projectId("RISK_SO"), session);
		assertThat(selected(report, "#r-schooljaar")).isEqualTo("2020-2021");
		assertThat(report.select(".annual-report h2").text()).contains("2020-2021");
		assertThat(selected(page("coordinator", "/trajecten", session), "#f-schooljaar")).isEqualTo("2020-2021");
		// the address still wins, and every year can still be asked for
		assertThat(selected(page("coordinator", "/trajecten?schooljaar=2021-2022", session), "#f-schooljaar"))
			.isEqualTo("2021-2022");
		assertThat(selected(page("coordinator", "/trajecten/dashboard", session), "#d-schooljaar"))
			.isEqualTo("2021-2022");
		Document all = page("coordinator", "/trajecten?schooljaar=alle", session);
		assertThat(selected(all, "#f-schooljaar")).isEqualTo("alle");
		assertThat(all.select("table tbody tr")).isNotEmpty();
	}

	@Test
	void aUserWithoutTrajectoriesSeesTheCurrentSchoolYear() throws Exception {
		String ponton = coordinatorOf("PONTON43");
		Document list = page(ponton, "/trajecten", new Jar());
		String current = this.jdbc.sql(
				"select start_year || '-' || (start_year + 1) from school_year where current_date between starts_on and ends_on")
			.query(String.class)
			.optional()
			.orElse(null);
		if (current != null) {
			assertThat(selected(list, "#f-schooljaar")).isEqualTo(current);
		}
		assertThat(list.select("table tbody tr")).isEmpty();
	}

	@Test
	void theCreateLinksOfferOnlyTheKindsTheUserMayCreate() throws Exception {
		assertThat(createLinks("coordinator")).containsExactly("/trajecten/nieuw?soort=RISK");
		assertThat(createLinks(coordinatorOf("NAFT"))).containsExactly("/trajecten/nieuw?soort=NAFT");
		assertThat(createLinks("beheerder")).containsExactly("/trajecten/nieuw?soort=RISK",
				"/trajecten/nieuw?soort=NAFT", "/trajecten/nieuw?soort=BRIDGE");
		assertThat(createLinks("partner")).isEmpty();
	}

	@Test
	void aFormForAKindTheUserMayNotCreateIsRefused() throws Exception {
		assertThat(response("coordinator", "/trajecten/nieuw?soort=NAFT").getStatus()).isEqualTo(403);
		assertThat(response("coordinator", "/trajecten/nieuw?soort=BRIDGE").getStatus()).isEqualTo(403);
		Document risk = Jsoup.parse(response("coordinator", "/trajecten/nieuw?soort=RISK").getContentAsString());
		assertThat(risk.select("#projectId option[value]:not([value=''])")).hasSize(2);
		assertThat(response(coordinatorOf("NAFT"), "/trajecten/nieuw?soort=NAFT").getStatus()).isEqualTo(200);
		assertThat(response("beheerder", "/trajecten/nieuw?soort=BRIDGE").getStatus()).isEqualTo(200);
	}

	private List<String> createLinks(String username) throws Exception {
		return page(username, "/trajecten?schooljaar=2021-2022", new Jar()).select("a[href^=/trajecten/nieuw]")
			.eachAttr("href");
	}

	private String coordinatorOf(String code) {
		String username = this.accounts.create(TestAccounts.DEMO_PASSWORD, Role.COORDINATOR);
		this.jdbc.sql("insert into account_project (account_id, project_id) select ?, id from project where code = ?")
			.params(this.accounts.idOf(username), code)
			.update();
		return username;
	}

	private long projectId(String code) {
		return this.jdbc.sql("select id from project where code = ?").param(code).query(Long.class).single();
	}

	private static String selected(Document page, String select) {
		return page.select(select + " option[selected]").attr("value");
	}

	/** The session cookie of one browser, as the sessions live in the database. */
	static final class Jar {

		static final String SESSION_COOKIE = "SESSION";

		Cookie cookie;

	}

	private Document page(String username, String path, Jar jar) throws Exception {
		var request = get(path);
		if (jar.cookie != null) {
			request.cookie(jar.cookie);
		}
		MockHttpServletResponse response = this.signedIn.as(username, request);
		if (response.getCookie(Jar.SESSION_COOKIE) != null) {
			jar.cookie = response.getCookie(Jar.SESSION_COOKIE);
		}
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	private MockHttpServletResponse response(String username, String path) throws Exception {
		return this.signedIn.as(username, get(path));
	}

}
