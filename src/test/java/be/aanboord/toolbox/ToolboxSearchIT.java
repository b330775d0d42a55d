package be.aanboord.toolbox;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import be.aanboord.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Searching and browsing the public toolbox with the demo fiches. */
@IntegrationTest
class ToolboxSearchIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	private static final String AGGRESSION_CURVE = "Gepast reageren op moeilijk hanteerbaar gedrag met de agressiecurve in het achterhoofd";

	private static final String CONFLICT_CYCLE = "De conflictcyclus helpt moeilijk hanteerbaar gedrag begrijpen (LSCI)";

	private Document page(String url) throws Exception {
		return page(get(url));
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).doesNotContain("Exception");
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
	void aMisspeltQueryShowsTheResultsOfTheSuggestionWithALinkToTheWordsAsTyped() throws Exception {
		Document page = page(get("/toolbox").param("q", "agresiecurve"));
		assertThat(titles(page)).first().isEqualTo(AGGRESSION_CURVE);
		assertThat(page.selectFirst(".suggestion").text()).startsWith("Resultaten voor agressiecurve.");
		assertThat(page.selectFirst(".suggestion .suggested-words").text()).isEqualTo("agressiecurve");
		Element literal = page.selectFirst(".suggestion a.literal-search");
		assertThat(literal.text()).isEqualTo("Toch zoeken naar agresiecurve");
		assertThat(literal.attr("href")).isEqualTo("/toolbox?q=agresiecurve&letterlijk=ja");

		Document asTyped = page(get(URI.create(literal.attr("href"))));
		assertThat(titles(asTyped)).isEmpty();
		assertThat(asTyped.selectFirst(".suggestion")).isNull();
		assertThat(asTyped.selectFirst("input[name=q]").val()).isEqualTo("agresiecurve");
	}

	@Test
	void wordsThatFindNothingAnyWayShowNoSuggestion() throws Exception {
		Document page = page(get("/toolbox").param("q", "qqqqzzzz xxyyww"));
		assertThat(titles(page)).isEmpty();
		assertThat(page.selectFirst(".suggestion")).isNull();
		assertThat(page.selectFirst(".some-words")).isNull();
		assertThat(page.selectFirst(".result-count").text()).isEqualTo("Geen fiches");
	}

	@Test
	void wordsThatFindNothingTogetherRankTheFichesWithMostOfThemFirst() throws Exception {
		Document page = page(get("/toolbox").param("q", "leerling escaleert in de klas"));
		assertThat(page.selectFirst(".some-words").text()).startsWith("Geen fiches met al je woorden samen.");
		List<String> titles = titles(page);
		assertThat(titles).hasSizeGreaterThan(1).contains(CONFLICT_CYCLE);
		List<Integer> wordsFound = titles.stream().map((title) -> this.jdbc.queryForObject("""
				select (search_vector @@ to_tsquery('public.dutch_unaccent', 'leerling'))::int
				       + (search_vector @@ to_tsquery('public.dutch_unaccent', 'escaleert'))::int
				       + (search_vector @@ to_tsquery('public.dutch_unaccent', 'klas'))::int
				from published_fiche where title = ?""", Integer.class, title)).toList();
		assertThat(wordsFound).first().isEqualTo(2);
		assertThat(wordsFound).isSortedAccordingTo(Comparator.reverseOrder()).allMatch((found) -> found >= 1);
		assertThat(page.select(".fiche-results .snippet mark").eachText()).isNotEmpty()
			.allMatch((word) -> word.toLowerCase(Locale.ROOT).matches("leerling.*|escal.*|klas.*"));
		// one word alone never falls back: it finds or it does not
		assertThat(page(get("/toolbox").param("q", "escaleert")).selectFirst(".some-words")).isNull();
	}

	@Test
	void facetChoicesDoNotChangeHowTheWordsAreRead() throws Exception {
		Document page = page(get("/toolbox").param("q", "agressiecurve").param("thema", "PARENTS"));
		assertThat(titles(page)).isEmpty();
		assertThat(page.selectFirst(".suggestion")).isNull();
		assertThat(page.selectFirst(".some-words")).isNull();
		page = page(get("/toolbox").param("q", "agresiecurve").param("thema", "PARENTS"));
		assertThat(titles(page)).isEmpty();
		assertThat(page.selectFirst(".suggestion .suggested-words").text()).isEqualTo("agressiecurve");
	}

	@ParameterizedTest
	@ValueSource(strings = { "foto's", "foto’s", "Foto's", "FOTO'S", "foto‘s" })
	void anApostropheInsideAWordFindsTheWord(String query) throws Exception {
		List<String> found = titles(page(get("/toolbox").param("q", "foto")));
		assertThat(found).contains("Rustbox: een hulpmiddel voor stressregulatie");
		assertThat(titles(page(get("/toolbox").param("q", query)))).isEqualTo(found);
	}

	@ParameterizedTest
	@ValueSource(strings = { "ouders'", "'ouders'", "\"ouders\"", "„ouders”", "(ouders)", "ouders&", "&ouders",
			"ouders|", "|ouders", "!ouders!", "ouders:", "ouders:*", "ouders:A", "ouders <-> ", "ouders\\",
			"ouders & | ! : ( ) ' \"", "ouders'; --", "ouders\u0000", "ouders\u000b", "ouders\u200f", "\u202eouders",
			"ouders 😀", "ouders -", "ouders \"", "ouders (", "ouders or", "or ouders", "ouders -(" })
	void punctuationAndTextSearchSyntaxNeverCauseAnError(String query) throws Exception {
		assertThat(titles(page(get("/toolbox").param("q", query)))).as(query)
			.contains("Samenwerking tussen school en ouders verbeteren");
	}

	@ParameterizedTest
	@ValueSource(strings = { "'", "\"", "(", ")", "&", "|", "!", ":", ":*", "\\", "'; --", "<->", "!!!", "&|!:()'\"",
			"\u0000", "-", "*", "%", "de", "or", "😀", "\u202e" })
	void punctuationAloneFindsNothingWithoutAnError(String query) throws Exception {
		assertThat(page(get("/toolbox").param("q", query)).selectFirst(".result-count")).isNotNull();
	}

	@Test
	void aHyphenatedWordFindsTheFichesThatUseIt() throws Exception {
		assertThat(titles(page(get("/toolbox").param("q", "de-escalatie"))))
			.contains("Van onmacht naar kracht: nieuwe autoriteit en geweldloos verzet als basishouding");
	}

	@Test
	void everyLinkCarriesTheWordsPercentEncodedAPlusIncluded() throws Exception {
		Document page = page(get("/toolbox").param("q", "agresiecurve+").param("thema", "BEHAVIOUR"));
		assertThat(page.selectFirst(".suggestion a.literal-search").attr("href"))
			.isEqualTo("/toolbox?q=agresiecurve%2B&letterlijk=ja&thema=BEHAVIOUR");
		assertThat(page.selectFirst("input[name=q]").val()).isEqualTo("agresiecurve+");
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
