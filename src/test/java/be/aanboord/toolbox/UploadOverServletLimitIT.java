package be.aanboord.toolbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import be.aanboord.Browser;
import be.aanboord.ServerTest;
import be.aanboord.account.TestAccounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploads against a real Tomcat, which enforces the multipart limits (MockMvc does not).
 * The limits are lowered so that the test stays fast: the toolbox accepts 1 MB, the
 * server at most a 2 MB file in a 3 MB request. Whichever limit a file passes, the
 * contributor reads the toolbox's limit next to the upload field of the form, and nothing
 * is stored, in the database or on the file system. These servers have contexts of their
 * own: they keep few database connections and are closed when done.
 */
@ServerTest
@TestPropertySource(properties = { "aanboord.toolbox.max-upload-size=1MB", "spring.servlet.multipart.max-file-size=2MB",
		"spring.servlet.multipart.max-request-size=3MB", "spring.datasource.hikari.maximum-pool-size=3",
		"aanboord.toolbox.demo-attachments=false" })
@DirtiesContext
class UploadOverServletLimitIT {

	private static final String TOO_LARGE = "Dit bestand is te groot: een bijlage mag hoogstens 1 MB zijn.";

	private static final byte[] PDF = TestFiles.pdf();

	@Nested
	@TestPropertySource(properties = "aanboord.toolbox.storage=database")
	@ExtendWith(Browser.Extension.class)
	class InTheDatabase extends Uploads {

		@Autowired
		JdbcTemplate jdbc;

		@Override
		long stored() {
			// the demo fiches' attachments, loaded by the other tests' contexts, do not
			// count
			return this.jdbc.queryForObject(
					"""
							select count(*) from attachment_content c where not exists (select 1 from fiche_attachment a
							join fiche f on f.id = a.fiche_id where a.stored_name = c.stored_name and f.number between 1 and 18)""",
					Long.class);
		}

		/**
		 * A browser is still sending a large file when the server has decided: it shows
		 * the answer only when the server reads the request to its end.
		 */
		@Test
		void aBrowserShowsTheMessageOnTheFormEvenForAFileFarOverTheLimit(Browser browser, @TempDir Path folder)
				throws Exception {
			Path file = folder.resolve("opname van de studiedag.pdf");
			try (OutputStream out = Files.newOutputStream(file)) {
				out.write(PDF);
				byte[] block = new byte[1024 * 1024];
				for (int i = 0; i < 64; i++) {
					out.write(block);
				}
			}
			browser.loginAs("partner");
			browser.open("/toolbox/mijn-fiches/" + fiche());
			browser.find(By.id("bestand")).sendKeys(file.toString());
			browser.clickToNavigate(Browser.button("Bijlage toevoegen"));
			assertThat(browser.currentPath()).isEqualTo("/toolbox/mijn-fiches/" + fiche());
			assertThat(browser.text(By.id("bestand-fout"))).isEqualTo(TOO_LARGE);
			assertThat(browser.isPresent(By.cssSelector(".attachment-list"))).isFalse();
			assertThat(stored()).isZero();
		}

	}

	@Nested
	@TestPropertySource(properties = { "aanboord.toolbox.storage=filesystem",
			"aanboord.toolbox.storage-directory=target/upload-limit-attachments" })
	class OnTheFileSystem extends Uploads {

		@Value("${aanboord.toolbox.storage-directory}")
		Path directory;

		@Override
		long stored() throws IOException {
			try (Stream<Path> files = Files.list(this.directory)) {
				return files.count();
			}
		}

		@AfterEach
		void removeTheFilesWrittenHere() throws IOException {
			try (Stream<Path> files = Files.list(this.directory)) {
				for (Path file : files.toList()) {
					Files.delete(file);
				}
			}
		}

	}

	abstract static class Uploads {

		@LocalServerPort
		int port;

		@Autowired
		JdbcTemplate jdbc;

		@Autowired
		TestAccounts accounts;

		private final HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		private long fiche;

		long fiche() {
			return this.fiche;
		}

		/** What the attachment store holds. */
		abstract long stored() throws IOException;

		@BeforeEach
		void aPartnerWithADraft() throws Exception {
			HttpResponse<String> login = post("/login", "username=partner&password=" + TestAccounts.DEMO_PASSWORD
					+ "&_csrf=" + URLEncoder.encode(csrf(get("/login").body()), StandardCharsets.UTF_8));
			assertThat(login.statusCode()).isEqualTo(302);
			HttpResponse<String> created = post("/toolbox/mijn-fiches/nieuw",
					"title=Een+fiche+met+een+grote+bijlage&summary=Samenvatting.&body=Tekst.&themes=BEHAVIOUR"
							+ "&phases=PHASE_0&levels=PRIMARY&audiences=TEACHER&licence=CC_BY&version=0&_csrf="
							+ URLEncoder.encode(csrf(get("/toolbox/mijn-fiches/nieuw").body()),
									StandardCharsets.UTF_8));
			assertThat(created.statusCode()).isEqualTo(302);
			this.fiche = Long.parseLong(
					created.headers().firstValue("Location").orElseThrow().replaceAll(".*/toolbox/mijn-fiches/", ""));
		}

