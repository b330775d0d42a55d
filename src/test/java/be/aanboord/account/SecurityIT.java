package be.aanboord.account;

import java.util.List;

import be.aanboord.IntegrationTest;
import be.aanboord.SignedIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@IntegrationTest
class SecurityIT {

	private static final List<String> PUBLIC_PAGES = List.of("/", "/projecten", "/projecten/risk-bao", "/partners",
			"/toegankelijkheid");

	@Autowired
	MockMvc mvc;

	@Autowired
	SignedIn signedIn;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyPageSendsStrictSecurityHeaders() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/")).andReturn().getResponse();
		String csp = response.getHeader("Content-Security-Policy");
		assertThat(csp).contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'",
				"object-src 'none'");
		assertThat(csp).doesNotContain("unsafe-inline", "unsafe-eval");
		assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
		assertThat(response.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
	}

	@Test
	void privatePagesAreNeverStored() throws Exception {
		MockHttpServletResponse response = this.signedIn.as("stad", get("/start"));
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getHeader("Cache-Control")).contains("no-store");
	}

	@Test
	void anonymousVisitorsOfPublicPagesGetNoSession() throws Exception {
		long before = sessionCount();
		for (String page : PUBLIC_PAGES) {
			MockHttpServletResponse response = this.mvc.perform(get(page)).andReturn().getResponse();
			assertThat(response.getStatus()).as(page).isEqualTo(200);
			assertThat(response.getHeaders("Set-Cookie")).as(page).noneMatch((c) -> c.startsWith("AANBOORD_SESSION"));
		}
		assertThat(sessionCount()).isEqualTo(before);
	}

	@Test
	void aPostWithoutCsrfTokenIsRejected() throws Exception {
		assertThat(this.signedIn.status("coordinator",
				post("/mijn-account/wachtwoord").param("currentPassword", TestAccounts.DEMO_PASSWORD)
					.param("newPassword", "een-heel-nieuw-wachtwoord")
					.param("confirmation", "een-heel-nieuw-wachtwoord")))
			.isEqualTo(403);
		MockHttpServletResponse login = this.mvc
			.perform(post("/login").param("username", "coordinator").param("password", TestAccounts.DEMO_PASSWORD))
			.andReturn()
			.getResponse();
		assertThat(login.getRedirectedUrl()).as("not signed in: sent back to the login form").isEqualTo("/login");
		assertThat(
				this.mvc.perform(get("/start").cookie(login.getCookies())).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/login");
		MockHttpServletResponse forged = this.mvc
			.perform(post("/login").param("username", "coordinator")
				.param("password", TestAccounts.DEMO_PASSWORD)
				.with(csrf().useInvalidToken()))
			.andReturn()
			.getResponse();
		assertThat(forged.getRedirectedUrl()).isEqualTo("/login");
		assertThat(this.mvc.perform(get("/start").cookie(forged.getCookies()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/login");
	}

	@Test
	void aSignedInUsersPostWithATokenOfAnotherSessionIsRefused() throws Exception {
		MockHttpServletResponse response = this.signedIn.as("coordinator",
				post("/mijn-account/wachtwoord").header("HX-Request", "true")
					.with(csrf().useInvalidToken())
					.param("currentPassword", TestAccounts.DEMO_PASSWORD));
		assertThat(response.getStatus()).isEqualTo(403);
		assertThat(response.getHeader("HX-Redirect")).isNull();
	}

	@Test
	void aPostWithAForgedCsrfTokenIsRejected() throws Exception {
		assertThat(this.signedIn.status("beheerder",
				post("/beheer/gebruikers/nieuw").with(csrf().useInvalidToken()).param("username", "indringer")))
			.isEqualTo(403);
	}

	@Test
	void passwordsAreStoredAsArgon2Hashes() {
		List<String> hashes = this.jdbc.sql("select password_hash from account").query(String.class).list();
		assertThat(hashes).isNotEmpty().allSatisfy((hash) -> assertThat(hash).startsWith("{argon2}$argon2id$"));
	}

	private long sessionCount() {
		return this.jdbc.sql("select count(*) from spring_session").query(Long.class).single();
	}

}
