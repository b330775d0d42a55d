package be.aanboord.account;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import be.aanboord.IntegrationTest;
import be.aanboord.SignedIn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@IntegrationTest
class AccountAdminIT {

	private static final String ADMIN = "beheerder";

	@Autowired
	SignedIn signedIn;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theAdminCreatesACoordinatorWhoCanThenLogIn() throws Exception {
		String username = "nieuwe-coordinator-" + System.nanoTime();
		long naft = projectId("NAFT");
		MockHttpServletResponse response = this.signedIn.as(ADMIN,
				post("/beheer/gebruikers/nieuw").with(csrf())
					.param("username", username)
					.param("displayName", "Nora Naft")
					.param("email", "nora@aanboord.test")
					.param("password", "een sterk wachtwoord")
					.param("roles", "COORDINATOR")
					.param("projectIds", String.valueOf(naft))
					.param("enabled", "true"));
		assertThat(response.getRedirectedUrl()).isEqualTo("/beheer/gebruikers");
		CurrentUser created = this.accounts.signedIn(username);
		assertThat(created.getRoles()).containsExactly(Role.COORDINATOR);
		assertThat(created.getProjectIds()).containsExactly(naft);
		assertThat(login(username, "een sterk wachtwoord")).endsWith("/start");
	}

	@Test
	void invalidInputShowsDutchMessagesNextToTheFieldsAndKeepsWhatWasTyped() throws Exception {
		MockHttpServletResponse response = this.signedIn.as(ADMIN,
				post("/beheer/gebruikers/nieuw").with(csrf())
					.param("username", "beheerder")
					.param("displayName", "Getypte Naam")
					.param("email", "geen-adres")
					.param("password", "te kort")
					.param("roles", "COORDINATOR", "PARTNER"));
		Document page = parse(response);
		assertThat(page.select("form .alert-danger").text()).contains("Het formulier bevat fouten");
		assertThat(page.getElementById("username-fout").text()).isEqualTo("Deze gebruikersnaam is al in gebruik.");
		assertThat(page.getElementById("email-fout").text()).isEqualTo("Dit is geen geldig e-mailadres.");
		assertThat(page.getElementById("password-fout").text()).isEqualTo("Een wachtwoord heeft minstens 12 tekens.");
		assertThat(page.getElementById("projectIds-fout").text())
			.isEqualTo("Kies minstens één project voor een coördinator.");
		assertThat(page.getElementById("organisationId-fout").text()).isEqualTo("Kies de organisatie van een partner.");
		assertThat(page.getElementById("displayName").val()).isEqualTo("Getypte Naam");
		assertThat(page.getElementById("email").val()).isEqualTo("geen-adres");
		assertThat(response.getContentAsString()).as("the password is never sent back").doesNotContain("te kort");
	}

	@Test
	void aStaleFormIsRefusedWithAConflictMessageAndKeepsTheInput() throws Exception {
		String username = this.accounts.create("een lang wachtwoord", Role.EDITOR);
		long id = this.accounts.idOf(username);
		int version = version(id);
		assertThat(update(id, version, "Eerste wijziging").getRedirectedUrl()).isEqualTo("/beheer/gebruikers");
		MockHttpServletResponse stale = update(id, version, "Tweede wijziging");
		assertThat(stale.getStatus()).isEqualTo(200);
		Document page = parse(stale);
		assertThat(page.select("[role=alert]").text()).contains("Iemand anders heeft deze gegevens intussen gewijzigd");
		assertThat(page.getElementById("displayName").val()).isEqualTo("Tweede wijziging");
		assertThat(
				this.jdbc.sql("select display_name from account where id = ?").param(id).query(String.class).single())
			.isEqualTo("Eerste wijziging");
	}

	@Test
	void disablingAUserStopsTheirLogin() throws Exception {
		String username = this.accounts.create("een lang wachtwoord", Role.CITY);
		long id = this.accounts.idOf(username);
		MockHttpServletResponse response = this.signedIn.as(ADMIN,
				post("/beheer/gebruikers/{id}", id).with(csrf())
					.param("displayName", "Uitgeschakeld")
					.param("email", username + "@aanboord.test")
					.param("roles", "CITY")
					.param("_enabled", "on")
					.param("version", String.valueOf(version(id))));
		assertThat(response.getRedirectedUrl()).isEqualTo("/beheer/gebruikers");
		assertThat(login(username, "een lang wachtwoord")).endsWith("/login?fout=1");
	}

