package be.aanboord.account;

import be.aanboord.IntegrationTest;
import be.aanboord.SignedIn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The administration of school users (linked to a school) and CLB workers (linked to an
 * organisation marked as a CLB): the scope each role needs, Dutch messages with the input
 * kept, the choices the form offers, and the database refusing a role without its scope.
 */
@IntegrationTest
class SchoolAndClbUsersIT {

	private static final String ADMIN = "beheerder";

	private static final String PASSWORD = "een sterk wachtwoord";

	@Autowired
	SignedIn signedIn;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theAdminCreatesASchoolUserLinkedToTheirSchool() throws Exception {
		long school = schoolId("Basisschool De Linde (fictief)");
		String username = "zorgcoordinator-" + System.nanoTime();
		MockHttpServletResponse response = this.signedIn.as(ADMIN,
				create(username, "SCHOOL").param("schoolId", String.valueOf(school)));
		assertThat(response.getRedirectedUrl()).isEqualTo("/beheer/gebruikers");
		CurrentUser created = this.accounts.signedIn(username);
		assertThat(created.getRoles()).containsExactly(Role.SCHOOL);
		assertThat(created.getSchoolId()).isEqualTo(school);
		assertThat(created.getOrganisationId()).isNull();
		assertThat(created.getClbId()).isNull();
		assertThat(this.signedIn
			.as(null, post("/login").with(csrf()).param("username", username).param("password", PASSWORD))
			.getRedirectedUrl()).endsWith("/start");
	}

	@Test
	void aSchoolUserWithoutASchoolIsRefusedInDutchAndTheInputIsKept() throws Exception {
		String username = "zonder-school-" + System.nanoTime();
		Document page = parse(this.signedIn.as(ADMIN, create(username, "SCHOOL")));
		assertThat(page.getElementById("schoolId-fout").text()).isEqualTo("Kies de school van een schoolgebruiker.");
		assertThat(page.getElementById("schoolId").attr("aria-describedby")).isEqualTo("schoolId-fout");
		assertThat(page.getElementById("username").val()).isEqualTo(username);
		assertThat(page.getElementById("displayName").val()).isEqualTo("Zoë Zorg");
		assertThat(page.select("input[name=roles][value=SCHOOL]").attr("checked")).isEqualTo("checked");
		assertThat(exists(username)).isFalse();
	}

	@Test
	void aClbWorkerNeedsAnOrganisationThatIsACLB() throws Exception {
		String username = "clb-" + System.nanoTime();
		Document none = parse(this.signedIn.as(ADMIN, create(username, "CLB")));
		assertThat(none.getElementById("clbId-fout").text()).isEqualTo("Kies het CLB van een CLB-medewerker.");

		long arktos = organisationId("Arktos%");
		Document notClb = parse(
				this.signedIn.as(ADMIN, create(username, "CLB").param("clbId", String.valueOf(arktos))));
		assertThat(notClb.getElementById("clbId-fout").text()).startsWith("Deze organisatie is geen CLB.");
		assertThat(exists(username)).isFalse();

		long vrijClb = organisationId("Vrij CLB Leuven");
		MockHttpServletResponse saved = this.signedIn.as(ADMIN,
				create(username, "CLB").param("clbId", String.valueOf(vrijClb)));
		assertThat(saved.getRedirectedUrl()).isEqualTo("/beheer/gebruikers");
		CurrentUser created = this.accounts.signedIn(username);
		assertThat(created.getRoles()).containsExactly(Role.CLB);
		assertThat(created.getOrganisationId()).isEqualTo(vrijClb);
		assertThat(created.getClbId()).isEqualTo(vrijClb);
		assertThat(created.getSchoolId()).isNull();
	}

	@Test
	void aPartnerWhoIsAlsoAClbWorkerWorksForThatCLB() throws Exception {
		String username = "partner-clb-" + System.nanoTime();
		long goClb = organisationId("GO! CLB Leuven-Tienen-Landen");
		long vrijClb = organisationId("Vrij CLB Leuven");
		Document page = parse(
				this.signedIn.as(ADMIN, create(username, "CLB", "PARTNER").param("clbId", String.valueOf(goClb))
					.param("organisationId", String.valueOf(vrijClb))));
		assertThat(page.getElementById("clbId-fout").text()).startsWith("Een partner die ook CLB-medewerker is");
		assertThat(this.signedIn
			.as(ADMIN,
					create(username, "CLB", "PARTNER").param("clbId", String.valueOf(goClb))
						.param("organisationId", String.valueOf(goClb)))
			.getRedirectedUrl()).isEqualTo("/beheer/gebruikers");
		assertThat(this.accounts.signedIn(username).getClbId()).isEqualTo(goClb);
	}

