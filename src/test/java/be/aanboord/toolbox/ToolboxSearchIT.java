package be.aanboord.toolbox;

import java.util.List;

import be.aanboord.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Searching and browsing the public toolbox with the demo fiches. */
@IntegrationTest
class ToolboxSearchIT {

	@Autowired
	MockMvc mvc;

	private Document page(String url) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(url)).andReturn().getResponse();
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	private static List<String> titles(Document page) {
		return page.select(".fiche-results h2 a").eachText();
	}

	@ParameterizedTest
	@CsvSource({
			"agressiecurve, Gepast reageren op moeilijk hanteerbaar gedrag met de agressiecurve in het achterhoofd",
			"sorrybox, Herstelgericht aan de slag met de Sorrybox: van sorry-brief tot goedmaakbeleid op school",
			"ouders, Samenwerking tussen school en ouders verbeteren",
			"spijbelen, 'Dialoogdocument ouders: in gesprek over een spijbelende leerling'",
			"nieuwe autoriteit, 'Van onmacht naar kracht: nieuwe autoriteit en geweldloos verzet als basishouding'",
			"psychisch kwetsbaar, 'Psychisch kwetsbare jongeren: schoolweigering en afwezigheden'",
			"Rustbox, 'Rustbox: een hulpmiddel voor stressregulatie'" })
	void searchPutsTheRightFicheFirst(String query, String expectedFirst) throws Exception {
		Document page = page("/toolbox?q=" + query);
		assertThat(titles(page)).first().isEqualTo(expectedFirst);
	}

	@Test
	void searchIgnoresAccentsAndFindsInflectedForms() throws Exception {
		assertThat(titles(page("/toolbox?q=zorgcontinuüm"))).contains("Preventieplan afwezigheden");
		assertThat(titles(page("/toolbox?q=spijbelende"))).first()
			.isEqualTo("Dialoogdocument ouders: in gesprek over een spijbelende leerling");
	}

	@Test
	void snippetsMarkTheWordsFoundAndNothingElse() throws Exception {
		Document page = page("/toolbox?q=agressiecurve");
		Element snippet = page.selectFirst(".fiche-results .snippet");
		assertThat(snippet).isNotNull();
		assertThat(snippet.select("mark").eachText()).isNotEmpty()
			.allMatch((word) -> word.equalsIgnoreCase("agressiecurve"));
		assertThat(snippet.children())
			.allMatch((child) -> child.tagName().equals("mark") && child.children().isEmpty());
	}

	@Test
	void aMisspeltQueryGetsASuggestion() throws Exception {
		Document page = page("/toolbox?q=agresiecurve");
		assertThat(titles(page)).isEmpty();
		Element suggestion = page.selectFirst(".suggestion a");
		assertThat(suggestion).isNotNull();
		assertThat(suggestion.text()).isEqualTo("agressiecurve");
		assertThat(suggestion.attr("href")).isEqualTo("/toolbox?q=agressiecurve");
	}

	@Test
	void browsingShowsAllPublishedFichesWithFacetCounts() throws Exception {
		Document page = page("/toolbox");
		assertThat(page.selectFirst(".result-count").text()).isEqualTo("18 fiches");
		assertThat(page.selectFirst("label[for=bron-0]")).isNotNull();
		assertThat(facetLabel(page, "thema", "ATTENDANCE")).isEqualTo("Aanwezigheid en spijbelen (8)");
		assertThat(facetLabel(page, "niveau", "PRE_SCHOOL")).isEqualTo("Kleuteronderwijs (3)");
		assertThat(facetLabel(page, "bron", "PLG_LIMBURG")).isEqualTo("PLG Limburg (4)");
	}

	@Test
	void facetsNarrowTheListAndCountsFollowTheOtherChoices() throws Exception {
		Document page = page("/toolbox?thema=ATTENDANCE&niveau=PRE_SCHOOL");
		assertThat(page.selectFirst(".result-count").text()).isEqualTo("Geen fiches");
		page = page("/toolbox?thema=PARENTS");
		assertThat(titles(page)).containsExactlyInAnyOrder("Samenwerking tussen school en ouders verbeteren",
				"Dialoogdocument ouders: in gesprek over een spijbelende leerling");
		// the theme facet still offers the other themes, counted under the other choices
		assertThat(facetLabel(page, "thema", "ATTENDANCE")).isEqualTo("Aanwezigheid en spijbelen (8)");
		// other facets count only the fiches about parents
		assertThat(facetLabel(page, "doelgroep", "CLB")).isEqualTo("CLB (1)");
		assertThat(page.selectFirst("input[name=thema][value=PARENTS]").hasAttr("checked")).isTrue();
	}

	@Test
	void theResultPagesHaveShareableAddresses() throws Exception {
		Document page = page("/toolbox?q=school&sorteer=titel&thema=ATTENDANCE");
		assertThat(titles(page)).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
		assertThat(page.selectFirst("select[name=sorteer] option[selected]").attr("value")).isEqualTo("titel");
		assertThat(page.selectFirst("input[name=q]").val()).isEqualTo("school");
	}

	@Test
	void publicPagesCreateNoSession() throws Exception {
		for (String url : List.of("/toolbox", "/toolbox?q=ouders&thema=PARENTS", "/toolbox/rustbox-stressregulatie")) {
			MockHttpServletResponse response = this.mvc.perform(get(url)).andReturn().getResponse();
			assertThat(response.getHeader("Set-Cookie")).as(url).isNull();
			assertThat(response.getContentAsString()).as(url).doesNotContain("_csrf");
		}
	}

	private static String facetLabel(Document page, String name, String value) {
		Element input = page.selectFirst("input[name=" + name + "][value=" + value + "]");
		assertThat(input).as(name + "=" + value).isNotNull();
		return page.selectFirst("label[for=" + input.id() + "]").text();
	}

}