	@Test
	void theAdminCannotDisableThemself() throws Exception {
		long id = this.accounts.idOf(ADMIN);
		Document page = this.signedIn.page(ADMIN,
				post("/beheer/gebruikers/{id}", id).with(csrf())
					.param("displayName", "Bea Beheer (demo)")
					.param("email", "beheerder@aanboord.test")
					.param("roles", "ADMIN")
					.param("_enabled", "on")
					.param("version", String.valueOf(version(id))));
		assertThat(page.select("form [role=alert]").eachText())
			.anySatisfy((text) -> assertThat(text).contains("Je kan je eigen account niet uitschakelen"));
		assertThat(this.accounts.signedIn(ADMIN).isEnabled()).isTrue();
	}

	@Test
	void theUserListShowsRolesAndOrganisations() throws Exception {
		Document page = this.signedIn.page(ADMIN, get("/beheer/gebruikers"));
		assertThat(page.select("#gebruikers tbody tr td:first-child").eachText()).contains("coordinator");
		assertThat(page.select("#gebruikers tbody td:nth-child(4)").eachText()).contains("Coördinator", "Stad Leuven");
		assertThat(page.select("#gebruikers tbody td:nth-child(5)").eachText()).contains("Arktos");
	}

	@Test
	void theAdminSearchesUsersByUsernameNameOrEmailAndThePagesKeepTheSearch() throws Exception {
		String username = this.accounts.create("een lang wachtwoord", Role.CITY);
		long id = this.accounts.idOf(username);
		this.jdbc.sql("update account set display_name = 'Zoë Zoekbaar', email = 'zoe.zoek@leuven.test' where id = ?")
			.param(id)
			.update();
		for (String search : new String[] { username.toUpperCase(), "zoë zoek", "ZOE.ZOEK@LEUVEN" }) {
			Document page = search(search);
			assertThat(page.select("#gebruikers tbody tr td:first-child").eachText()).as(search)
				.containsExactly(username);
			assertThat(page.getElementById("zoek").val()).isEqualTo(search);
		}
		assertThat(search("%_").getElementById("geen-gebruikers")).isNotNull();
		assertThat(search("demo").select("#gebruikers tbody tr")).hasSizeGreaterThanOrEqualTo(5);
		for (int i = 0; i < 26; i++) {
			this.accounts.create("een lang wachtwoord", Role.EDITOR);
		}
		Document first = search("test-");
		assertThat(first.select("#gebruikers tbody tr")).hasSize(25);
		assertThat(first.select("nav .pagination a").eachAttr("href"))
			.contains("/beheer/gebruikers?zoek=test-&pagina=1");
		assertThat(first.select("#gebruikers th").eachText()).contains("Laatst aangemeld", "Vergrendeld");
	}

