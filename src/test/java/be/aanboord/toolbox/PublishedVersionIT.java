package be.aanboord.toolbox;

import be.aanboord.IntegrationTest;
import be.aanboord.SignedIn;
import be.aanboord.account.TestAccounts;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * While a contributor writes a new version of a published fiche and the editors review
 * it, the public keeps reading the published version everywhere; publishing the new
 * version replaces it, and the earlier one stays readable.
 */
@IntegrationTest
class PublishedVersionIT {

	private static final String SLUG = "de-kompasoefening-in-de-klas";

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

	@AfterEach
	void removeTheFichesWrittenHere() {
		this.jdbc.update("delete from fiche where contributor_id = ?", this.accounts.idOf("partner"));
		this.jdbc.update("delete from attachment_content where stored_name not in "
				+ "(select stored_name from fiche_attachment)");
		this.jdbc.execute("refresh materialized view fiche_word");
		this.cache.clear();
	}

	@Test
	void thePublicKeepsReadingThePublishedVersionUntilTheNewOneIsPublished() throws Exception {
		long id = create();
		long firstAttachment = upload(id, "eerste folder.pdf");
		this.signedIn.as("partner", post("/toolbox/mijn-fiches/" + id + "/indienen").with(csrf()));
		this.signedIn.as("redactie",
				post("/toolbox/redactie/" + id + "/publiceren").with(csrf()).param("nagekeken", "ja"));

		this.signedIn.as("partner", post("/toolbox/mijn-fiches/" + id + "/nieuwe-versie").with(csrf()));
		this.signedIn.as("partner",
				post("/toolbox/mijn-fiches/" + id).with(csrf())
					.param("title", "De ademhalingsladder in de klas")
					.param("summary", "Een nieuwe samenvatting over de ademhalingsladder.")
					.param("body", "Tweede versie: de ademhalingsladder.")
					.param("themes", "WELLBEING")
					.param("phases", "PHASE_1")
					.param("levels", "SECONDARY")
					.param("audiences", "CLB")
					.param("licence", "ALL_RIGHTS_RESERVED")
					.param("references", "persoon: Een nieuwe begeleider")
					.param("images[0].url", "https://example.org/ladder.jpg")
					.param("images[0].text", "Een ladder met vijf treden")
					.param("videos[0].url", "")
					.param("videos[0].text", "")
					.param("version", String.valueOf(version(id))));
		this.signedIn.as("partner",
				post("/toolbox/mijn-fiches/" + id + "/bijlagen/" + firstAttachment + "/verwijderen").with(csrf()));
		long secondAttachment = upload(id, "tweede folder.pdf");
		this.cache.clear();

		// the contributor works on the new version ...
		Document draft = this.signedIn.page("partner", get("/toolbox/mijn-fiches/" + id));
		assertThat(draft.selectFirst("#body").text()).isEqualTo("Tweede versie: de ademhalingsladder.");
		assertThat(draft.selectFirst(".published-meanwhile").text()).startsWith("Versie 1 blijft op de publieke");
		assertThat(draft.select(".attachment-list li").text()).contains("tweede folder.pdf")
			.doesNotContain("eerste folder.pdf");
		// ... while the public reads version 1, its facts, references and attachments
		assertPublicShowsTheFirstVersion(firstAttachment, secondAttachment);

		this.signedIn.as("partner", post("/toolbox/mijn-fiches/" + id + "/indienen").with(csrf()));
		this.cache.clear();
		Document review = this.signedIn.page("redactie", get("/toolbox/redactie/" + id));
		assertThat(review.selectFirst(".fiche-body").text()).isEqualTo("Tweede versie: de ademhalingsladder.");
		assertThat(review.selectFirst(".published-meanwhile").text()).startsWith("Versie 1 blijft op de publieke");
		assertPublicShowsTheFirstVersion(firstAttachment, secondAttachment);

		this.signedIn.as("redactie",
				post("/toolbox/redactie/" + id + "/publiceren").with(csrf()).param("nagekeken", "ja"));
		Document page = publicPage("/toolbox/" + SLUG);
		assertThat(page.selectFirst("main h1").text()).isEqualTo("De ademhalingsladder in de klas");
		assertThat(page.selectFirst(".fiche-body").text()).isEqualTo("Tweede versie: de ademhalingsladder.");
		assertThat(page.select(".fiche-facts dd").eachText()).contains("Welbevinden en stress",
				"Alle rechten voorbehouden");
		assertThat(page.select(".fiche-references li").eachText()).containsExactly("Persoon: Een nieuwe begeleider");
		assertThat(page.select(".fiche-images a").eachText()).containsExactly("Een ladder met vijf treden");
		assertThat(page.select(".fiche-videos")).isEmpty();
		assertThat(page.select(".attachments a").eachText()).containsExactly("tweede folder.pdf");
		assertThat(page.select(".versions a").eachText()).hasSize(2);
		assertThat(status("/toolbox/" + SLUG + "/bijlagen/" + secondAttachment)).isEqualTo(200);
		assertThat(status("/toolbox/" + SLUG + "/bijlagen/" + firstAttachment)).isEqualTo(404);
		assertThat(
				this.jdbc.queryForObject("select count(*) from fiche_attachment where fiche_id = ?", Integer.class, id))
			.as("the withdrawn attachment is gone once the new version is published")
			.isEqualTo(1);
		assertThat(titles("/toolbox?q=ademhalingsladder")).contains("De ademhalingsladder in de klas");
		assertThat(titles("/toolbox?q=kompasoefening")).isEmpty();
		assertThat(pdfText())
			.contains("Tweede versie: de ademhalingsladder.", "Een ladder met vijf treden",
					"https://example.org/ladder.jpg")
			.doesNotContain("kompas");

		Document first = publicPage("/toolbox/" + SLUG + "/versies/1");
		assertThat(first.selectFirst("main h1").text()).isEqualTo("De kompasoefening in de klas");
		assertThat(first.selectFirst(".fiche-body").text()).isEqualTo("Eerste versie: de kompasoefening.");
		assertThat(first.select(".fiche-facts dd").eachText()).contains("Klasklimaat");
		assertThat(first.select(".fiche-references li").eachText())
			.containsExactly("Bron: Een boek over de kompasoefening");
		assertThat(first.select(".fiche-images a").eachText()).containsExactly("Een kompas op een lessenaar");
		assertThat(first.select(".fiche-videos a").eachText()).containsExactly("De kompasoefening in beeld");

		this.signedIn.as("redactie", post("/toolbox/redactie/" + id + "/archiveren").with(csrf()));
		assertThat(status("/toolbox/" + SLUG)).isEqualTo(404);
		assertThat(status("/toolbox/" + SLUG + "/pdf")).isEqualTo(404);
		assertThat(status("/toolbox/" + SLUG + "/bijlagen/" + secondAttachment)).isEqualTo(404);
		assertThat(titles("/toolbox?q=ademhalingsladder")).isEmpty();
	}

