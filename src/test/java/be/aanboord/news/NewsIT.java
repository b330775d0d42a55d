package be.aanboord.news;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import be.aanboord.IntegrationTest;
import be.aanboord.SignedIn;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * An editor writes a news item linked to a fiche and an activity, previews the draft
 * (which nobody else sees), publishes it (on the list, its page and the feed), edits it
 * and withdraws it; a stale form is a conflict; bad input is a Dutch error with the input
 * kept; the Atom feed stays well-formed with hostile titles.
 */
@IntegrationTest
class NewsIT {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	@Autowired
	SignedIn signedIn;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void removeTestItems() {
		this.jdbc.update("delete from news_item where title like 'Test %' or title like '%<script>%'");
	}

	static MockHttpServletRequestBuilder form(String path, String title, String body, int version) {
		return post(path).with(csrf())
			.param("title", title)
			.param("date", LocalDate.now(ZoneId.of("Europe/Brussels")).plusDays(1).toString())
			.param("body", body)
			.param("version", String.valueOf(version))
			.param("offers", "");
	}

	@Test
	void anItemLinksToHelpOffersByTheirAddress() throws Exception {
		MockHttpServletResponse created = this.signedIn.as("redactie",
				form("/nieuws/beheer/nieuw", "Test Hulp via het CLB", "Tekst.", 0).param("offers",
						"/hulp/vrij-clb-leuven\nhttp://localhost:8080/hulp/meldpunt-schoolexterne-interventies\n"));
		long id = Long.parseLong(created.getRedirectedUrl().substring("/nieuws/beheer/".length()));
		Document form = this.signedIn.page("redactie", get("/nieuws/beheer/" + id));
		assertThat(form.select("#offers").text()).contains("/hulp/vrij-clb-leuven")
			.contains("/hulp/meldpunt-schoolexterne-interventies");
		this.signedIn.as("redactie", post("/nieuws/beheer/" + id + "/publiceren").with(csrf()));
		String slug = this.jdbc.queryForObject("select slug from news_item where id = ?", String.class, id);
		assertThat(this.signedIn.page(null, get("/nieuws/" + slug)).select(".news-links a").eachAttr("href"))
			.containsExactlyInAnyOrder("/hulp/vrij-clb-leuven", "/hulp/meldpunt-schoolexterne-interventies");
		// the demo item links to its offers too
		assertThat(this.signedIn.page(null, get("/nieuws/infomoment-meldpunt-si"))
			.select(".news-links a")
			.eachAttr("href"))
			.contains("/hulp/meldpunt-schoolexterne-interventies", "/agenda/provinciaal-platform-2027");
	}

	@Test
	void anEditorWritesPublishesEditsAndWithdrawsAnItem() throws Exception {
		long fiche = this.jdbc.queryForObject("select id from fiche where slug = 'rustbox-stressregulatie'",
				Long.class);
		long activity = this.jdbc.queryForObject("select id from activity where slug = 'leerlabo-bao-2026'",
				Long.class);
		MockHttpServletResponse created = this.signedIn.as("redactie",
				form("/nieuws/beheer/nieuw", "Test De rustbox in de klas", "Een **korte** tekst.", 0)
					.param("ficheIds", String.valueOf(fiche))
					.param("activityIds", String.valueOf(activity)));
		assertThat(created.getRedirectedUrl()).startsWith("/nieuws/beheer/");
		long id = Long.parseLong(created.getRedirectedUrl().substring("/nieuws/beheer/".length()));
		String slug = this.jdbc.queryForObject("select slug from news_item where id = ?", String.class, id);
		assertThat(slug).startsWith("test-de-rustbox-in-de-klas-");

		assertThat(this.signedIn.status(null, get("/nieuws/" + slug))).isEqualTo(404);
		Document preview = this.signedIn.page("redactie", get("/nieuws/" + slug));
		assertThat(preview.select("#ontwerp").text()).isEqualTo("Ontwerp");
		assertThat(this.signedIn.page(null, get("/nieuws")).text()).doesNotContain("Test De rustbox");

		assertThat(this.signedIn.as("redactie", post("/nieuws/beheer/" + id + "/publiceren").with(csrf()))
			.getRedirectedUrl()).isEqualTo("/nieuws/beheer/" + id);
		Document page = this.signedIn.page(null, get("/nieuws/" + slug));
		assertThat(page.select("h1").text()).isEqualTo("Test De rustbox in de klas");
		assertThat(page.select(".news-body strong").text()).isEqualTo("korte");
		assertThat(page.select(".news-links a").eachAttr("href")).contains("/toolbox/rustbox-stressregulatie",
				"/agenda/leerlabo-bao-2026");
		assertThat(page.select("#ontwerp")).isEmpty();
		Document list = this.signedIn.page(null, get("/nieuws"));
		assertThat(list.select(".news-item h2").first().text()).isEqualTo("Test De rustbox in de klas");
		assertThat(feed()).contains("Test De rustbox in de klas");

		int version = this.jdbc.queryForObject("select version from news_item where id = ?", Integer.class, id);
		assertThat(this.signedIn
			.as("redactie", form("/nieuws/beheer/" + id, "Test De rustbox, aangepast", "Nieuwe tekst.", version))
			.getRedirectedUrl()).isEqualTo("/nieuws/beheer/" + id);
		assertThat(this.signedIn.page(null, get("/nieuws/" + slug)).select("h1").text())
			.isEqualTo("Test De rustbox, aangepast");
		assertThat(this.jdbc.queryForObject("select count(*) from news_item_fiche where news_item_id = ?",
				Integer.class, id))
			.as("links not sent are removed")
			.isZero();

		Document stale = this.signedIn.page("redactie",
				form("/nieuws/beheer/" + id, "Test Oude versie", "Tekst.", version));
		assertThat(stale.select(".alert-warning").text()).contains("Iemand anders");
		assertThat(stale.select("#title").val()).isEqualTo("Test Oude versie");

		this.signedIn.as("redactie", post("/nieuws/beheer/" + id + "/intrekken").with(csrf()));
		assertThat(this.signedIn.status(null, get("/nieuws/" + slug))).isEqualTo(404);
		assertThat(feed()).doesNotContain("Test De rustbox");
	}

