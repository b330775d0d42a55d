package be.aanboord.agenda.registration;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import be.aanboord.CsrfToken;
import be.aanboord.ServerTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exact seats under concurrency, with real parallel HTTP requests against a running
 * server: 50 visitors (each from their own address, forwarded by the local proxy)
 * register at the same moment for 10 seats, twenty times; a workshop's own seats; and
 * cancellations at the same moment, each promoting the next person waiting.
 */
@ServerTest
class ConcurrentRegistrationsIT {

	private static final int RUNS = 20;

	private static final int VISITORS = 50;

	private static final int SEATS = 10;

	@LocalServerPort
	int port;

	@Autowired
	RegistrationFixture fixture;

	@Autowired
	PersonalLinks links;

	@Autowired
	JdbcTemplate jdbc;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@AfterEach
	void removeTheActivities() {
		this.fixture.removeAll();
	}

	@Test
	void fiftySimultaneousRegistrationsForTenSeatsGiveTenSeatsAndFortyWaitingEveryTime() throws Exception {
		for (int run = 0; run < RUNS; run++) {
			long id = this.fixture.activity("burst-" + run, SEATS);
			String slug = this.fixture.slug(id);
			Form form = form(slug);
			int r = run;
			List<Integer> statuses = simultaneously(VISITORS,
					(i) -> register(form, slug, "Deelnemer " + i, "burst" + r + "-" + i + "@example.org", null, i));
			assertThat(statuses).as("run %s", run).containsOnly(302);
			assertThat(this.fixture.count(id, "CONFIRMED")).as("run %s: seats", run).isEqualTo(SEATS);
			assertThat(this.fixture.count(id, "WAITING")).as("run %s: waiting", run).isEqualTo(VISITORS - SEATS);
			assertThat(this.jdbc.queryForObject("""
					select count(*) from activity_registration w where w.activity_id = ? and w.status = 'WAITING'
					and exists (select 1 from activity_registration c where c.activity_id = w.activity_id
					            and c.status = 'CONFIRMED' and c.id > w.id)""", Long.class, id))
				.as("run %s: nobody waits who registered before someone with a seat", run)
				.isZero();
		}
	}

	@Test
	void aWorkshopsOwnSeatsAreExactToo() throws Exception {
		long id = this.fixture.activity("workshop-burst", null);
		long workshop = this.fixture.workshop(id, "Herstelgericht werken", 5);
		String slug = this.fixture.slug(id);
		Form form = form(slug);
		List<Integer> statuses = simultaneously(30,
				(i) -> register(form, slug, "Deelnemer " + i, "ws-" + i + "@example.org", workshop, i));
		assertThat(statuses.stream().filter((s) -> s == 302).count()).isEqualTo(5);
		assertThat(statuses.stream().filter((s) -> s == 200).count()).as("workshop full, form shown again")
			.isEqualTo(25);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from activity_registration where workshop_id = ? and status = 'CONFIRMED'", Long.class,
				workshop))
			.isEqualTo(5);
	}

	@Test
	void simultaneousCancellationsPromoteTheFirstWaitingOnePerSeat() throws Exception {
		long id = this.fixture.activity("annuleringen", SEATS);
		String slug = this.fixture.slug(id);
		Form form = form(slug);
		for (int i = 0; i < 30; i++) {
			assertThat(register(form, slug, "Deelnemer " + i, "annul-" + i + "@example.org", null, i)).isEqualTo(302);
		}
		List<Long> confirmed = this.jdbc.queryForList(
				"select id from activity_registration where activity_id = ? and status = 'CONFIRMED' order by id",
				Long.class, id);
		List<Long> waiting = this.jdbc.queryForList(
				"select id from activity_registration where activity_id = ? and status = 'WAITING' order by id",
				Long.class, id);
		java.time.Instant ends = this.jdbc
			.queryForObject("select ends_at from activity where id = ?", java.sql.Timestamp.class, id)
			.toInstant();
		// every confirmed registrant cancels at once, twice (a double click)
		List<Integer> statuses = simultaneously(2 * SEATS, (i) -> {
			String token = this.links.registrationToken(confirmed.get(i % SEATS), ends);
			return post("/agenda/inschrijving/" + token, form, "", "198.51.100." + i);
		});
		assertThat(statuses).containsOnly(302);
		assertThat(this.fixture.count(id, "CANCELLED")).isEqualTo(SEATS);
		assertThat(this.jdbc.queryForList(
				"select id from activity_registration where activity_id = ? and status = 'CONFIRMED' order by id",
				Long.class, id))
			.as("the first ten waiting got the seats")
			.isEqualTo(waiting.subList(0, SEATS));
		assertThat(this.fixture.count(id, "WAITING")).isEqualTo(10);
	}

	private record Form(String cookie, String token) {
	}

	/** The registration form's CSRF token and the cookie it lives in (no session). */
	private Form form(String slug) throws Exception {
		HttpResponse<String> page = this.http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/agenda/" + slug + "/inschrijven"))
					.build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		String cookie = page.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((c) -> c.startsWith("AANBOORD_CSRF="))
			.findFirst()
			.orElseThrow();
		assertThat(page.headers().allValues("Set-Cookie")).noneMatch((c) -> c.startsWith("AANBOORD_SESSION="));
		return new Form(cookie.substring(0, cookie.indexOf(';')), CsrfToken.of(page.body()));
	}

	private int register(Form form, String slug, String name, String email, Long workshop, int visitor) {
		String body = "name=" + encode(name) + "&email=" + encode(email) + "&organisation=School&jobFunction=Leerkracht"
				+ "&consent=true&website=" + ((workshop != null) ? "&workshopId=" + workshop : "");
		return post("/agenda/" + slug + "/inschrijven", form, body, "203.0.113." + (visitor % 250));
	}

	private int post(String path, Form form, String body, String clientAddress) {
		try {
			return this.http
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.header("Cookie", form.cookie())
					.header("X-Forwarded-For", clientAddress)
					.POST(HttpRequest.BodyPublishers.ofString(body + "&_csrf=" + encode(form.token())))
					.build(), HttpResponse.BodyHandlers.discarding())
				.statusCode();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Runs the requests on their own threads, all released at the same moment. */
	private static List<Integer> simultaneously(int count, IntFunction<Integer> request) throws Exception {
		CountDownLatch ready = new CountDownLatch(count);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(count);
		try {
			List<Future<Integer>> results = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				int visitor = i;
				results.add(threads.submit(() -> {
					ready.countDown();
					start.await();
					return request.apply(visitor);
				}));
			}
			ready.await();
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> result : results) {
				statuses.add(result.get());
			}
			return statuses;
		}
		finally {
			threads.shutdownNow();
		}
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