		@AfterEach
		void removeTheFichesWrittenHere() {
			this.jdbc.update("delete from fiche where contributor_id = ?", this.accounts.idOf("partner"));
			this.jdbc.update("delete from attachment_content where stored_name not in "
					+ "(select stored_name from fiche_attachment)");
		}

		@Test
		void aFileOverTheServersLimitLeadsBackToTheFormWithTheToolboxLimitAndNothingIsStored() throws Exception {
			long before = stored();
			// over the server's limit for a request, and for a file
			assertRefusedWithTheFormsMessage(upload(4 * 1024 * 1024, true));
			assertRefusedWithTheFormsMessage(upload(2 * 1024 * 1024 + 512 * 1024, true));
			// within the server's limits, over the toolbox's
			HttpResponse<String> overToolboxLimit = upload(1024 * 1024 + 1, true);
			assertThat(overToolboxLimit.statusCode()).isEqualTo(302);
			assertThat(messageNextToTheUploadField(overToolboxLimit)).isEqualTo(TOO_LARGE);
			assertThat(attachments()).isZero();
			assertThat(stored()).isEqualTo(before);

			// the check lets normal uploads through, and Spring Security still checks
			// them
			assertThat(upload(PDF.length, false).statusCode()).isEqualTo(403);
			assertThat(attachments()).isZero();
			HttpResponse<String> accepted = upload(PDF.length, true);
			assertThat(accepted.statusCode()).isEqualTo(302);
			assertThat(page(accepted).select(".attachment-list li").text()).contains("folder.pdf");
			assertThat(attachments()).isEqualTo(1);
			assertThat(stored()).isEqualTo(before + 1);
		}

		private void assertRefusedWithTheFormsMessage(HttpResponse<String> response) throws Exception {
			assertThat(response.statusCode()).isEqualTo(302);
			assertThat(response.headers().firstValue("Location")).hasValueSatisfying((location) -> assertThat(location)
				.endsWith("/toolbox/mijn-fiches/" + this.fiche + "?bijlage=te-groot#bijlagen"));
			assertThat(messageNextToTheUploadField(response)).isEqualTo(TOO_LARGE);
			assertThat(attachments()).isZero();
		}

		private String messageNextToTheUploadField(HttpResponse<String> redirect) throws Exception {
			Document form = page(redirect);
			assertThat(form.selectFirst("#bestand").attr("aria-describedby")).contains("bestand-fout");
			assertThat(form.text()).doesNotContain("Exception", "Tomcat");
			return form.selectFirst("#bestand-fout").text();
		}

		private Document page(HttpResponse<String> redirect) throws Exception {
			URI target = url("/").resolve(redirect.headers().firstValue("Location").orElseThrow());
			HttpResponse<String> page = get(
					target.getRawPath() + ((target.getRawQuery() != null) ? "?" + target.getRawQuery() : ""));
			assertThat(page.statusCode()).isEqualTo(200);
			return Jsoup.parse(page.body());
		}

		private long attachments() {
			return this.jdbc.queryForObject("select count(*) from fiche_attachment where fiche_id = ?", Long.class,
					this.fiche);
		}

		/** A PDF of the given size, sent as the form sends it. */
		private HttpResponse<String> upload(int size, boolean withToken) throws Exception {
			String token = csrf(get("/toolbox/mijn-fiches/" + this.fiche).body());
			byte[] file = new byte[size];
			System.arraycopy(PDF, 0, file, 0, PDF.length);
			String boundary = "----grens" + System.nanoTime();
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			if (withToken) {
				body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token
						+ "\r\n")
					.getBytes(StandardCharsets.UTF_8));
			}
			body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"bestand\"; "
					+ "filename=\"folder.pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			body.write(file);
			body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			return this.http.send(HttpRequest.newBuilder(url("/toolbox/mijn-fiches/" + this.fiche + "/bijlagen"))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		/** The CSRF token of the page's (first) form. */
		private static String csrf(String html) {
			Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
			assertThat(token.find()).as("a CSRF token in the page").isTrue();
			return token.group(1);
		}

		private URI url(String path) {
			return URI.create("http://localhost:" + this.port + path);
		}

		private HttpResponse<String> get(String path) throws Exception {
			return this.http.send(HttpRequest.newBuilder(url(path)).header("Accept", "text/html").build(),
					HttpResponse.BodyHandlers.ofString());
		}

		private HttpResponse<String> post(String path, String form) throws Exception {
			return this.http.send(HttpRequest.newBuilder(url(path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

	}

}
