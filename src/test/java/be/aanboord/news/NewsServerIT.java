package be.aanboord.news;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;

import be.aanboord.ServerTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The news and the newsletter's public pages behind a real server: anonymous visitors get
 * them without a session, and a mail program's one-click unsubscribe (RFC 8058) needs no
 * CSRF token while the subscription form does.
 */
@ServerTest
class NewsServerIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void anonymousVisitorsGetTheNewsWithoutASession() throws Exception {
		Instant start = Instant.now();
		for (String path : List.of("/nieuws", "/nieuws?pagina=1", "/nieuws/infomoment-meldpunt-si", "/nieuws/feed.atom",
				"/nieuwsbrief")) {
			HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).build());
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.headers().allValues("Set-Cookie")).as(path)
				.noneMatch((cookie) -> cookie.startsWith("AANBOORD_SESSION="));
		}
		assertThat(this.jdbc.sql("select count(*) from spring_session where creation_time >= ?")
			.param(start.toEpochMilli())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theOneClickUnsubscribeNeedsNoCsrfTokenTheSubscriptionFormDoes() throws Exception {
		HttpResponse<String> oneClick = send(
				HttpRequest.newBuilder(uri("/nieuwsbrief/uitschrijven/1.AAAAAAAAAAAAAAAAAAAAAAAA"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
					.build());
		assertThat(oneClick.statusCode()).isEqualTo(200);
		HttpResponse<String> subscribe = send(HttpRequest.newBuilder(uri("/nieuwsbrief"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("email=iemand%40example.org&consent=true"))
			.build());
		assertThat(subscribe.statusCode()).isNotEqualTo(200);
		assertThat(subscribe.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).doesNotContain("ontvangen"));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private HttpResponse<String> send(HttpRequest request) throws Exception {
		return this.client.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
