package be.aanboord.prevention.action;

import java.nio.charset.StandardCharsets;

import be.aanboord.IntegrationTest;
import be.aanboord.SignedIn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The plan's attachments: the school and the CLB upload a real PDF (multipart) and
 * download it with the stored type, as a download, never sniffed or cached; a file of
 * another type, an empty or too large file or a missing title is refused in Dutch with
 * the title kept; only the school deletes; another plan's attachment is the 404 page.
 */
@IntegrationTest
class PlanAttachmentIT {

	@Autowired
	SignedIn signedIn;

	@Autowired
	ActionFixture fixture;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlanAttachments attachments;

	@BeforeEach
	void create() {
		this.fixture.create();
	}

	@AfterEach
	void remove() {
		this.fixture.remove();
	}

	private String list() {
		return "/preventieplan/" + this.fixture.planId + "/bijlagen";
	}

	private MockMultipartHttpServletRequestBuilder upload(String address, String title, String name, byte[] content) {
		MockMultipartHttpServletRequestBuilder request = multipart(address)
			.file(new MockMultipartFile("bestand", name, "application/octet-stream", content));
		request.with(csrf());
		if (title != null) {
			request.param("titel", title);
		}
		return request;
	}

	private long count() {
		return this.jdbc.sql("select count(*) from plan_attachment where plan_id = ?")
			.param(this.fixture.planId)
			.query(Long.class)
			.single();
	}

