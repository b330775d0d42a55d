package be.aanboord.toolbox;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import be.aanboord.IntegrationTest;
import be.aanboord.SignedIn;
import be.aanboord.account.TestAccounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Uploading attachments to a draft and downloading them from the published fiche. */
@IntegrationTest
class FicheAttachmentsIT {

	private static final byte[] PDF = TestFiles.pdf();

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	SignedIn signedIn;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ToolboxCache cache;

	@Autowired
	MessageSource messages;

	private long fiche;

	@BeforeEach
	void aDraft() throws Exception {
		MockHttpServletResponse response = this.signedIn.as("partner",
				post("/toolbox/mijn-fiches/nieuw").with(csrf())
					.param("title", "Een fiche met bijlagen")
					.param("summary", "Samenvatting.")
					.param("body", "Tekst.")
					.param("themes", "BEHAVIOUR")
					.param("phases", "PHASE_0")
					.param("levels", "SECONDARY")
					.param("audiences", "TEACHER")
					.param("licence", "CC_BY")
					.param("version", "0"));
		this.fiche = Long.parseLong(response.getRedirectedUrl().replace("/toolbox/mijn-fiches/", ""));
	}

	@AfterEach
	void removeTheFichesWrittenHere() {
		this.jdbc.update("delete from fiche where contributor_id = ?", this.accounts.idOf("partner"));
		this.jdbc.update("delete from attachment_content where stored_name not in "
				+ "(select stored_name from fiche_attachment)");
		this.jdbc.execute("refresh materialized view fiche_word");
		this.cache.clear();
	}

	private int stored() {
		return this.jdbc.queryForObject("select count(*) from fiche_attachment where fiche_id = ?", Integer.class,
				this.fiche)
				+ this.jdbc.queryForObject(
						"select count(*) from attachment_content c where not exists "
								+ "(select 1 from fiche_attachment a where a.stored_name = c.stored_name)",
						Integer.class);
	}

	private String rejection(String name, byte[] content) throws Exception {
		var result = this.mvc
			.perform(multipart("/toolbox/mijn-fiches/" + this.fiche + "/bijlagen")
				.file(new MockMultipartFile("bestand", name, "application/pdf", content))
				.with(user(this.accounts.signedIn("partner")))
				.with(csrf()))
			.andReturn();
		Object code = result.getFlashMap().get("uploadError");
		return (code != null) ? code.toString() : null;
	}