	private void assertPublicShowsTheFirstVersion(long firstAttachment, long secondAttachment) throws Exception {
		Document page = publicPage("/toolbox/" + SLUG);
		assertThat(page.title()).startsWith("De kompasoefening in de klas");
		assertThat(page.selectFirst("main h1").text()).isEqualTo("De kompasoefening in de klas");
		assertThat(page.selectFirst(".fiche-summary").text()).isEqualTo("Een samenvatting over de kompasoefening.");
		assertThat(page.selectFirst(".fiche-body").text()).isEqualTo("Eerste versie: de kompasoefening.");
		assertThat(page.select(".fiche-facts dd").eachText())
			.contains("Klasklimaat", "Fase 0: brede basiszorg", "Lager onderwijs", "Leerkracht",
					"Creative Commons Naamsvermelding-GelijkDelen (CC BY-SA 4.0)")
			.doesNotContain("Welbevinden en stress");
		assertThat(page.select(".fiche-references li").eachText())
			.containsExactly("Bron: Een boek over de kompasoefening");
		assertThat(page.select(".attachments a").eachText()).containsExactly("eerste folder.pdf");
		assertThat(page.select(".fiche-images a").eachText()).containsExactly("Een kompas op een lessenaar");
		assertThat(page.select(".fiche-videos a").eachAttr("href")).containsExactly("https://example.org/kompas-film");
		assertThat(page.text()).doesNotContain("ademhalingsladder").doesNotContain("ladder met vijf treden");
		assertThat(status("/toolbox/" + SLUG + "/bijlagen/" + firstAttachment)).isEqualTo(200);
		assertThat(status("/toolbox/" + SLUG + "/bijlagen/" + secondAttachment)).isEqualTo(404);

		assertThat(titles("/toolbox?q=kompasoefening")).containsExactly("De kompasoefening in de klas");
		assertThat(publicPage("/toolbox?q=kompasoefening").select(".snippet").text())
			.doesNotContain("ademhalingsladder");
		assertThat(titles("/toolbox?q=ademhalingsladder")).isEmpty();
		assertThat(titles("/toolbox?thema=CLASS_CLIMATE")).contains("De kompasoefening in de klas");
		assertThat(titles("/toolbox?thema=WELLBEING")).doesNotContain("De kompasoefening in de klas",
				"De ademhalingsladder in de klas");
		assertThat(titles("/toolbox?sorteer=nieuwste")).first().isEqualTo("De kompasoefening in de klas");
		assertThat(publicPage("/toolbox/preventief-klasklimaat-samenwerken").select(".related a").eachText())
			.as("related through the published theme, under the published title")
			.contains("De kompasoefening in de klas");
		assertThat(pdfText())
			.contains("Eerste versie: de kompasoefening.", "Een kompas op een lessenaar",
					"https://example.org/kompas.jpg", "De kompasoefening in beeld")
			.doesNotContain("ladder");
		String feed = this.signedIn.as(null, get("/toolbox/nieuw.atom")).getContentAsString();
		assertThat(Jsoup.parse(feed, "", Parser.xmlParser()).select("entry > title").eachText())
			.contains("De kompasoefening in de klas")
			.doesNotContain("De ademhalingsladder in de klas");
	}