	@Test
	void theSchoolUploadsTheClbDownloadsAndOnlyTheSchoolDeletes() throws Exception {
		byte[] pdf = ActionFixture.pdf();
		MockHttpServletResponse uploaded = this.signedIn.as(this.fixture.school,
				upload(list(), "Verslag overleg november", "C:\\Users\\zorg\\verslag \"nov\".pdf", pdf));
		assertThat(uploaded.getRedirectedUrl()).isEqualTo(list());
		long id = this.jdbc.sql("select id from plan_attachment where plan_id = ?")
			.param(this.fixture.planId)
			.query(Long.class)
			.single();
		assertThat(this.jdbc
			.sql("select file_name || '|' || content_type || '|' || size_bytes from plan_attachment" + " where id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("verslag _nov_.pdf|application/pdf|" + pdf.length);

		Document page = this.signedIn.page(this.fixture.clb, get(list()));
		assertThat(page.select("#bijlagen tbody tr")).hasSize(1);
		assertThat(page.selectFirst("#bijlagen tbody a").text()).isEqualTo("Verslag overleg november");
		assertThat(page.selectFirst("#bijlagen tbody a").attr("href")).isEqualTo(list() + "/" + id);
		assertThat(page.select("form[action$=/verwijderen]")).as("the CLB deletes nothing").isEmpty();
		assertThat(page.select("form[enctype=multipart/form-data] input[type=file][name=bestand]")).hasSize(1);

		MockHttpServletResponse download = this.signedIn.as(this.fixture.clb, get(list() + "/" + id));
		assertThat(download.getStatus()).isEqualTo(200);
		assertThat(download.getContentType()).isEqualTo("application/pdf");
		assertThat(download.getHeader("Content-Disposition")).startsWith("attachment;")
			.contains("verslag _nov_.pdf")
			.doesNotContain("\\", "Users");
		assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(download.getHeader("Cache-Control")).isEqualTo("private, no-store");
		assertThat(download.getContentAsByteArray()).isEqualTo(pdf);

		MockHttpServletResponse byClb = this.signedIn.as(this.fixture.clb,
				upload(list(), "Nota van het CLB", "nota.pdf", pdf));
		assertThat(byClb.getRedirectedUrl()).isEqualTo(list());
		assertThat(count()).isEqualTo(2);

		assertThat(this.signedIn.status(this.fixture.clb, post(list() + "/" + id + "/verwijderen").with(csrf())))
			.isEqualTo(403);
		Document schoolPage = this.signedIn.page(this.fixture.school, get(list()));
		assertThat(schoolPage.select("form[action=" + list() + "/" + id + "/verwijderen]")).hasSize(1);
		MockHttpServletResponse deleted = this.signedIn.as(this.fixture.school,
				post(list() + "/" + id + "/verwijderen").with(csrf()));
		assertThat(deleted.getRedirectedUrl()).isEqualTo(list());
		assertThat(count()).isEqualTo(1);
		assertThat(this.signedIn.status(this.fixture.school, get(list() + "/" + id))).isEqualTo(404);
	}

	@Test
	void aRefusedFileSaysWhyInDutchAndKeepsTheTitle() throws Exception {
		Document wrongType = this.signedIn.page(this.fixture.school, upload(list(), "Mijn notities", "notities.pdf",
				"Dit is gewone tekst, geen PDF.".getBytes(StandardCharsets.UTF_8)));
		assertThat(wrongType.selectFirst("#bestand-fout").text()).startsWith("Dit soort bestand kan niet");
		assertThat(wrongType.selectFirst("input#titel").val()).isEqualTo("Mijn notities");
		assertThat(wrongType.selectFirst("input#bestand").attr("aria-invalid")).isEqualTo("true");

		Document html = this.signedIn.page(this.fixture.clb, upload(list(), "Pagina", "pagina.pdf",
				"<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)));
		assertThat(html.selectFirst("#bestand-fout").text()).startsWith("Dit soort bestand kan niet");

		Document broken = this.signedIn.page(this.fixture.school,
				upload(list(), "Kapot", "kapot.pdf", java.util.Arrays.copyOf(ActionFixture.pdf(), 20)));
		assertThat(broken.selectFirst("#bestand-fout").text()).isNotEmpty();

		Document empty = this.signedIn.page(this.fixture.school, upload(list(), "Leeg", "leeg.pdf", new byte[0]));
		assertThat(empty.selectFirst("#bestand-fout").text()).isEqualTo("Kies een bestand; een leeg bestand kan niet.");
		assertThat(empty.selectFirst("input#titel").val()).isEqualTo("Leeg");

		Document noTitle = this.signedIn.page(this.fixture.school, upload(list(), " ", "a.pdf", ActionFixture.pdf()));
		assertThat(noTitle.selectFirst("#titel-fout").text()).isEqualTo("Geef de bijlage een titel.");
		Document longTitle = this.signedIn.page(this.fixture.school,
				upload(list(), "t".repeat(201), "a.pdf", ActionFixture.pdf()));
		assertThat(longTitle.selectFirst("#titel-fout").text()).contains("200");
		assertThat(longTitle.selectFirst("input#titel").val()).hasSize(201);

		Document tooLarge = this.signedIn.page(this.fixture.school,
				upload(list(), "Groot", "groot.pdf", new byte[(int) this.attachments.maxBytes() + 1]));
		assertThat(tooLarge.selectFirst("#bestand-fout").text()).startsWith("Dit bestand is te groot: hoogstens 20 MB");
		assertThat(tooLarge.selectFirst("input#titel").val()).isEqualTo("Groot");

		Document notMultipart = this.signedIn.page(this.fixture.school,
				post(list()).with(csrf()).param("titel", "Zonder bestand"));
		assertThat(notMultipart.selectFirst("#bestand-fout").text()).startsWith("Kies een bestand");
		assertThat(count()).isZero();
	}

	@Test
	void anotherPlansAttachmentAndOtherUsersGetNothing() throws Exception {
		String lastYear = "/preventieplan/" + this.fixture.lastYearPlanId + "/bijlagen";
		assertThat(this.signedIn.as(this.fixture.school, upload(lastYear, "Vorig jaar", "v.pdf", ActionFixture.pdf()))
			.getRedirectedUrl()).isEqualTo(lastYear);
		long id = this.jdbc.sql("select id from plan_attachment where plan_id = ?")
			.param(this.fixture.lastYearPlanId)
			.query(Long.class)
			.single();
		assertThat(this.signedIn.status(this.fixture.school, get(lastYear + "/" + id))).isEqualTo(200);
		assertThat(this.signedIn.status(this.fixture.school, get(list() + "/" + id))).isEqualTo(404);
		assertThat(this.signedIn.status(this.fixture.clb, get(list() + "/" + id))).isEqualTo(404);
		assertThat(this.signedIn.status(this.fixture.school, post(list() + "/" + id + "/verwijderen").with(csrf())))
			.isEqualTo(404);
		assertThat(this.signedIn.status(this.fixture.otherSchool, get(lastYear + "/" + id))).isEqualTo(404);
		assertThat(this.signedIn.status(this.fixture.otherSchool, get(lastYear))).isEqualTo(404);
		assertThat(this.signedIn.status(this.fixture.otherSchool,
				upload(lastYear, "Ingebroken", "i.pdf", ActionFixture.pdf())))
			.isEqualTo(404);
		assertThat(this.signedIn.status(this.fixture.school, get(list() + "/abc"))).isEqualTo(404);
		assertThat(this.signedIn.status("coordinator", get(lastYear + "/" + id))).isEqualTo(403);
		assertThat(this.signedIn.status(null, get(lastYear + "/" + id))).isEqualTo(302);
		assertThat(this.jdbc.sql("select count(*) from plan_attachment where plan_id = ?")
			.param(this.fixture.lastYearPlanId)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

}
