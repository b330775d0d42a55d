package be.aanboord.agenda;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;

import be.aanboord.ServerTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public agenda behind a real server: anonymous visitors get its pages and feeds
 * without a session and with the security headers (the Content-Security-Policy leaves the
 * JSON-LD data block alone: it is never run), and a month that does not exist is the
 * Dutch 404 page.
 */
@ServerTest
class AgendaServerIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void anonymousVisitorsGetTheAgendaWithoutASession() throws Exception {
		// the session store stamps rows with this JVM's clock: from now on, so that a
		// session of the test before this one does not count
		Instant start = Instant.now();
		for (String path : List.of("/agenda", "/agenda?weergave=voorbij", "/agenda/maand?maand=2026-06",
				"/agenda/meet-and-greet-2026", "/agenda/feed.ics", "/agenda/feed/leerlabo.ics",
				"/agenda/leerlabo-bao-2026.ics", "/")) {
			HttpResponse<String> response = get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.headers().allValues("Set-Cookie")).as(path)
				.noneMatch((cookie) -> cookie.startsWith("AANBOORD_SESSION="));
		}
		assertThat(this.jdbc.sql("select count(*) from spring_session where creation_time >= ?")
			.param(start.toEpochMilli())
			.query(Long.class)
			.single()).isZero();

		HttpResponse<String> page = get("/agenda/meet-and-greet-2026");
		assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
				(policy) -> assertThat(policy).contains("script-src 'self'").doesNotContain("unsafe-inline"));
		assertThat(Jsoup.parse(page.body()).select("script[type=application/ld+json]").first().data())
			.contains("\"@type\":\"Event\"");

		HttpResponse<String> month = get("/agenda/maand?maand=2026-13");
		assertThat(month.statusCode()).isEqualTo(404);
		assertThat(Jsoup.parse(month.body()).select("h1").text()).isEqualTo("Pagina niet gevonden");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