	@Test
	void aSuccessfulLoginIsShownAsTheLastSignInInBrusselsTime() throws Exception {
		String username = this.accounts.create("een lang wachtwoord", Role.CITY);
		assertThat(search(username).select("td.last-sign-in").text()).isEqualTo("nog nooit");
		Instant before = Instant.now().minusSeconds(1);
		assertThat(login(username, "een lang wachtwoord")).endsWith("/start");
		Instant recorded = this.jdbc.sql("select last_sign_in_at from account where username = ?")
			.param(username)
			.query(OffsetDateTime.class)
			.single()
			.toInstant();
		assertThat(recorded).isAfter(before);
		assertThat(search(username).select("td.last-sign-in").text()).isEqualTo(
				DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").format(recorded.atZone(ZoneId.of("Europe/Brussels"))));
	}

	@Test
	void theAdminUnlocksAnAccountTheLoginThrottleLocked() throws Exception {
		String username = this.accounts.create("een lang wachtwoord", Role.CITY);
		long id = this.accounts.idOf(username);
		for (int i = 0; i < 10; i++) {
			login(username, "fout");
		}
		Document locked = search(username);
		assertThat(locked.select("td.lock").text()).startsWith("ja, tot ");
		Element form = locked.select("td.lock form").first();
		assertThat(form.attr("method")).isEqualTo("post");
		assertThat(form.attr("action")).isEqualTo("/beheer/gebruikers/" + id + "/ontgrendelen");
		assertThat(form.select("input[name=_csrf]")).isNotEmpty();
		int version = version(id);

		assertThat(this.signedIn.status(null, post("/beheer/gebruikers/{id}/ontgrendelen", id).with(csrf())))
			.as("anonymous")
			.isEqualTo(302);
		assertThat(this.signedIn.status("stad", post("/beheer/gebruikers/{id}/ontgrendelen", id).with(csrf())))
			.isEqualTo(403);
		assertThat(this.signedIn.status(ADMIN, post("/beheer/gebruikers/{id}/ontgrendelen", id)))
			.as("without CSRF token")
			.isEqualTo(403);
		assertThat(this.jdbc.sql("select locked_until is not null from account where id = ?")
			.param(id)
			.query(Boolean.class)
			.single()).isTrue();

		MockHttpServletResponse unlocked = this.signedIn.as(ADMIN,
				post("/beheer/gebruikers/{id}/ontgrendelen", id).with(csrf()).param("zoek", username));
		assertThat(unlocked.getRedirectedUrl()).isEqualTo("/beheer/gebruikers?zoek=" + username);
		assertThat(unlocked.getStatus()).isEqualTo(302);
		assertThat(version(id)).as("unlocking does not conflict with an edit").isEqualTo(version);
		assertThat(search(username).select("td.lock").text()).isEqualTo("nee");
		assertThat(login(username, "een lang wachtwoord")).endsWith("/start");
	}

	@Test
	void theEditFormSaysThatAnEmptyPasswordKeepsThePasswordAndANewOneReplacesIt() throws Exception {
		String username = this.accounts.create("een lang wachtwoord", Role.CITY);
		long id = this.accounts.idOf(username);
		Document form = this.signedIn.page(ADMIN, get("/beheer/gebruikers/{id}", id));
		assertThat(form.select("label[for=password]").text()).isEqualTo("Nieuw wachtwoord");
		assertThat(form.getElementById("password-hint").text())
			.startsWith("Laat dit veld leeg om het huidige wachtwoord te behouden.");
		assertThat(form.getElementById("password").attr("aria-describedby")).contains("password-hint");

		String hash = hash(id);
		assertThat(edit(id, "").getRedirectedUrl()).isEqualTo("/beheer/gebruikers");
		assertThat(hash(id)).as("an empty field keeps the password").isEqualTo(hash);
		assertThat(parse(edit(id, "te kort")).getElementById("password-fout").text())
			.isEqualTo("Een wachtwoord heeft minstens 12 tekens.");
		assertThat(hash(id)).isEqualTo(hash);
		assertThat(edit(id, "een ander lang wachtwoord").getRedirectedUrl()).isEqualTo("/beheer/gebruikers");
		assertThat(login(username, "een ander lang wachtwoord")).endsWith("/start");
	}

	private MockHttpServletResponse update(long id, int version, String displayName) throws Exception {
		return this.signedIn.as(ADMIN,
				post("/beheer/gebruikers/{id}", id).with(csrf())
					.param("displayName", displayName)
					.param("email", "iemand@aanboord.test")
					.param("roles", "EDITOR")
					.param("enabled", "true")
					.param("version", String.valueOf(version)));
	}

	private MockHttpServletResponse edit(long id, String password) throws Exception {
		return this.signedIn.as(ADMIN,
				post("/beheer/gebruikers/{id}", id).with(csrf())
					.param("displayName", "Stadsmedewerker")
					.param("email", "stad-" + id + "@aanboord.test")
					.param("password", password)
					.param("roles", "CITY")
					.param("enabled", "true")
					.param("version", String.valueOf(version(id))));
	}

	/** Signs in through the login form; returns where it redirects. */
	private String login(String username, String password) throws Exception {
		MockHttpServletRequestBuilder login = post("/login").with(csrf())
			.param("username", username)
			.param("password", password);
		return this.signedIn.as(null, login).getRedirectedUrl();
	}

	private String hash(long id) {
		return this.jdbc.sql("select password_hash from account where id = ?").param(id).query(String.class).single();
	}

	private Document search(String text) throws Exception {
		MockHttpServletResponse response = this.signedIn.as(ADMIN, get("/beheer/gebruikers").param("zoek", text));
		assertThat(response.getStatus()).as(text).isEqualTo(200);
		return parse(response);
	}

	private static Document parse(MockHttpServletResponse response) throws Exception {
		return Jsoup.parse(response.getContentAsString());
	}

	private int version(long id) {
		return this.jdbc.sql("select version from account where id = ?").param(id).query(Integer.class).single();
	}

	private long projectId(String code) {
		return this.jdbc.sql("select id from project where code = ?").param(code).query(Long.class).single();
	}

}