	@Test
	void allowedTypesAreRecognisedFromTheirContentAndStoredUnderAGeneratedName() throws Exception {
		assertThat(rejection("folder over rust.pdf", PDF)).isNull();
		assertThat(rejection("werkblad.docx", TestFiles.docx())).isNull();
		List<String> types = this.jdbc.queryForList(
				"select content_type from fiche_attachment where fiche_id = ? order by id", String.class, this.fiche);
		assertThat(types).containsExactly("application/pdf",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		assertThat(this.jdbc.queryForList("select stored_name from fiche_attachment where fiche_id = ?", String.class,
				this.fiche))
			.allMatch((name) -> name.matches("[a-f0-9-]{36}\\.(pdf|docx)"));
		assertThat(this.signedIn.page("partner", get("/toolbox/mijn-fiches/" + this.fiche))
			.select("#bijlagen .attachment-list li > span:first-child")
			.eachText()).contains("folder over rust.pdf", "werkblad.docx");
	}

	@Test
	void officeFilesAndImagesAreRecognisedFromTheirContentWhateverTheirName() throws Exception {
		assertThat(rejection("presentatie.pptx", TestFiles.pptx())).isNull();
		assertThat(rejection("cijfers.zip", TestFiles.xlsx())).isNull();
		assertThat(rejection("foto.png", TestFiles.png())).isNull();
		assertThat(rejection("foto", TestFiles.jpeg())).isNull();
		assertThat(rejection("animatie.gif", TestFiles.gif())).isNull();
		assertThat(this.jdbc.queryForList(
				"select content_type || ' ' || stored_name from fiche_attachment where fiche_id = ? order by id",
				String.class, this.fiche))
			.satisfiesExactly(
					(row) -> assertThat(row)
						.matches("application/vnd.openxmlformats-officedocument.presentationml.presentation .*\\.pptx"),
					(row) -> assertThat(row)
						.matches("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet .*\\.xlsx"),
					(row) -> assertThat(row).matches("image/png .*\\.png"),
					(row) -> assertThat(row).matches("image/jpeg .*\\.jpg"),
					(row) -> assertThat(row).matches("image/gif .*\\.gif"));
	}

	@Test
	void aFileThatOnlyLooksLikeAnAllowedTypeIsRefusedNextToTheFieldAndNothingIsStored() throws Exception {
		String notAllowed = "Dit soort bestand kan niet als bijlage: enkel PDF, Word (docx), PowerPoint (pptx), Excel "
				+ "(xlsx) en afbeeldingen (png, jpg, gif, webp). We kijken naar de inhoud van het bestand, niet naar de naam.";
		String unreadable = "Dit bestand opent niet als het soort bestand dat het lijkt te zijn: het is onvolledig of "
				+ "beschadigd. Open het in het programma waarmee het gemaakt is, bewaar het opnieuw en probeer nog eens.";
		assertThat(messageNextToTheField("verslag.docx", TestFiles.plainZip())).isEqualTo(notAllowed);
		assertThat(messageNextToTheField("folder.pdf", TestFiles.pdfThenHtml())).isEqualTo(unreadable);
		assertThat(rejection("macro.docx", TestFiles.docm())).isEqualTo("toolbox.attachment.type");
		assertThat(rejection("verslag.docx", TestFiles.docxWithAWebPageInside()))
			.isEqualTo("toolbox.attachment.unreadable");
		assertThat(rejection("verslag.docx", TestFiles.docxWithoutItsParts()))
			.isEqualTo("toolbox.attachment.unreadable");
		assertThat(rejection("foto.png", TestFiles.truncatedPng())).isEqualTo("toolbox.attachment.unreadable");
		assertThat(rejection("animatie.gif", TestFiles.gifSignatureOnly())).isEqualTo("toolbox.attachment.unreadable");
		byte[] cut = TestFiles.pdf();
		assertThat(rejection("folder.pdf", Arrays.copyOf(cut, 40))).isEqualTo("toolbox.attachment.unreadable");
		assertThat(stored()).isZero();
	}

	/**
	 * The message the form shows next to the upload field after this upload, in the same
	 * session (its cookie), as a browser follows the redirect.
	 */
	private String messageNextToTheField(String name, byte[] content) throws Exception {
		MockHttpServletResponse refused = this.mvc
			.perform(multipart("/toolbox/mijn-fiches/" + this.fiche + "/bijlagen")
				.file(new MockMultipartFile("bestand", name, "application/octet-stream", content))
				.with(user(this.accounts.signedIn("partner")))
				.with(csrf()))
			.andReturn()
			.getResponse();
		Document form = Jsoup.parse(
				this.mvc
					.perform(get(refused.getRedirectedUrl()).cookie(refused.getCookies())
						.with(user(this.accounts.signedIn("partner"))))
					.andReturn()
					.getResponse()
					.getContentAsString());
		assertThat(form.selectFirst("#bestand").attr("aria-describedby")).contains("bestand-fout");
		return form.selectFirst("#bestand-fout").text();
	}

	@Test
	void uploadsAreRefusedWhenTooLargeDisguisedOrNamedWithAPathAndNothingIsStored() throws Exception {
		byte[] large = new byte[20 * 1024 * 1024 + 1];
		System.arraycopy(PDF, 0, large, 0, PDF.length);
		assertThat(rejection("groot.pdf", large)).isEqualTo("toolbox.attachment.tooLarge");
		byte[] program = new byte[2048];
		program[0] = 'M';
		program[1] = 'Z';
		assertThat(rejection("fiche.pdf", program)).isEqualTo("toolbox.attachment.type");
		assertThat(rejection("fiche.pdf", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo("toolbox.attachment.type");
		assertThat(rejection("../../etc/fiche.pdf", PDF)).isEqualTo("toolbox.attachment.name");
		assertThat(rejection("map\\fiche.pdf", PDF)).isEqualTo("toolbox.attachment.name");
		assertThat(rejection("", new byte[0])).isEqualTo("toolbox.attachment.empty");
		assertThat(stored()).isZero();

		assertThat(this.messages.getMessage("toolbox.attachment.tooLarge", new Object[] { 20L },
				Locale.forLanguageTag("nl-BE")))
			.isEqualTo("Dit bestand is te groot: een bijlage mag hoogstens 20 MB zijn.");
	}

	@Test
	void aPublishedAttachmentDownloadsWithItsTypeNameAndCacheHeadersAndCountsExactly() throws Exception {
		assertThat(rejection("Één folder.pdf", PDF)).isNull();
		long attachment = this.jdbc.queryForObject("select id from fiche_attachment where fiche_id = ?", Long.class,
				this.fiche);
		String url = "/toolbox/een-fiche-met-bijlagen/bijlagen/" + attachment;
		assertThat(this.signedIn.status(null, get(url))).isEqualTo(404);
		this.signedIn.as("partner", post("/toolbox/mijn-fiches/" + this.fiche + "/indienen").with(csrf()));
		this.signedIn.as("redactie",
				post("/toolbox/redactie/" + this.fiche + "/publiceren").with(csrf()).param("nagekeken", "ja"));

		MockHttpServletResponse response = this.signedIn.as(null, get(url));
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		assertThat(response.getContentAsByteArray()).isEqualTo(PDF);
		assertThat(response.getHeader("Content-Disposition")).startsWith("attachment;")
			.contains("filename*=UTF-8''%C3%89%C3%A9n%20folder.pdf");
		String etag = response.getHeader("ETag");
		assertThat(etag).matches("\"[0-9a-f]{64}\"");
		assertThat(response.getHeader("Last-Modified")).isNotBlank();
		assertThat(response.getHeader("Cache-Control")).contains("max-age=86400").contains("public");
		assertThat(this.mvc.perform(get(url).header("If-None-Match", etag)).andReturn().getResponse().getStatus())
			.isEqualTo(304);
		assertThat(this.signedIn.page(null, get("/toolbox/een-fiche-met-bijlagen")).select("a[href=\"" + url + "\"]"))
			.isNotEmpty();

		long before = downloads(attachment);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<Integer>> downloads = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			downloads.add(pool.submit(() -> this.signedIn.status(null, get(url))));
		}
		for (Future<Integer> download : downloads) {
			assertThat(download.get()).isEqualTo(200);
		}
		pool.shutdown();
		assertThat(downloads(attachment)).isEqualTo(before + 40);
	}

	@Test
	void conditionalRequestsForAnAttachmentAnswerAsHttpSays() throws Exception {
		assertThat(rejection("folder.pdf", PDF)).isNull();
		long attachment = this.jdbc.queryForObject("select id from fiche_attachment where fiche_id = ?", Long.class,
				this.fiche);
		this.signedIn.as("partner", post("/toolbox/mijn-fiches/" + this.fiche + "/indienen").with(csrf()));
		this.signedIn.as("redactie",
				post("/toolbox/redactie/" + this.fiche + "/publiceren").with(csrf()).param("nagekeken", "ja"));
		String url = "/toolbox/een-fiche-met-bijlagen/bijlagen/" + attachment;
		MockHttpServletResponse first = this.signedIn.as(null, get(url));
		String etag = first.getHeader("ETag");
		String lastModified = first.getHeader("Last-Modified");
		String tag = etag.substring(1, etag.length() - 1);
		long downloads = downloads(attachment);

		MockHttpServletResponse any = this.mvc.perform(get(url).header("If-None-Match", "*")).andReturn().getResponse();
		assertThat(any.getStatus()).isEqualTo(304);
		assertThat(any.getHeader("ETag")).isEqualTo(etag);
		assertThat(any.getHeader("Last-Modified")).isEqualTo(lastModified);
		assertThat(any.getContentAsByteArray()).isEmpty();
		assertThat(this.mvc.perform(head(url).header("If-None-Match", "*")).andReturn().getResponse().getStatus())
			.isEqualTo(304);
		assertThat(conditional("If-None-Match", "W/\"" + tag + "\"")).isEqualTo(304);
		assertThat(conditional("If-None-Match", "W/\"x\", " + etag)).isEqualTo(304);
		assertThat(conditional("If-None-Match", "\"x\",W/\"y\"")).isEqualTo(200);
		assertThat(conditional("If-None-Match", "\"" + tag + "x\"")).isEqualTo(200);
		assertThat(conditional("If-Modified-Since", lastModified)).isEqualTo(304);
		String earlier = DateTimeFormatter.RFC_1123_DATE_TIME
			.format(ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME).minusHours(1));
		assertThat(conditional("If-Modified-Since", earlier)).isEqualTo(200);
		// a tag that does not match wins over a date that does
		assertThat(this.mvc.perform(get(url).header("If-None-Match", "\"x\"").header("If-Modified-Since", lastModified))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(200);
		assertThat(conditional("If-Unmodified-Since", earlier)).isEqualTo(412);
		// only the full answers count as downloads
		assertThat(downloads(attachment)).isEqualTo(downloads + 4);
		// a missing attachment stays missing, whatever the condition
		assertThat(this.mvc.perform(get(url + "0").header("If-None-Match", "*")).andReturn().getResponse().getStatus())
			.isEqualTo(404);
	}

	private int conditional(String header, String value) throws Exception {
		String url = "/toolbox/een-fiche-met-bijlagen/bijlagen/" + this.jdbc
			.queryForObject("select id from fiche_attachment where fiche_id = ?", Long.class, this.fiche);
		return this.mvc.perform(get(url).header(header, value)).andReturn().getResponse().getStatus();
	}

	private long downloads(long attachment) {
		return this.jdbc.queryForObject("select download_count from fiche_attachment where id = ?", Long.class,
				attachment);
	}

}
