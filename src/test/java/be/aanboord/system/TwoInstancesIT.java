package be.aanboord.system;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import be.aanboord.AanBoordApplication;
import be.aanboord.CsrfToken;
import be.aanboord.ServerTest;
import be.aanboord.TestDatabase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the portal on one database, as behind the load balancer (no sticky
 * sessions): the test's own server (A) and a second one started here (B) with its caches
 * on, as in production. A session started on one serves on the other, an attachment
 * uploaded through one downloads from the other, and a fiche published through A shows in
 * B's kept toolbox search at once, not after the caches' time to live (60 s here).
 */
@ServerTest
class TwoInstancesIT {

	private static ConfigurableApplicationContext second;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	/** Cookies are per host, not per port: one browser in front of both instances. */
	private final HttpClient browser = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	/** A visitor without cookies, who gets the kept public pages. */
	private final HttpClient visitor = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final List<String> cleanUp = new ArrayList<>();

	@BeforeEach
	void startTheSecondInstance() {
		if (second == null) {
			second = new SpringApplicationBuilder(AanBoordApplication.class).profiles("test")
				.initializers(new TestDatabase())
				.run("--server.port=0", "--management.server.port=0", "--aanboord.public-pages.cache-ttl=1h",
						"--aanboord.toolbox.cache-ttl=1h");
		}
	}

	@AfterEach
	void removeWhatWasMade() {
		this.cleanUp.forEach((sql) -> this.jdbc.sql(sql).update());
	}

	@AfterAll
	static void stopTheSecondInstance() {
		if (second != null) {
			second.close();
			second = null;
		}
	}

	@Test
	void aSessionStartedOnOneInstanceIsUsedAndEndedOnTheOther() throws Exception {
		signIn(a(), "partner");
		HttpResponse<String> start = send(this.browser, get(b("/start")));
		assertThat(start.statusCode()).as("B knows the session A started").isEqualTo(200);
		String token = CsrfToken.of(start.body());

		HttpResponse<String> logout = send(this.browser, post(b("/logout"), "_csrf=" + token));
		assertThat(logout.statusCode()).isEqualTo(302);
		HttpResponse<String> afterwards = send(this.browser, get(a("/start")));
		assertThat(afterwards.statusCode()).as("A knows the session ended on B").isEqualTo(302);
		assertThat(afterwards.headers().firstValue("Location")).hasValue("/login");
	}

	@Test
	void anAttachmentUploadedThroughOneInstanceDownloadsFromTheOther() throws Exception {
		long plan = this.jdbc.sql("""
				select p.id from prevention_plan p join account a on a.school_id = p.school_id
				where a.username = 'school' order by p.start_year desc limit 1""").query(Long.class).single();
		String list = "/preventieplan/" + plan + "/bijlagen";
		this.cleanUp.add("delete from plan_attachment where title = 'Verslag van twee instanties'");
		signIn(a(), "school");
		String token = CsrfToken.of(send(this.browser, get(a(list))).body());
		byte[] content = pdf();

		HttpResponse<String> upload = send(this.browser, multipart(a(list), token, content));
		assertThat(upload.statusCode()).as("uploaded through A: " + upload.body()).isEqualTo(302);
		long id = this.jdbc.sql("select id from plan_attachment where title = 'Verslag van twee instanties'")
			.query(Long.class)
			.single();

		HttpResponse<byte[]> download = this.browser.send(get(b(list + "/" + id)),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(download.statusCode()).as("downloaded from B").isEqualTo(200);
		assertThat(download.body()).isEqualTo(content);
	}

	@Test
	void aFichePublishedThroughOneInstanceShowsAtOnceInTheOthersKeptSearch() throws Exception {
		String word = "Tweelingfiche" + UUID.randomUUID().toString().substring(0, 8);
		long fiche = this.jdbc.sql("""
				insert into fiche (number, slug, title, summary, body, body_html, organisation_id, licence, status)
				select nextval('fiche_number_seq'), 'test-' || gen_random_uuid(), ?, 'Samenvatting', 'Tekst', '',
				  organisation_id, 'CC_BY', 'IN_REVIEW' from account where username = 'partner'
				returning id""").param(word).query(Long.class).single();
		this.cleanUp.add("delete from fiche where id = " + fiche);
		String search = b("/toolbox?q=" + word);
		HttpResponse<String> before = send(this.visitor, get(search));
		assertThat(results(before)).as("not public yet").isEmpty();
		String kept = before.headers().firstValue("ETag").orElseThrow(() -> new AssertionError(before.headers()));
		assertThat(send(this.visitor, get(search)).headers().firstValue("ETag")).as("B keeps the search page")
			.hasValue(kept);

		signIn(a(), "redactie");
		String token = CsrfToken.of(send(this.browser, get(a("/toolbox/redactie/" + fiche))).body());
		HttpResponse<String> publish = send(this.browser,
				post(a("/toolbox/redactie/" + fiche + "/publiceren"), "nagekeken=ja&_csrf=" + token));
		assertThat(publish.statusCode()).as("published through A").isEqualTo(302);

		long published = System.nanoTime();
		HttpResponse<String> after = send(this.visitor, get(search));
		while (results(after).isEmpty() && System.nanoTime() - published < Duration.ofSeconds(5).toNanos()) {
			Thread.sleep(50);
			after = send(this.visitor, get(search));
		}
		assertThat(results(after)).as("B's kept search shows the fiche within 5 s, not after its hour")
			.containsExactly(word);
	}

	/** The titles of the fiches a toolbox search found. */
	private static List<String> results(HttpResponse<String> page) {
		return Jsoup.parse(page.body()).select(".fiche-results > li h2").eachText();
	}

	/** A PDF of one page, as the upload's check opens it. */
	private static byte[] pdf() throws Exception {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage());
			document.getDocumentInformation().setTitle(UUID.randomUUID().toString());
			document.save(out);
			return out.toByteArray();
		}
	}

	private void signIn(String base, String username) throws Exception {
		String token = CsrfToken.of(send(this.browser, get(base + "/login")).body());
		HttpResponse<String> login = send(this.browser,
				post(base + "/login", "username=" + username + "&password=AanBoord-demo-2026&_csrf=" + encode(token)));
		assertThat(login.headers().firstValue("Location")).as("signed in as " + username).hasValue("/start");
	}

	private String a(String path) {
		return "http://localhost:" + this.port + path;
	}

	private String a() {
		return a("");
	}

	private static String b(String path) {
		return "http://localhost:" + ((WebServerApplicationContext) second).getWebServer().getPort() + path;
	}

	private static HttpRequest get(String address) {
		return HttpRequest.newBuilder(URI.create(address)).timeout(Duration.ofSeconds(10)).GET().build();
	}

	private static HttpRequest post(String address, String form) {
		return HttpRequest.newBuilder(URI.create(address))
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
	}

	private static HttpRequest multipart(String address, String token, byte[] content) {
		String boundary = "----twee" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token
				+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"titel\"\r\n\r\n"
				+ "Verslag van twee instanties\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"bestand\"; filename=\"verslag.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(URI.create(address))
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
	}

	private static HttpResponse<String> send(HttpClient client, HttpRequest request) throws Exception {
		return client.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