	private long create() throws Exception {
		MockHttpServletResponse response = this.signedIn.as("partner",
				post("/toolbox/mijn-fiches/nieuw").with(csrf())
					.param("title", "De kompasoefening in de klas")
					.param("summary", "Een samenvatting over de kompasoefening.")
					.param("body", "Eerste versie: de kompasoefening.")
					.param("themes", "CLASS_CLIMATE")
					.param("phases", "PHASE_0")
					.param("levels", "PRIMARY")
					.param("audiences", "TEACHER")
					.param("licence", "CC_BY_SA")
					.param("references", "Een boek over de kompasoefening")
					.param("images[0].url", "https://example.org/kompas.jpg")
					.param("images[0].text", "Een kompas op een lessenaar")
					.param("videos[0].url", "https://example.org/kompas-film")
					.param("videos[0].text", "De kompasoefening in beeld")
					.param("version", "0"));
		return Long.parseLong(response.getRedirectedUrl().replace("/toolbox/mijn-fiches/", ""));
	}

	private long upload(long id, String name) throws Exception {
		this.mvc
			.perform(multipart("/toolbox/mijn-fiches/" + id + "/bijlagen")
				.file(new MockMultipartFile("bestand", name, "application/pdf", PDF))
				.with(user(this.accounts.signedIn("partner")))
				.with(csrf()))
			.andReturn();
		return this.jdbc.queryForObject("select id from fiche_attachment where fiche_id = ? and original_name = ?",
				Long.class, id, name);
	}

	private Document publicPage(String url) throws Exception {
		MockHttpServletResponse response = this.signedIn.as(null, get(url));
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	private java.util.List<String> titles(String url) throws Exception {
		return publicPage(url).select(".fiche-results h2 a").eachText();
	}

	private int status(String url) throws Exception {
		return this.signedIn.status(null, get(url));
	}

	private String pdfText() throws Exception {
		MockHttpServletResponse response = this.signedIn.as(null, get("/toolbox/" + SLUG + "/pdf"));
		assertThat(response.getStatus()).isEqualTo(200);
		try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
			return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
		}
	}

	private int version(long id) {
		return this.jdbc.queryForObject("select version from fiche where id = ?", Integer.class, id);
	}

}