	@Test
	void theFormOffersOnlyCLBsAsCLBAndEverySchoolAndShowsTheScopesOfAnExistingUser() throws Exception {
		Document form = this.signedIn.page(ADMIN, get("/beheer/gebruikers/nieuw"));
		assertThat(form.select("input[name=roles]").eachAttr("value")).contains("SCHOOL", "CLB");
		assertThat(form.select("label[for=clbId]").text()).isEqualTo("CLB");
		assertThat(form.select("label[for=schoolId]").text()).isEqualTo("School");
		assertThat(form.select("#clbId option:not([value=''])").eachText()).containsExactlyElementsOf(
				this.jdbc.sql("select name from organisation where clb order by name").query(String.class).list());
		assertThat(form.select("#schoolId option:not([value=''])"))
			.hasSize(this.jdbc.sql("select count(*) from school").query(Integer.class).single());
		assertThat(form.select("#schoolId option").eachText()).contains("Basisschool De Linde (fictief) (Heverlee)");

		long school = schoolId("Stedelijk Lyceum De Brug (fictief)");
		Document edit = this.signedIn.page(ADMIN, get("/beheer/gebruikers/{id}", this.accounts.idOf("school2")));
		assertThat(edit.select("#schoolId option[selected]").val()).isEqualTo(String.valueOf(school));
		Document clb = this.signedIn.page(ADMIN, get("/beheer/gebruikers/{id}", this.accounts.idOf("clb")));
		assertThat(clb.select("#clbId option[selected]").text()).isEqualTo("GO! CLB Leuven-Tienen-Landen");
		assertThat(clb.select("#organisationId option[selected]").val()).as("not a partner").isEmpty();
	}

	@Test
	void theUserListShowsTheSchoolOfASchoolUserAndTheCLBOfACLBWorker() throws Exception {
		Document page = this.signedIn.page(ADMIN, get("/beheer/gebruikers").param("zoek", "(demo)"));
		assertThat(page.select("#gebruikers th:nth-child(5)").text()).isEqualTo("Organisatie of school");
		assertThat(page.select("#gebruiker-school td:nth-child(5)").text())
			.isEqualTo("Basisschool De Regenboogbrug (fictief)");
		assertThat(page.select("#gebruiker-clb td:nth-child(4)").text()).isEqualTo("CLB");
		assertThat(page.select("#gebruiker-clb td:nth-child(5)").text()).isEqualTo("GO! CLB Leuven-Tienen-Landen");
	}

	@Test
	void takingTheSchoolRoleAwayForgetsTheSchool() throws Exception {
		String username = this.accounts.createAtSchool(PASSWORD, schoolId("Basisschool De Linde (fictief)"));
		long id = this.accounts.idOf(username);
		MockHttpServletResponse response = this.signedIn.as(ADMIN,
				post("/beheer/gebruikers/{id}", id).with(csrf())
					.param("displayName", "Nu redactie")
					.param("email", username + "@aanboord.test")
					.param("roles", "EDITOR")
					.param("schoolId", String.valueOf(schoolId("Basisschool De Linde (fictief)")))
					.param("enabled", "true")
					.param("version", String.valueOf(version(id))));
		assertThat(response.getRedirectedUrl()).isEqualTo("/beheer/gebruikers");
		assertThat(this.accounts.signedIn(username).getSchoolId()).isNull();
	}

	@Test
	void theDatabaseRefusesASchoolUserWithoutSchoolAndACLBWorkerOutsideACLB() {
		String school = this.accounts.create(PASSWORD);
		assertThatThrownBy(() -> this.jdbc.sql("insert into account_role (account_id, role) values (?, 'SCHOOL')")
			.param(this.accounts.idOf(school))
			.update()).isInstanceOf(DataAccessException.class).hasMessageContaining("without a school");
		String clb = this.accounts.create(PASSWORD);
		this.jdbc.sql("update account set organisation_id = ? where username = ?")
			.params(organisationId("Arktos%"), clb)
			.update();
		assertThatThrownBy(() -> this.jdbc.sql("insert into account_role (account_id, role) values (?, 'CLB')")
			.param(this.accounts.idOf(clb))
			.update()).isInstanceOf(DataAccessException.class).hasMessageContaining("without a CLB organisation");
		String schoolUser = this.accounts.createAtSchool(PASSWORD, schoolId("Basisschool De Linde (fictief)"));
		assertThatThrownBy(() -> this.jdbc.sql("update account set school_id = null where username = ?")
			.param(schoolUser)
			.update()).isInstanceOf(DataAccessException.class);
	}

	private MockHttpServletRequestBuilder create(String username, String... roles) {
		return post("/beheer/gebruikers/nieuw").with(csrf())
			.param("username", username)
			.param("displayName", "Zoë Zorg")
			.param("email", username + "@aanboord.test")
			.param("password", PASSWORD)
			.param("roles", roles)
			.param("enabled", "true");
	}

	private Document parse(MockHttpServletResponse response) throws Exception {
		assertThat(response.getStatus()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	private boolean exists(String username) {
		return this.jdbc.sql("select count(*) from account where username = ?")
			.param(username)
			.query(Integer.class)
			.single() > 0;
	}

	private long schoolId(String name) {
		return this.jdbc.sql("select id from school where name = ?").param(name).query(Long.class).single();
	}

	private long organisationId(String name) {
		return this.jdbc.sql("select id from organisation where name like ? order by id limit 1")
			.param(name)
			.query(Long.class)
			.single();
	}

	private int version(long id) {
		return this.jdbc.sql("select version from account where id = ?").param(id).query(Integer.class).single();
	}

}
