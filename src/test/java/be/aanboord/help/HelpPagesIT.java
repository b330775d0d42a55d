package be.aanboord.help;

import java.util.List;

import be.aanboord.IntegrationTest;
import be.aanboord.SignedIn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * An offer's page, the levels of care drawn as SVG and given as a list, the partner
 * directory's contact data and links to the offers, and no cookie for anonymous visitors.
 */
@IntegrationTest
class HelpPagesIT {

	@Autowired
	SignedIn signedIn;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeTestOffers() {
		this.jdbc.sql("delete from help_offer where slug like 'test-%'").update();
	}

	@Test
	void anOfferPageShowsWhatItOffersHowToReachItAndWhenItWasChecked() throws Exception {
		MockHttpServletResponse response = this.signedIn.as(null, get("/hulp/naft-leerrecht-vlaams-brabant-oost"));
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getCookies()).isEmpty();
		assertThat(response.getHeaders("Set-Cookie")).isEmpty();
		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(page.select("h1").text()).isEqualTo("NAFT-Leerrecht Vlaams-Brabant Oost");
		assertThat(page.select(".help-description strong").eachText()).contains("Naadloos Flexibel Traject");
		assertThat(page.select("address.help-contact").text()).contains("Brusselsesteenweg 60 (fictief)", "3020 Herent",
				"016 89 41 20", "naft@leerrecht.example.be");
		assertThat(page.select("address.help-contact a[href='tel:016894120']")).hasSize(1);
		String facts = page.select("dl.help-facts").text();
		assertThat(facts).contains("Enkel via het CLB", "Secundair onderwijs", "Buitengewoon onderwijs", "Leerlingen",
				"12 tot 18 jaar", "Leuven", "Aarschot", "NAFT-Leerrecht Vlaams-Brabant Oost");
		assertThat(facts).doesNotContain("Halle");
		assertThat(page.text()).contains("Laatst nagekeken op 01/10/2026");
		JsonNode jsonLd = JsonMapper.builder()
			.build()
			.readTree(page.select("script[type='application/ld+json']").first().data());
		assertThat(jsonLd.get("@type").asString()).isEqualTo("Organization");
		assertThat(jsonLd.get("telephone").asString()).isEqualTo("016 89 41 20");