	@Test
	void badInputIsADutchErrorWithTheInputKept() throws Exception {
		MockHttpServletResponse response = this.signedIn.as("redactie",
				post("/nieuws/beheer/nieuw").with(csrf())
					.param("title", "")
					.param("date", "31/02/2026")
					.param("body", "Tekst zonder titel.")
					.param("version", "0")
					.param("offers", "/hulp/bestaat-niet")
					.param("ficheIds", "abc"));
		assertThat(response.getStatus()).isEqualTo(200);
		Document page = org.jsoup.Jsoup.parse(response.getContentAsString());
		assertThat(page.select("#title-fout").text()).isEqualTo("Geef een titel.");
		assertThat(page.select("#date-fout").text()).isEqualTo("Geef een geldige datum.");
		assertThat(page.select("#offers-fout").text()).contains("Geen gepubliceerd hulpaanbod gevonden voor:")
			.contains("/hulp/bestaat-niet");
		assertThat(page.select("#body").text()).isEqualTo("Tekst zonder titel.");
		assertThat(this.jdbc.queryForObject("select count(*) from news_item where body = 'Tekst zonder titel.'",
				Integer.class))
			.isZero();
	}

	@Test
	void theFeedIsWellFormedAtomWithHostileTitles() throws Exception {
		String hostile = "Test <script>alert('x')</script> & \"quotes\" ]]> \u0001 \uFFFE 😀";
		MockHttpServletResponse created = this.signedIn.as("redactie",
				form("/nieuws/beheer/nieuw", hostile, "<img src=x onerror=alert(1)> ]]> &amp;", 0));
		long id = Long.parseLong(created.getRedirectedUrl().substring("/nieuws/beheer/".length()));
		this.signedIn.as("redactie", post("/nieuws/beheer/" + id + "/publiceren").with(csrf()));

		MockHttpServletResponse response = this.signedIn.as(null, get("/nieuws/feed.atom"));
		assertThat(response.getContentType()).startsWith("application/atom+xml");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		org.w3c.dom.Document feed = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(response.getContentAsByteArray()));
		NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
		assertThat(entries.getLength()).isGreaterThanOrEqualTo(4);
		Element first = (Element) entries.item(0);
		String title = first.getElementsByTagNameNS(ATOM, "title").item(0).getTextContent();
		assertThat(title).startsWith("Test <script>alert('x')</script> & \"quotes\" ]]>").contains("😀");
		String content = first.getElementsByTagNameNS(ATOM, "content").item(0).getTextContent();
		assertThat(content).doesNotContain("<img");
		assertThat(feed.getDocumentElement().getElementsByTagNameNS(ATOM, "link").getLength()).isPositive();
		// the demo's draft is not in the feed, its published items are
		String text = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(text).contains("Infomoment Meldpunt SI")
			.doesNotContain("Studiedag over aanwezigheidsbeleid aangekondigd");
	}

	private String feed() throws Exception {
		return this.signedIn.as(null, get("/nieuws/feed.atom")).getContentAsString(StandardCharsets.UTF_8);
	}

}
