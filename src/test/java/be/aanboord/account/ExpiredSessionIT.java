package be.aanboord.account;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import be.aanboord.IntegrationTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Logging a session on a trajectory page after the login expired: the browser goes to the
 * login page (htmx through {@code HX-Redirect}, a plain form through a 302), also when
 * the form's CSRF token died with the session, and after sign-in comes back to the
 * trajectory page, not to the address of the POST.
 */
@IntegrationTest
class ExpiredSessionIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private long id;

	private String page;

	/** A session cookie whose session no longer exists. */
	private final Cookie expired = new Cookie("SESSION", "MGQ1ZjY3YzktOWE0ZC00YjBkLWE5ZWYtZDU0YWY4N2M0NDEy");

	@BeforeEach
	void aTrajectory() {
		this.id = this.jdbc.sql("select min(id) from trajectory").query(Long.class).single();
		this.page = "/trajecten/" + this.id;
	}

	@Test
	void anHtmxPostWithTheTokenOfAnExpiredSessionIsSentToLoginAndBackToTheTrajectory() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(logSession().cookie(this.expired)
				.param("_csrf", "token-van-de-verlopen-sessie")
				.header("HX-Request", "true")
				.header("HX-Current-URL", "http://localhost:8080" + this.page))
			.andReturn()
			.getResponse();
		assertThat(response.getHeader("HX-Redirect")).isEqualTo("/login");
		assertThat(response.getStatus()).isEqualTo(401);
		assertThat(response.getRedirectedUrl()).as("no 302 for htmx to follow inside its request").isNull();
		assertThat(signIn(response.getCookie("REDIRECT_URI"))).isEqualTo(this.page);
	}

	@Test
	void anHtmxPostWithoutSessionButWithAValidTokenIsSentToLoginToo() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(logSession().with(csrf())
				.header("HX-Request", "true")
				.header("HX-Current-URL", "http://localhost:8080" + this.page + "?tab=sessies"))
			.andReturn()
			.getResponse();
		assertThat(response.getHeader("HX-Redirect")).isEqualTo("/login");
		assertThat(signIn(response.getCookie("REDIRECT_URI"))).isEqualTo(this.page + "?tab=sessies");
	}

	@Test
	void aPlainFormPostAfterTheSessionExpiredIsRedirectedToLoginAndBackToTheTrajectory() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(logSession().cookie(this.expired)
				.param("_csrf", "token-van-de-verlopen-sessie")
				.header("Referer", "http://localhost:8080" + this.page))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(response.getRedirectedUrl()).isEqualTo("/login");
		assertThat(response.getHeader("HX-Redirect")).isNull();
		String back = signIn(response.getCookie("REDIRECT_URI"));
		assertThat(back).isEqualTo(this.page);
	}

	@Test
	void aReturnAddressNeverLeavesTheSite() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(logSession().with(csrf())
				.header("HX-Request", "true")
				.header("HX-Current-URL", "https://evil.example//evil.example/x"))
			.andReturn()
			.getResponse();
		assertThat(response.getHeader("HX-Redirect")).isEqualTo("/login");
		Cookie saved = response.getCookie("REDIRECT_URI");
		assertThat(signIn((saved != null && saved.getMaxAge() != 0) ? saved : null)).isEqualTo("/start");
		Cookie forged = new Cookie("REDIRECT_URI",
				Base64.getEncoder().encodeToString("//evil.example/".getBytes(StandardCharsets.UTF_8)));
		assertThat(signIn(forged)).isEqualTo("/start");
	}

	@Test
	void afterSignInTheTrajectoryPageOpens() throws Exception {
		MockHttpServletResponse prompt = this.mvc.perform(get(this.page)).andReturn().getResponse();
		assertThat(prompt.getRedirectedUrl()).isEqualTo("/login");
		MockHttpServletResponse login = this.mvc
			.perform(post("/login").param("username", "beheerder")
				.param("password", TestAccounts.DEMO_PASSWORD)
				.cookie(prompt.getCookie("REDIRECT_URI"))
				.with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(login.getRedirectedUrl()).isEqualTo(this.page);
		MockHttpServletResponse trajectory = this.mvc
			.perform(get(this.page).cookie(login.getCookie("SESSION"), prompt.getCookie("REDIRECT_URI")))
			.andReturn()
			.getResponse();
		assertThat(trajectory.getStatus()).isEqualTo(200);
		assertThat(trajectory.getCookie("REDIRECT_URI").getMaxAge()).as("the return address is used once").isZero();
	}

	private MockHttpServletRequestBuilder logSession() {
		return post(this.page + "/sessies").param("sessionDate", "2026-10-05")
			.param("hours", "1")
			.param("activity", "Overleg");
	}

	/** Signs in as the administrator with the given return address; where it leads. */
	private String signIn(Cookie returnAddress) throws Exception {
		MockHttpServletRequestBuilder login = post("/login").param("username", "beheerder")
			.param("password", TestAccounts.DEMO_PASSWORD)
			.with(csrf());
		if (returnAddress != null) {
			login = login.cookie(returnAddress);
		}
		return this.mvc.perform(login).andReturn().getResponse().getRedirectedUrl();
	}

}
