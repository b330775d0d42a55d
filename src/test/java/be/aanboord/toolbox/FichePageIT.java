package be.aanboord.toolbox;

import java.io.ByteArrayInputStream;

import be.aanboord.IntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The public page of a fiche, its PDF and its earlier versions. */
@IntegrationTest
class FichePageIT {

	private static final String FICHE = "/toolbox/gepast-reageren-agressiecurve";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theFichePageShowsTheRenderedBodyFactsReferencesAndRelatedFiches() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(FICHE)).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(page.selectFirst("main h1").text())
			.isEqualTo("Gepast reageren op moeilijk hanteerbaar gedrag met de agressiecurve in het achterhoofd");
		assertThat(page.select(".fiche-body table th").eachText()).contains("fase", "gepaste reactie");
		assertThat(page.select(".fiche-body h2").eachText()).contains("De fasen en wat helpt");
		assertThat(page.select(".fiche-facts dd").eachText()).contains("Arktos", "Leerkracht, Schoolteam");
		assertThat(page.select(".fiche-references li").eachText())
			.anyMatch((reference) -> reference.contains("Kaplan en Wheeler"));
		assertThat(page.select(".related a").eachText()).contains("Rustbox: een hulpmiddel voor stressregulatie");
		assertThat(page.select("link[media=print]").attr("href")).isEqualTo("/static/css/toolbox-print.css");
		assertThat(page.selectFirst("a[href$=/pdf]").attr("href")).isEqualTo(FICHE + "/pdf");
	}

	@Test
	void anUnknownOrUnpublishedFicheIsNotFound() throws Exception {
		assertThat(this.mvc.perform(get("/toolbox/bestaat-niet")).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void thePdfHasTheSameContentAndEachDownloadIsCounted() throws Exception {
		long before = downloads();
		MockHttpServletResponse response = this.mvc.perform(get(FICHE + "/pdf")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		assertThat(response.getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"fiche-4-gepast-reageren-agressiecurve.pdf\"");
		try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains("Gepast reageren op moeilijk hanteerbaar gedrag")
				.contains("De fasen en wat helpt")
				.contains("Kaplan en Wheeler")
				.contains("Arktos")
				.contains("Fase 0: brede basiszorg");
		}
		assertThat(downloads()).isEqualTo(before + 1);
	}

	@Test
	void earlierVersionsStayReadable() throws Exception {
		Document page = Jsoup
			.parse(this.mvc.perform(get(FICHE + "/versies/1")).andReturn().getResponse().getContentAsString());
		assertThat(page.selectFirst("main h1").text()).startsWith("Gepast reageren");
		assertThat(page.selectFirst("[role=note]").text()).startsWith("Je leest versie 1");
		assertThat(this.mvc.perform(get(FICHE + "/versies/9")).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	private long downloads() {
		return this.jdbc.queryForObject("select download_count from fiche where slug = 'gepast-reageren-agressiecurve'",
				Long.class);
	}

	@Test
	void theAtomFeedListsTheNewestPublishedFiches() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/toolbox/nieuw.atom")).andReturn().getResponse();
		assertThat(response.getContentType()).isEqualTo("application/atom+xml;charset=UTF-8");
		org.jsoup.nodes.Document feed = Jsoup.parse(response.getContentAsString(), "",
				org.jsoup.parser.Parser.xmlParser());
		assertThat(feed.selectFirst("feed").attr("xmlns")).isEqualTo("http://www.w3.org/2005/Atom");
		assertThat(feed.selectFirst("feed > title").text()).isEqualTo("Nieuwe fiches in de toolbox");
		assertThat(feed.select("entry")).hasSize(18);
		assertThat(feed.select("entry > title").eachText()).contains("Preventieplan afwezigheden");
		assertThat(feed.select("entry > link").eachAttr("href"))
			.contains("http://localhost:8080/toolbox/gepast-reageren-agressiecurve");
		assertThat(feed.select("entry > author > name").eachText()).contains("Arktos", "PLG Limburg");
	}

}
