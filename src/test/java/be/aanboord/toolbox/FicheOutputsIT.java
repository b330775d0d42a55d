package be.aanboord.toolbox;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.xml.parsers.DocumentBuilderFactory;

import be.aanboord.IntegrationTest;
import be.aanboord.PdfInspection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static be.aanboord.PdfInspection.GLYPHS;
import static be.aanboord.PdfInspection.REFUSED_BY_XML;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The feed and the PDF of a fiche whatever the database holds: text written there
 * directly (as by an older version or an import) with characters XML refuses, other
 * scripts, long addresses and long tables.
 */
@IntegrationTest
class FicheOutputsIT {

	private static final String SLUG = "gepast-reageren-agressiecurve";

	/** 200 characters, most of them without a place where a line may break. */
	private static final String LONG_URL = "https://www.example.org/verslag?sleutel=" + "0123456789abcdef".repeat(10);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ToolboxCache cache;

	private Map<String, Object> original;

	@BeforeEach
	void remember() {
		this.original = this.jdbc.queryForMap("""
				select v.title, v.summary, v.body_html from fiche_version v join fiche f on f.id = v.fiche_id
				where f.slug = ? and v.live""", SLUG);
		this.cache.clear();
	}

	@AfterEach
	void restore() {
		this.jdbc.update("""
				update fiche_version v set title = ?, summary = ?, body_html = ? from fiche f
				where f.id = v.fiche_id and f.slug = ? and v.live""", this.original.get("title"),
				this.original.get("summary"), this.original.get("body_html"), SLUG);
		this.cache.clear();
	}

	@Test
	void theFeedStaysWellFormedWhenATitleHoldsCharactersXmlRefuses() throws Exception {
		this.jdbc.update(
				"""
						update fiche_version v set title = 'Gepast' || ? || ' reageren ' || ?, summary = 'Kort' || ? || ' en goed'
						from fiche f where f.id = v.fiche_id and f.slug = ? and v.live""",
				REFUSED_BY_XML, GLYPHS, REFUSED_BY_XML, SLUG);
		MockHttpServletResponse response = this.mvc.perform(get("/toolbox/nieuw.atom")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.getContentAsByteArray()));
		NodeList titles = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title");
		assertThat(IntStream.range(0, titles.getLength()).mapToObj((i) -> titles.item(i).getTextContent()))
			.contains("Gepast reageren " + GLYPHS);
		NodeList summaries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "summary");
		assertThat(IntStream.range(0, summaries.getLength()).mapToObj((i) -> summaries.item(i).getTextContent()))
			.contains("Kort en goed");
	}

	@Test
	void thePdfPrintsOtherScriptsInAnEmbeddedFontWhateverTheFicheHolds() throws Exception {
		this.jdbc.update("""
				update fiche_version v set title = v.title || ? || ' ' || ?, body_html = v.body_html || ?
				from fiche f where f.id = v.fiche_id and f.slug = ? and v.live""", REFUSED_BY_XML, GLYPHS,
				"<p>Ελληνικά, Кириллица, " + PdfInspection.ARABIC + "</p><p>" + REFUSED_BY_XML + "</p>", SLUG);
		PdfInspection pdf = pdf();
		String text = pdf.text();
		assertThat(text).contains("Gepast reageren op moeilijk hanteerbaar gedrag", GLYPHS, "Ελληνικά, Кириллица");
		assertThat(PdfInspection.holdsArabic(text)).as(text).isTrue();
		assertThat(pdf.fonts()).isNotEmpty().allMatch((font) -> font.contains("DejaVuSans"));
		assertThat(pdf.embeddedFonts()).isEqualTo(pdf.fonts());
	}

	@Test
	void aLongAddressWrapsAndTheHeaderOfALongTableRepeatsOnTheNextPage() throws Exception {
		String rows = IntStream.rangeClosed(1, 80)
			.mapToObj((i) -> "<tr><td>bron " + i + "</td><td>" + ((i == 3) ? LONG_URL : "toelichting " + i)
					+ "</td></tr>")
			.collect(Collectors.joining());
		this.jdbc.update("""
				update fiche_version v set body_html = v.body_html || ? from fiche f
				where f.id = v.fiche_id and f.slug = ? and v.live""",
				"<table><thead><tr><th>Kolom bron</th><th>Kolom toelichting</th></tr></thead><tbody>" + rows
						+ "</tbody></table>",
				SLUG);
		PdfInspection pdf = pdf();
		assertThat(pdf.charactersOutsideThePage()).isEmpty();
		assertThat(pdf.text().replace(" ", "")).contains(LONG_URL);
		int last = IntStream.rangeClosed(1, pdf.pages())
			.filter((page) -> pageText(pdf, page).contains("bron 80 "))
			.findFirst()
			.orElseThrow();
		int first = IntStream.rangeClosed(1, pdf.pages())
			.filter((page) -> pageText(pdf, page).contains("bron 1 "))
			.findFirst()
			.orElseThrow();
		assertThat(last).isGreaterThan(first);
		for (int page = first; page <= last; page++) {
			assertThat(pageText(pdf, page)).as("page %d", page).contains("Kolom bron Kolom toelichting");
		}
	}

	private PdfInspection pdf() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/toolbox/" + SLUG + "/pdf")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return new PdfInspection(response.getContentAsByteArray());
	}

	private static String pageText(PdfInspection pdf, int page) {
		try {
			return pdf.pageText(page) + " ";
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
