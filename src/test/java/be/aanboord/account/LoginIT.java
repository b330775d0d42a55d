package be.aanboord.account;

import java.util.Arrays;

import be.aanboord.IntegrationTest;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LoginIT {

	private static final String PASSWORD = "een lang geheim wachtwoord";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void rightCredentialsOpenMyPage() throws Exception {
		String username = this.accounts.create(PASSWORD, Role.EDITOR);
		MvcResult result = login(username, PASSWORD, null);
		assertThat(result.getResponse().getRedirectedUrl()).endsWith("/start");
		Document page = Jsoup.parse(this.mvc.perform(get("/start").cookie(sessionOf(result)))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page.select("h1").text()).isEqualTo("Welkom, Test " + username);
		assertThat(page.text()).contains("Redactie");
	}

	@Test
	void unknownUserAndWrongPasswordGetTheSameDutchMessage() throws Exception {
		String username = this.accounts.create(PASSWORD, Role.CITY);
		MockHttpServletResponse wrongPassword = login(username, "niet het juiste wachtwoord", null).getResponse();
		MockHttpServletResponse unknownUser = login("bestaat-niet-" + username, PASSWORD, null).getResponse();
		assertThat(wrongPassword.getRedirectedUrl()).isEqualTo(unknownUser.getRedirectedUrl())
			.endsWith("/login?fout=1");
		Document page = Jsoup
			.parse(this.mvc.perform(get("/login?fout=1")).andReturn().getResponse().getContentAsString());
		assertThat(page.getElementById("login-fout").text())
			.contains("Aanmelden mislukt: de gebruikersnaam of het wachtwoord klopt niet.");
	}

	@Test
	void aFailedLoginKeepsTheTypedUsername() throws Exception {
		MvcResult failed = login("iemand-die-zich-vergist", "fout wachtwoord!", null);
		Cookie username = failed.getResponse().getCookie(LoginFailureHandler.COOKIE_NAME);
		assertThat(username).isNotNull();
		assertThat(username.getPath()).isEqualTo("/login");
		assertThat(username.isHttpOnly()).isTrue();
		MockHttpServletResponse page = this.mvc.perform(get("/login?fout=1").cookie(username))
			.andReturn()
			.getResponse();
		assertThat(Jsoup.parse(page.getContentAsString()).getElementById("username").val())
			.isEqualTo("iemand-die-zich-vergist");
		assertThat(page.getCookie(LoginFailureHandler.COOKIE_NAME).getMaxAge()).as("read once, then deleted").isZero();
	}

	@Test
	void tenFailuresLockTheAccountEvenForTheRightPassword() throws Exception {
		String username = this.accounts.create(PASSWORD, Role.PARTNER);
		for (int i = 0; i < 10; i++) {
			assertThat(login(username, "fout-" + i, null).getResponse().getRedirectedUrl()).endsWith("/login?fout=1");
		}
		assertThat(login(username, PASSWORD, null).getResponse().getRedirectedUrl()).endsWith("/login?fout=1");
		assertThat(this.jdbc.sql("select locked_until > now() from account where username = ?")
			.param(username)
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void nineFailuresDoNotLockAndASuccessResetsTheCount() throws Exception {
		String username = this.accounts.create(PASSWORD, Role.PARTNER);
		for (int i = 0; i < 9; i++) {
			login(username, "fout-" + i, null);
		}
		assertThat(login(username, PASSWORD, null).getResponse().getRedirectedUrl()).endsWith("/start");
		assertThat(this.jdbc.sql("select failed_logins from account where username = ?")
			.param(username)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void theSessionIdChangesAtLogin() throws Exception {
		String username = this.accounts.create(PASSWORD, Role.CITY);
		Cookie planted = new Cookie("SESSION", "ZDZlYjY5ZjMtZDU2Yi00ZTQxLWI3ZjQtNjZlMjM4YmQyNzYx");
		MvcResult result = login(username, PASSWORD, planted);
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/start");
		Cookie session = sessionOf(result);
		assertThat(session.getValue()).as("a session id chosen by someone else is never adopted")
			.isNotEqualTo(planted.getValue());
		MvcResult again = login(this.accounts.create(PASSWORD, Role.CITY), PASSWORD, session);
		assertThat(sessionOf(again).getValue()).as("an existing session gets a new id at login")
			.isNotEqualTo(session.getValue());
	}

	@Test
	void logoutEndsTheSession() throws Exception {
		String username = this.accounts.create(PASSWORD, Role.CITY);
		Cookie session = sessionOf(login(username, PASSWORD, null));
		assertThat(this.mvc.perform(get("/start").cookie(session)).andReturn().getResponse().getStatus())
			.isEqualTo(200);
		MockHttpServletResponse logout = this.mvc.perform(post("/logout").cookie(session).with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(logout.getRedirectedUrl()).isEqualTo("/?afgemeld");
		MockHttpServletResponse afterwards = this.mvc.perform(get("/start").cookie(session)).andReturn().getResponse();
		assertThat(afterwards.getRedirectedUrl()).endsWith("/login");
	}

	@Test
	void aDisabledAccountCannotLogIn() throws Exception {
		String username = this.accounts.create(PASSWORD, Role.CITY);
		this.jdbc.sql("update account set enabled = false where username = ?").param(username).update();
		assertThat(login(username, PASSWORD, null).getResponse().getRedirectedUrl()).endsWith("/login?fout=1");
	}

	@Test
	void failedLoginsAreLoggedWithoutThePassword(CapturedOutput output) throws Exception {
		login("iemand", "mijn-geheime-poging-123", null);
		assertThat(output).contains("Login failed for user 'iemand'").doesNotContain("mijn-geheime-poging-123");
	}

	@Test
	void accessDeniedIsLogged(CapturedOutput output) throws Exception {
		String username = this.accounts.create(PASSWORD, Role.PARTNER);
		Cookie session = sessionOf(login(username, PASSWORD, null));
		assertThat(this.mvc.perform(get("/beheer/gebruikers").cookie(session)).andReturn().getResponse().getStatus())
			.isEqualTo(403);
		assertThat(output).contains("Access denied to GET /beheer/gebruikers for " + username);
	}

	private MvcResult login(String username, String password, Cookie session) throws Exception {
		var request = post("/login").param("username", username).param("password", password).with(csrf());
		if (session != null) {
			request = request.cookie(session);
		}
		return this.mvc.perform(request).andReturn();
	}

	/** The session cookie Spring Session set on the response. */
	private static Cookie sessionOf(MvcResult result) {
		return Arrays.stream(result.getResponse().getCookies())
			.filter((cookie) -> cookie.getName().endsWith("SESSION"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie"));
	}

}
