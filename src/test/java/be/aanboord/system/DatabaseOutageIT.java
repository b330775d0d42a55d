package be.aanboord.system;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import be.aanboord.CsrfToken;
import be.aanboord.TestDatabase;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal while its database is stopped or frozen, on a real server whose datasource
 * goes through a relay the test cuts ({@link DatabaseRelay}): every page that needs the
 * database answers the Dutch 503 page within 3 seconds (signed in or not, a GET, a form,
 * the sign-in, an htmx request), a public page kept earlier keeps answering, liveness and
 * readiness stay up, and the portal answers again within 5 seconds of the database's
 * return.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "aanboord.public-pages.cache-ttl=1s", "spring.datasource.hikari.minimum-idle=4" })
@ActiveProfiles("test")
@ContextConfiguration(initializers = { TestDatabase.class, DatabaseRelay.class })
class DatabaseOutageIT {

	private static final Duration MOST = Duration.ofSeconds(3);

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(this.cookies)
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final HttpClient anonymous = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private String keptHome;

	@BeforeEach
	void signInAndKeepTheHomePage() throws Exception {
		String token = CsrfToken.of(send(this.http, get("/login")).body());
		HttpResponse<String> login = send(this.http,
				post("/login", "username=coordinator&password=AanBoord-demo-2026&_csrf=" + encode(token)));
		assertThat(login.headers().firstValue("Location")).hasValue("/start");
		assertThat(send(this.http, get("/trajecten")).statusCode()).isEqualTo(200);
		HttpResponse<String> home = send(this.anonymous, get("/"));
		assertThat(home.statusCode()).isEqualTo(200);
		this.keptHome = home.body();
	}

	@AfterEach
	void databaseBack() throws Exception {
		DatabaseRelay.current().resume();
	}

	@Test
	void aStoppedDatabaseGivesThe503PageInTimeAndKeptPublicPagesStillAnswer() throws Exception {
		DatabaseRelay.current().stop();
		everyDatabasePageAnswers503InTime();
		theKeptHomePageStillAnswers();
		probesStayUp();
		answersAgainWithinFiveSecondsOfTheReturn();
	}

	@Test
	void aFrozenDatabaseGivesThe503PageInTimeAndKeptPublicPagesStillAnswer() throws Exception {
		DatabaseRelay.current().freeze();
		everyDatabasePageAnswers503InTime();
		theKeptHomePageStillAnswers();
		probesStayUp();
		answersAgainWithinFiveSecondsOfTheReturn();
	}

	private void everyDatabasePageAnswers503InTime() throws Exception {
		// signed in: the session is read by Spring Session's filter, before Spring MVC
		unavailable(this.http, get("/trajecten"));
		unavailable(this.http, get("/start"));
		// a form post (the session's CSRF token cannot even be read): not saved
		unavailable(this.http, post("/trajecten/1/sessies", "date=01%2F12%2F2026&hours=1"));
		// htmx
		unavailable(this.http,
				HttpRequest.newBuilder(uri("/trajecten/1/suggesties"))
					.header("HX-Request", "true")
					.timeout(Duration.ofSeconds(10))
					.build());
		// anonymous: a public page not kept, a page that is never kept
		unavailable(this.anonymous, get("/partners"));
		unavailable(this.anonymous, get("/hulp/kaart/zbBRjR-lCx-BDbYGASc7XcqkkcpLbzV-N2HdzMRduyU"));
		// the sign-in reads the accounts
		HttpClient fresh = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		String token = CsrfToken.of(send(fresh, get("/login")).body());
		unavailable(fresh, post("/login", "username=partner&password=AanBoord-demo-2026&_csrf=" + encode(token)));
	}

	private void theKeptHomePageStillAnswers() throws Exception {
		// older than its time to live (1 s here): rendered again, which fails, so the
		// kept
		// one is given
		Thread.sleep(1100);
		for (int i = 0; i < 3; i++) {
			long start = System.nanoTime();
			HttpResponse<String> home = send(this.anonymous, get("/"));
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(MOST);
			assertThat(home.statusCode()).isEqualTo(200);
			assertThat(home.body()).isEqualTo(this.keptHome);
		}
	}

	private void probesStayUp() throws Exception {
		for (String probe : new String[] { "liveness", "readiness" }) {
			HttpResponse<String> health = send(this.anonymous,
					HttpRequest
						.newBuilder(URI.create("http://127.0.0.1:" + this.managementPort + "/actuator/health/" + probe))
						.timeout(Duration.ofSeconds(10))
						.build());
			assertThat(health.statusCode()).as(probe).isEqualTo(200);
		}
	}

	private void answersAgainWithinFiveSecondsOfTheReturn() throws Exception {
		DatabaseRelay.current().resume();
		long back = System.nanoTime();
		int status = 0;
		while (System.nanoTime() - back < Duration.ofSeconds(5).toNanos()) {
			status = send(this.http, get("/trajecten")).statusCode();
			if (status == 200) {
				break;
			}
			Thread.sleep(100);
		}
		assertThat(status).as("a signed-in page within 5 s of the database's return").isEqualTo(200);
	}

	private void unavailable(HttpClient client, HttpRequest request) throws Exception {
		long start = System.nanoTime();
		HttpResponse<String> response = send(client, request);
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		assertThat(response.statusCode()).as(request.method() + " " + request.uri()).isEqualTo(503);
		assertThat(took).as(request.method() + " " + request.uri()).isLessThan(MOST);
		assertThat(response.headers().firstValue("Retry-After")).hasValue(DatabaseOutage.RETRY_AFTER);
		assertThat(Jsoup.parse(response.body()).text()).contains("Tijdelijk niet beschikbaar")
			.contains("Probeer het over enkele minuten opnieuw")
			.contains("Referentie voor de helpdesk");
		assertThat(response.body()).doesNotContain("Exception", "at org.", "Whitelabel");
		assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
	}

	private HttpRequest get(String path) {
		return HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").timeout(Duration.ofSeconds(10)).build();
	}

	private HttpRequest post(String path, String form) {
		return HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.timeout(Duration.ofSeconds(10))
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static HttpResponse<String> send(HttpClient client, HttpRequest request) throws Exception {
		return client.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
