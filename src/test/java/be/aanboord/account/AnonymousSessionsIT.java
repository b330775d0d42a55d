package be.aanboord.account;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import be.aanboord.CsrfToken;
import be.aanboord.ServerTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Anonymous visitors store nothing on the server: no row in {@code spring_session} for
 * the login page, for protected pages (the return address lives in a cookie), or for a
 * failed login, counted in the database behind a real server. A session starts at
 * sign-in.
 */
@ServerTest
class AnonymousSessionsIT {

	private static final List<String> PROTECTED = List.of("/start", "/trajecten/1", "/trajecten/dashboard", "/scholen",
			"/budget", "/beheer/gebruikers", "/mijn-account/wachtwoord", "/toolbox/mijn-fiches");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	/** A crawler: no cookies kept between requests. */
	private final HttpClient crawler = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final CookieManager cookies = new CookieManager();

	private final long start = System.currentTimeMillis();

	/** A browser: cookies kept. */
	private final HttpClient browser = HttpClient.newBuilder()
		.cookieHandler(this.cookies)
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@Test
	void aThousandAnonymousRequestsForTheLoginPageAndProtectedPagesAddNoSessionRow() throws Exception {
		for (int i = 0; i < 1000; i++) {
			HttpResponse<String> login = get(this.crawler, "/login");
			assertThat(login.statusCode()).isEqualTo(200);
			assertThat(Jsoup.parse(login.body()).select("form input[name=_csrf]")).isNotEmpty();
			HttpResponse<String> trajectories = get(this.crawler, "/trajecten");
			assertThat(trajectories.statusCode()).isEqualTo(302);
			assertThat(trajectories.headers().firstValue("Location")).hasValue("/login");
		}
		for (String page : PROTECTED) {
			assertThat(get(this.crawler, page).statusCode()).as(page).isEqualTo(302);
			assertThat(get(this.browser, page).statusCode()).as(page).isEqualTo(302);
		}
		HttpResponse<String> htmx = this.crawler.send(HttpRequest.newBuilder(address("/trajecten/1/sessies"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("HX-Request", "true")
			.header("HX-Current-URL", "http://localhost:" + this.port + "/trajecten/1")
			.POST(HttpRequest.BodyPublishers.ofString("hours=1&_csrf=verlopen"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(htmx.headers().firstValue("HX-Redirect")).hasValue("/login");

		HttpResponse<String> failed = post(this.browser, "/login", "username=iemand-anders&password=fout&_csrf="
				+ URLEncoder.encode(CsrfToken.of(get(this.browser, "/login").body()), StandardCharsets.UTF_8));
		assertThat(failed.headers().firstValue("Location")).hasValue("/login?fout=1");
		Document page = Jsoup.parse(get(this.browser, "/login?fout=1").body());
		assertThat(page.getElementById("login-fout").text()).contains("Aanmelden mislukt");
		assertThat(page.getElementById("username").val()).isEqualTo("iemand-anders");
		assertThat(sessionRows()).as("rows in spring_session after anonymous requests").isZero();
	}

	@Test
	void signingInStartsOneSessionWithANewIdAndReturnsToThePageAskedFor() throws Exception {
		assertThat(get(this.browser, "/trajecten?schooljaar=alle").headers().firstValue("Location")).hasValue("/login");
		String form = get(this.browser, "/login").body();
		HttpResponse<String> login = post(this.browser, "/login",
				"username=coordinator&password=" + TestAccounts.DEMO_PASSWORD + "&_csrf="
						+ URLEncoder.encode(CsrfToken.of(form), StandardCharsets.UTF_8));
		assertThat(login.headers().firstValue("Location")).hasValue("/trajecten?schooljaar=alle");
		assertThat(sessionRows()).isEqualTo(1);
		HttpResponse<String> page = get(this.browser, "/trajecten?schooljaar=alle");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(this.cookies.getCookieStore().getCookies())
			.noneMatch((cookie) -> cookie.getName().equals("REDIRECT_URI") && !cookie.getValue().isEmpty());
	}

	@Test
	void aPostWithoutAValidTokenIsRefusedAndSignsNobodyIn() throws Exception {
		get(this.browser, "/login");
		HttpResponse<String> forged = post(this.browser, "/login",
				"username=coordinator&password=" + TestAccounts.DEMO_PASSWORD + "&_csrf=vervalst");
		assertThat(forged.statusCode()).isEqualTo(302);
		assertThat(forged.headers().firstValue("Location")).hasValue("/login");
		assertThat(forged.headers().allValues("Set-Cookie")).noneMatch((c) -> c.startsWith("AANBOORD_SESSION="));
		assertThat(get(this.browser, "/start").headers().firstValue("Location")).hasValue("/login");
	}

	/** Rows of spring_session created since this test began. */
	private long sessionRows() {
		return this.jdbc.sql("select count(*) from spring_session where creation_time >= ?")
			.param(this.start)
			.query(Long.class)
			.single();
	}

	private URI address(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private HttpResponse<String> get(HttpClient client, String path) throws Exception {
		return client.send(HttpRequest.newBuilder(address(path)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(HttpClient client, String path, String form) throws Exception {
		return client.send(HttpRequest.newBuilder(address(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
