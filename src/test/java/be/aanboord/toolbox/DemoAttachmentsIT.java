package be.aanboord.toolbox;

import be.aanboord.IntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The demo fiches that describe a document come with attachments made for the demo. */
@IntegrationTest
class DemoAttachmentsIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DemoAttachments demo;

	private int demoAttachments() {
		return this.jdbc.queryForObject("""
				select count(*) from fiche_attachment a join fiche f on f.id = a.fiche_id
				where f.number between 1 and 18 and a.published""", Integer.class);
	}

	@Test
	void severalDemoFichesHavePublishedAttachmentsOfEachKind() {
		assertThat(demoAttachments()).isGreaterThanOrEqualTo(8);
		assertThat(this.jdbc.queryForList("""
				select distinct a.content_type from fiche_attachment a join fiche f on f.id = a.fiche_id
				where f.number between 1 and 18""", String.class)).contains("application/pdf",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document");
	}

	@Test
	void theFichePageListsThemAndEachDownloads() throws Exception {
		Document page = Jsoup.parse(this.mvc.perform(get("/toolbox/preventieplan-afwezigheden"))
			.andReturn()
			.getResponse()
			.getContentAsString());
		Elements links = page.select(".attachments a");
		assertThat(links.eachText()).containsExactly("Preventieplan afwezigheden - overzicht op één blad.pdf",
				"PDCA-opvolgtabel preventieplan.xlsx");
		MockHttpServletResponse pdf = this.mvc.perform(get(links.get(0).attr("href"))).andReturn().getResponse();
		assertThat(pdf.getStatus()).isEqualTo(200);
		assertThat(pdf.getContentType()).isEqualTo("application/pdf");
		try (PDDocument document = Loader.loadPDF(pdf.getContentAsByteArray())) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
		}
		MockHttpServletResponse sheet = this.mvc.perform(get(links.get(1).attr("href"))).andReturn().getResponse();
		assertThat(sheet.getStatus()).isEqualTo(200);
		assertThat(sheet.getHeader("Content-Disposition")).contains("PDCA-opvolgtabel");
	}

	@Test
	void loadingAgainAddsNothing() {
		int before = demoAttachments();
		this.demo.load();
		assertThat(demoAttachments()).isEqualTo(before);
	}

}
