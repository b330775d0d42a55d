package be.aanboord.account;

import be.aanboord.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@IntegrationTest
class AccountAdminIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theAdminCreatesACoordinatorWhoCanThenLogIn() throws Exception {
		String username = "nieuwe-coordinator-" + System.nanoTime();
		long naft = projectId("NAFT");
		MockHttpServletResponse response = this.mvc
			.perform(post("/beheer/gebruikers/nieuw").with(admin())
				.with(csrf())
				.param("username", username)
				.param("displayName", "Nora Naft")
				.param("email", "nora@aanboord.test")
				.param("password", "een sterk wachtwoord")
				.param("roles", "COORDINATOR")
				.param("projectIds", String.valueOf(naft))
				.param("enabled", "true"))
			.andReturn()
			.getResponse();
		assertThat(response.getRedirectedUrl()).isEqualTo("/beheer/gebruikers");
		CurrentUser created = this.accounts.signedIn(username);
		assertThat(created.getRoles()).containsExactly(Role.COORDINATOR);
		assertThat(created.getProjectIds()).containsExactly(naft);
		assertThat(this.mvc
			.perform(post("/login").with(csrf()).param("username", username).param("password", "een sterk wachtwoord"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).endsWith("/start");
	}

	@Test
	void invalidInputShowsDutchMessagesNextToTheFieldsAndKeepsWhatWasTyped() throws Exception {
		String page = this.mvc
			.perform(post("/beheer/gebruikers/nieuw").with(admin())
				.with(csrf())
				.param("username", "beheerder")
				.param("displayName", "Getypte Naam")
				.param("email", "geen-adres")
				.param("password", "te kort")
				.param("roles", "COORDINATOR", "PARTNER"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Het formulier bevat fouten")
			.contains("Deze gebruikersnaam is al in gebruik.")
			.contains("Dit is geen geldig e-mailadres.")
			.contains("Een wachtwoord heeft minstens 12 tekens.")
			.contains("Kies minstens één project voor een coördinator.")
			.contains("Kies de organisatie van een partner.")
			.contains("id=\"email-fout\"")
			.contains("value=\"Getypte Naam\"")
			.contains("value=\"geen-adres\"")
			.doesNotContain("te kort");
	}

	@Test
	void aStaleFormIsRefusedWithAConflictMessageAndKeepsTheInput() throws Exception {
		String username = this.accounts.create("een lang wachtwoord", Role.EDITOR);
		long id = this.accounts.idOf(username);
		int version = version(id);
		assertThat(update(id, version, "Eerste wijziging").getRedirectedUrl()).isEqualTo("/beheer/gebruikers");
		MockHttpServletResponse stale = update(id, version, "Tweede wijziging");
		assertThat(stale.getStatus()).isEqualTo(200);
		assertThat(stale.getContentAsString()).contains("Iemand anders heeft deze gegevens intussen gewijzigd")
			.contains("value=\"Tweede wijziging\"");
		assertThat(
				this.jdbc.sql("select display_name from account where id = ?").param(id).query(String.class).single())
			.isEqualTo("Eerste wijziging");
	}

	@Test
	void disablingAUserStopsTheirLogin() throws Exception {
		String username = this.accounts.create("een lang wachtwoord", Role.CITY);
		long id = this.accounts.idOf(username);
		MockHttpServletResponse response = this.mvc
			.perform(post("/beheer/gebruikers/{id}", id).with(admin())
				.with(csrf())
				.param("displayName", "Uitgeschakeld")
				.param("email", username + "@aanboord.test")
				.param("roles", "CITY")
				.param("_enabled", "on")
				.param("version", String.valueOf(version(id))))
			.andReturn()
			.getResponse();
		assertThat(response.getRedirectedUrl()).isEqualTo("/beheer/gebruikers");
		assertThat(this.mvc
			.perform(post("/login").with(csrf()).param("username", username).param("password", "een lang wachtwoord"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).endsWith("/login?fout=1");
	}

	@Test
	void theAdminCannotDisableThemself() throws Exception {
		long id = this.accounts.idOf("beheerder");
		String page = this.mvc
			.perform(post("/beheer/gebruikers/{id}", id).with(admin())
				.with(csrf())
				.param("displayName", "Bea Beheer (demo)")
				.param("email", "beheerder@aanboord.test")
				.param("roles", "ADMIN")
				.param("_enabled", "on")
				.param("version", String.valueOf(version(id))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Je kan je eigen account niet uitschakelen");
		assertThat(this.accounts.signedIn("beheerder").isEnabled()).isTrue();
	}

	@Test
	void theUserListShowsRolesAndOrganisations() throws Exception {
		String page = this.mvc.perform(get("/beheer/gebruikers").with(admin()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("coordinator").contains("Coördinator").contains("Arktos").contains("Stad Leuven");
	}

	private MockHttpServletResponse update(long id, int version, String displayName) throws Exception {
		return this.mvc
			.perform(post("/beheer/gebruikers/{id}", id).with(admin())
				.with(csrf())
				.param("displayName", displayName)
				.param("email", "iemand@aanboord.test")
				.param("roles", "EDITOR")
				.param("enabled", "true")
				.param("version", String.valueOf(version)))
			.andReturn()
			.getResponse();
	}

	private int version(long id) {
		return this.jdbc.sql("select version from account where id = ?").param(id).query(Integer.class).single();
	}

	private long projectId(String code) {
		return this.jdbc.sql("select id from project where code = ?").param(code).query(Long.class).single();
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return user(this.accounts.signedIn("beheerder"));
	}

}
