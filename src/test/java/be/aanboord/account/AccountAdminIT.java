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

	@Test
	void theAdminSearchesUsersByUsernameNameOrEmailAndThePagesKeepTheSearch() throws Exception {
		String username = this.accounts.create("een lang wachtwoord", Role.CITY);
		long id = this.accounts.idOf(username);
		this.jdbc.sql("update account set display_name = 'Zoë Zoekbaar', email = 'zoe.zoek@leuven.test' where id = ?")
			.param(id)
			.update();
		for (String search : new String[] { username.toUpperCase(), "zoë zoek", "ZOE.ZOEK@LEUVEN" }) {
			org.jsoup.nodes.Document page = search(search);
			assertThat(page.select("#gebruikers tbody tr td:first-child").eachText()).as(search)
				.containsExactly(username);
			assertThat(page.getElementById("zoek").val()).isEqualTo(search);
		}
		assertThat(search("%_").getElementById("geen-gebruikers")).isNotNull();
		assertThat(search("demo").select("#gebruikers tbody tr")).hasSizeGreaterThanOrEqualTo(5);
		for (int i = 0; i < 26; i++) {
			this.accounts.create("een lang wachtwoord", Role.EDITOR);
		}
		org.jsoup.nodes.Document first = search("test-");
		assertThat(first.select("#gebruikers tbody tr")).hasSize(25);
		assertThat(first.select("nav .pagination a").eachAttr("href"))
			.contains("/beheer/gebruikers?zoek=test-&pagina=1");
		assertThat(first.select("#gebruikers th").eachText()).contains("Laatst aangemeld", "Vergrendeld");
	}

	@Test
	void aSuccessfulLoginIsShownAsTheLastSignInInBrusselsTime() throws Exception {
		String username = this.accounts.create("een lang wachtwoord", Role.CITY);
		assertThat(search(username).select("td.last-sign-in").text()).isEqualTo("nog nooit");
		java.time.Instant before = java.time.Instant.now().minusSeconds(1);
		assertThat(this.mvc
			.perform(post("/login").with(csrf()).param("username", username).param("password", "een lang wachtwoord"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).endsWith("/start");
		java.time.Instant recorded = this.jdbc.sql("select last_sign_in_at from account where username = ?")
			.param(username)
			.query(java.time.OffsetDateTime.class)
			.single()
			.toInstant();
		assertThat(recorded).isAfter(before);
		assertThat(search(username).select("td.last-sign-in").text())
			.isEqualTo(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
				.format(recorded.atZone(java.time.ZoneId.of("Europe/Brussels"))));
	}

	@Test
	void theAdminUnlocksAnAccountTheLoginThrottleLocked() throws Exception {
		String username = this.accounts.create("een lang wachtwoord", Role.CITY);
		long id = this.accounts.idOf(username);
		for (int i = 0; i < 10; i++) {
			this.mvc.perform(post("/login").with(csrf()).param("username", username).param("password", "fout"));
		}
		org.jsoup.nodes.Document locked = search(username);
		assertThat(locked.select("td.lock").text()).startsWith("ja, tot ");
		var form = locked.select("td.lock form").first();
		assertThat(form.attr("method")).isEqualTo("post");
		assertThat(form.attr("action")).isEqualTo("/beheer/gebruikers/" + id + "/ontgrendelen");
		assertThat(form.select("input[name=_csrf]")).isNotEmpty();
		int version = version(id);

		assertThat(this.mvc.perform(post("/beheer/gebruikers/{id}/ontgrendelen", id).with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus()).as("anonymous").isEqualTo(302);
		assertThat(this.mvc
			.perform(post("/beheer/gebruikers/{id}/ontgrendelen", id).with(user(this.accounts.signedIn("stad")))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(this.mvc.perform(post("/beheer/gebruikers/{id}/ontgrendelen", id).with(admin()))
			.andReturn()
			.getResponse()
			.getStatus()).as("without CSRF token").isEqualTo(403);
		assertThat(this.jdbc.sql("select locked_until is not null from account where id = ?")
			.param(id)
			.query(Boolean.class)
			.single()).isTrue();

		MockHttpServletResponse unlocked = this.mvc
			.perform(
					post("/beheer/gebruikers/{id}/ontgrendelen", id).with(admin()).with(csrf()).param("zoek", username))
			.andReturn()
			.getResponse();
		assertThat(unlocked.getRedirectedUrl()).isEqualTo("/beheer/gebruikers?zoek=" + username);
		assertThat(unlocked.getStatus()).isEqualTo(302);
		assertThat(version(id)).as("unlocking does not conflict with an edit").isEqualTo(version);
		assertThat(search(username).select("td.lock").text()).isEqualTo("nee");
		assertThat(this.mvc
			.perform(post("/login").with(csrf()).param("username", username).param("password", "een lang wachtwoord"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).endsWith("/start");
	}

	@Test
	void theEditFormSaysThatAnEmptyPasswordKeepsThePasswordAndANewOneReplacesIt() throws Exception {
		String username = this.accounts.create("een lang wachtwoord", Role.CITY);
		long id = this.accounts.idOf(username);
		org.jsoup.nodes.Document form = org.jsoup.Jsoup
			.parse(this.mvc.perform(get("/beheer/gebruikers/{id}", id).with(admin()))
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(form.select("label[for=password]").text()).isEqualTo("Nieuw wachtwoord");
		assertThat(form.getElementById("password-hint").text())
			.startsWith("Laat dit veld leeg om het huidige wachtwoord te behouden.");
		assertThat(form.getElementById("password").attr("aria-describedby")).contains("password-hint");

		String hash = hash(id);
		assertThat(edit(id, "").getRedirectedUrl()).isEqualTo("/beheer/gebruikers");
		assertThat(hash(id)).as("an empty field keeps the password").isEqualTo(hash);
		assertThat(edit(id, "te kort").getContentAsString()).contains("Een wachtwoord heeft minstens 12 tekens.");
		assertThat(hash(id)).isEqualTo(hash);
		assertThat(edit(id, "een ander lang wachtwoord").getRedirectedUrl()).isEqualTo("/beheer/gebruikers");
		assertThat(this.mvc.perform(
				post("/login").with(csrf()).param("username", username).param("password", "een ander lang wachtwoord"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).endsWith("/start");
	}

	private MockHttpServletResponse edit(long id, String password) throws Exception {
		return this.mvc
			.perform(post("/beheer/gebruikers/{id}", id).with(admin())
				.with(csrf())
				.param("displayName", "Stadsmedewerker")
				.param("email", "stad-" + id + "@aanboord.test")
				.param("password", password)
				.param("roles", "CITY")
				.param("enabled", "true")
				.param("version", String.valueOf(version(id))))
			.andReturn()
			.getResponse();
	}

	private String hash(long id) {
		return this.jdbc.sql("select password_hash from account where id = ?").param(id).query(String.class).single();
	}

	private org.jsoup.nodes.Document search(String text) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/beheer/gebruikers").param("zoek", text).with(admin()))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(text).isEqualTo(200);
		return org.jsoup.Jsoup.parse(response.getContentAsString());
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
