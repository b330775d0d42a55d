package be.aanboord.system;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import be.aanboord.CsrfToken;
import be.aanboord.ServerTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What only a real server shows: error dispatch, the management port, the session cookie.
 */
@ServerTest
class RunningServerIT {

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Autowired
	JdbcClient jdbc;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(this.cookies)
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@Test
	void anUnknownAddressGivesTheDutch404PageWithAReference() throws Exception {
		HttpResponse<String> response = get("/bestaat-niet");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(Jsoup.parse(response.body()).text()).contains("Pagina niet gevonden")
			.contains("Referentie voor de helpdesk");
		assertThat(response.body()).doesNotContain("Whitelabel", "Exception");
	}

	@Test
	void anUnknownProjectGivesThe404Page() throws Exception {
		HttpResponse<String> response = get("/projecten/bestaat-niet");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(Jsoup.parse(response.body()).text()).contains("Pagina niet gevonden");
	}

	@Test
	void aPartnerOnAnAdminPageGetsTheDutch403Page() throws Exception {
		String token = CsrfToken.of(get("/login").body());
		assertThat(sessionCookie()).as("the login form, with its CSRF token, starts no session").isNull();
		assertThat(cookie("AANBOORD_CSRF")).as("the login form's CSRF token lives in a cookie").isNotNull();
		HttpResponse<String> login = post("/login", "username=partner&password=AanBoord-demo-2026&_csrf="
				+ URLEncoder.encode(token, StandardCharsets.UTF_8));
		assertThat(login.headers().firstValue("Location")).hasValue("/start");
		assertThat(login.headers().allValues("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("AANBOORD_SESSION=")
				.contains("HttpOnly")
				.contains("SameSite=Lax")
				.doesNotContain("Secure"));
		assertThat(sessionCookie()).as("a session from the login on").isNotNull();
		assertThat(
				this.jdbc.sql("select max(max_inactive_interval) from spring_session where principal_name = 'partner'")
					.query(Integer.class)
					.single())
			.as("idle timeout of a signed-in session, in seconds")
			.isEqualTo(1800);
		HttpResponse<String> denied = get("/beheer/gebruikers");
		assertThat(denied.statusCode()).isEqualTo(403);
		assertThat(Jsoup.parse(denied.body()).text()).contains("Geen toegang").contains("Referentie voor de helpdesk");
	}

	/**
	 * The default configuration trusts a proxy on the same machine (loopback): behind it,
	 * on HTTPS, the session cookie is Secure; and even a forwarded host from a trusted
	 * proxy never appears in a redirect, which carries a path only.
	 */
	@Test
	void behindATrustedTlsProxyTheSessionCookieIsSecureAndRedirectsStayRelative() throws Exception {
		HttpClient proxy = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		HttpResponse<String> prompt = proxy
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/start"))
				.header("X-Forwarded-Proto", "https")
				.header("X-Forwarded-Host", "aanboord.example")
				.header("X-Forwarded-For", "203.0.113.7")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(prompt.statusCode()).isEqualTo(302);
		assertThat(prompt.headers().firstValue("Location")).hasValue("/login");
		HttpResponse<String> form = proxy
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login"))
				.header("X-Forwarded-Proto", "https")
				.build(), HttpResponse.BodyHandlers.ofString());
		String csrfCookie = form.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("AANBOORD_CSRF="))
			.findFirst()
			.orElseThrow();
		assertThat(csrfCookie).contains("Secure").contains("HttpOnly");
		String token = CsrfToken.of(form.body());
		HttpResponse<String> login = proxy
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("X-Forwarded-Proto", "https")
				.header("X-Forwarded-Host", "aanboord.example")
				.header("Cookie", csrfCookie.substring(0, csrfCookie.indexOf(';')))
				.POST(HttpRequest.BodyPublishers.ofString("username=stad&password=AanBoord-demo-2026&_csrf="
						+ URLEncoder.encode(token, StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.headers().firstValue("Location")).hasValue("/start");
		assertThat(login.headers().allValues("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("AANBOORD_SESSION=").contains("Secure"));
	}

	@Test
	void healthAndMetricsAreOnTheManagementPortOnly() throws Exception {
		HttpResponse<String> liveness = send(HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.managementPort + "/actuator/health/liveness"))
			.build());
		assertThat(liveness.statusCode()).isEqualTo(200);
		assertThat(liveness.body()).contains("\"UP\"");
		HttpResponse<String> readiness = send(HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.managementPort + "/actuator/health/readiness"))
			.build());
		assertThat(readiness.statusCode()).isEqualTo(200);
		HttpResponse<String> metrics = send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.managementPort + "/actuator/prometheus"))
					.build());
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("http_server_requests");
		assertThat(get("/actuator/health").statusCode()).isEqualTo(404);
		assertThat(get("/actuator/prometheus").statusCode()).isEqualTo(404);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html")
			.build());
	}

	private HttpResponse<String> post(String path, String form) throws Exception {
		return send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build());
	}

	private String sessionCookie() {
		return cookie("AANBOORD_SESSION");
	}

	private String cookie(String name) {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals(name))
			.map(java.net.HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	private HttpResponse<String> send(HttpRequest request) throws Exception {
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