		Document direct = this.signedIn.page(null, get("/hulp/platform-voor-de-samenlevingsdienst"));
		assertThat(direct.select("dl.help-facts").text()).contains("Rechtstreeks", "Heel Vlaanderen", "18 tot 25 jaar");
	}

	@Test
	void anArchivedOrUnknownOfferIsNotFoundAndMarkdownIsSanitised() throws Exception {
		assertThat(this.signedIn.status(null, get("/hulp/huiswerkklas-wilsele-gestopt"))).isEqualTo(404);
		assertThat(this.signedIn.status(null, get("/hulp/bestaat-niet"))).isEqualTo(404);
		this.jdbc.sql("""
				insert into help_offer (slug, name, kind, care_level, description, flanders_wide)
				values ('test-markdown', 'Test Markdown', 'OTHER', 'BASIC_CARE',
				        E'**vet**\n\n<script>alert(1)</script>\n\n[link](javascript:alert(2))', true)""").update();
		Document page = this.signedIn.page(null, get("/hulp/test-markdown"));
		assertThat(page.select(".help-description strong").text()).isEqualTo("vet");
		assertThat(page.select(".help-description script")).isEmpty();
		assertThat(page.select(".help-description a[href^=javascript]")).isEmpty();
		assertThat(page.text()).contains("nog geen contactgegevens bekend");
	}

	@Test
	void theLevelsOfCareAreDrawnAsAnAccessibleSvgWithTheSameContentAsAList() throws Exception {
		MockHttpServletResponse response = this.signedIn.as(null, get("/hulp/niveaus"));
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getHeaders("Set-Cookie")).isEmpty();
		Document page = Jsoup.parse(response.getContentAsString());
		Element svg = page.selectFirst("svg.help-levels-chart");
		assertThat(svg).isNotNull();
		assertThat(svg.attr("role")).isEqualTo("img");
		assertThat(svg.attr("viewBox")).startsWith("0 0 360 ");
		String[] labelledBy = svg.attr("aria-labelledby").split(" ");
		assertThat(svg.selectFirst("title").id()).isEqualTo(labelledBy[0]);
		assertThat(svg.selectFirst("title").text()).isNotBlank();
		assertThat(svg.selectFirst("desc").id()).isEqualTo(labelledBy[1]);
		assertThat(svg.select("text.help-levels-phase").eachText()).containsExactly(
				"Fase 3: Individueel aangepast curriculum", "Fase 2: Uitbreiding van zorg", "Fase 1: Verhoogde zorg",
				"Fase 0: Brede basiszorg");
		List<String> drawn = svg.select("text.help-levels-kind")
			.eachText()
			.stream()
			.map((text) -> text.substring(2))
			.toList();
		List<String> listed = page.select("ol.help-levels-list li li li").eachText();
		assertThat(drawn).hasSize(19).containsExactlyElementsOf(listed);
		assertThat(drawn).contains("NAFT", "Vlaamse Scholierenkoepel", "Startbanenproject");
		// every band lies inside the drawing, one under the other
		int height = Integer.parseInt(svg.attr("viewBox").split(" ")[3]);
		int previousBottom = 0;
		for (Element rect : svg.select("rect")) {
			int y = Integer.parseInt(rect.attr("y"));
			assertThat(y).isGreaterThanOrEqualTo(previousBottom);
			previousBottom = y + Integer.parseInt(rect.attr("height"));
		}
		assertThat(previousBottom).isLessThanOrEqualTo(height);
	}

	@Test
	void thePartnerDirectoryShowsContactDataAndLinksToThePartnersOffers() throws Exception {
		Document page = this.signedIn.page(null, get("/partners"));
		Element arktos = page.select("li[id^=organisatie-]")
			.stream()
			.filter((li) -> li.selectFirst("strong").text().equals("Arktos"))
			.findFirst()
			.orElseThrow();
		assertThat(arktos.select("address").text()).contains("Vital Decosterstraat 44 (fictief)", "3000 Leuven",
				"016 22 31 70", "info@arktos.example.be");
		assertThat(arktos.select("address a[href='mailto:info@arktos.example.be']")).hasSize(1);
		assertThat(arktos.select(".partner-offers a").eachAttr("href")).containsExactly("/hulp/arktos-naft-traject",
				"/hulp/brugcoaches-arktos", "/hulp/ris-k-trajecten-arktos");
		// an offer links back to its organisation in the directory
		Document offer = this.signedIn.page(null, get("/hulp/arktos-naft-traject"));
		assertThat(offer.select("dl.help-facts a[href^='/partners#']").attr("href"))
			.isEqualTo("/partners#" + arktos.id());
		// an organisation without offers or contact data shows neither
		Element kul = page.select("li[id^=organisatie-]")
			.stream()
			.filter((li) -> li.selectFirst("strong").text().equals("KU Leuven"))
			.findFirst()
			.orElseThrow();
		assertThat(kul.select("address, .partner-offers")).isEmpty();
	}

	@Test
	void anonymousVisitorsGetNoCookieOnAnyHelpPage() throws Exception {
		for (String address : List.of("/hulp", "/hulp?q=naft&niveau=SO", "/hulp/niveaus", "/hulp/vrij-clb-leuven",
				"/partners")) {
			MockHttpServletResponse response = this.signedIn.as(null, get(address));
			assertThat(response.getStatus()).as(address).isEqualTo(200);
			assertThat(response.getHeaders("Set-Cookie")).as(address).isEmpty();
			assertThat(response.getCookies()).as(address).isEmpty();
		}
	}

}
