package be.aanboord.help;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import be.aanboord.IntegrationTest;
import be.aanboord.SignedIn;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The public help directory on the demo offers: Dutch full-text search (stemmed, without
 * accents), each filter, a municipality found through a postal code, pagination, the
 * overview by level of care of seed 004, parameters that are not understood, and the
 * read-only directory other modules use.
 */
@IntegrationTest
class HelpDirectoryIT {

	@Autowired
	SignedIn signedIn;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	HelpDirectory directory;

	@Autowired
	Municipalities municipalities;

	@AfterEach
	void removeTestOffers() {
		this.jdbc.sql("delete from help_offer where slug like 'test-%'").update();
	}

	@Test
	void theSearchIsDutchStemmedAndIgnoresAccents() throws Exception {
		// "spijbelende" is stemmed as "spijbelen" in the description of Herent's offer
		assertThat(names("/hulp?q=spijbelende")).contains("Gemeente Herent – Onderwijs en gelijke kansen (fictief)");
		assertThat(names("/hulp?q=Koinoor")).containsExactly("Koïnoor-Leerrecht – Naft-trajecten");
		assertThat(names("/hulp?q=netwerkcoordinator"))
			.startsWith("Netwerkcoördinator schoolverzuim en schooluitval Vlaams-Brabant");
		// the name weighs more than the description
		assertThat(names("/hulp?q=naft")).first().asString().containsIgnoringCase("naft");
		assertThat(names("/hulp?q=helemaalnietsgevonden")).isEmpty();
		assertThat(this.signedIn.page(null, get("/hulp?q=helemaalnietsgevonden")).text())
			.contains("Geen hulpaanbod gevonden");
	}

	@Test
	void everyFilterNarrowsTheList() throws Exception {
		assertThat(names("/hulp?zorg=STEP_TO_WORK"))
			.contains("VDAB – jongerenconsulenten Leuven", "JOJO – startbanen in het onderwijs")
			.doesNotContain("Vrij CLB Leuven");
		assertThat(names("/hulp?zorg=STEP_TO_WORK&zorg=THROUGH_CLB")).contains("VDAB – jongerenconsulenten Leuven",
				"TEJO Leuven");
		assertThat(names("/hulp?soort=NAFT")).containsExactlyInAnyOrder("NAFT-Leerrecht Vlaams-Brabant Oost",
				"Koïnoor-Leerrecht – Naft-trajecten", "Arktos – Naft-traject");
		assertThat(names("/hulp?niveau=BAO")).contains("Huiswerkklas De Boekentas (fictief)")
			.doesNotContain("JAC Leuven (CAW Oost-Brabant)");
		assertThat(names("/hulp?doelgroep=PARENTS")).contains("Ouderkoepel GO! onderwijs")
			.doesNotContain("Platform voor de Samenlevingsdienst");
		assertThat(names("/hulp?gemeente=halle")).contains("Groep INTRO – trajecten naar werk",
				// Flanders-wide
				"Platform voor de Samenlevingsdienst")
			.doesNotContain("Stad Leuven – Afdeling Onderwijs");
		// an archived offer is never listed
		assertThat(names("/hulp?q=huiswerkklas")).containsExactly("Huiswerkklas De Boekentas (fictief)");
	}

	@Test
	void aSchoolsPostalCodeFindsTheOffersServingItsMunicipality() throws Exception {
		// every demo school's postal code leads to a municipality (other tests add
		// schools
		// without one)
		List<String> postalCodes = this.jdbc
			.sql("select distinct postal_code from school where name like '%(fictief)' and postal_code is not null")
			.query(String.class)
			.list();
		assertThat(postalCodes).isNotEmpty()
			.allSatisfy((code) -> assertThat(this.municipalities.ofPostalCode(code)).as(code).isPresent());
		assertThat(this.municipalities.ofPostalCode("3010").orElseThrow().name()).isEqualTo("Leuven");
		assertThat(this.municipalities.ofPostalCode("1570").orElseThrow().name()).isEqualTo("Pajottegem");
		assertThat(this.municipalities.ofPostalCode("1030").orElseThrow().province()).isEqualTo("BRUSSEL");
		assertThat(this.municipalities.ofPostalCode("9000")).isEmpty();
		assertThat(this.jdbc.sql("select count(*) from municipality where province = 'BRUSSEL'")
			.query(Long.class)
			.single()).isEqualTo(19);
		assertThat(this.jdbc.sql("select count(*) from municipality where province = 'VLAAMS_BRABANT'")
			.query(Long.class)
			.single()).isEqualTo(63);

		Document kesselLo = this.signedIn.page(null, get("/hulp?gemeente=3010&zorg=THROUGH_CLB"));
		assertThat(kesselLo.select("#gemeente option[selected]").text()).isEqualTo("Leuven");
		assertThat(names(kesselLo)).contains("1 gezin 1 plan – regio Leuven", "Platform voor de Samenlevingsdienst");
		assertThat(names("/hulp?gemeente=3010&zorg=STEP_TO_WORK")).contains("VDAB – jongerenconsulenten Leuven")
			.doesNotContain("Groep INTRO – trajecten naar werk", "JES – coaching naar werk");

		List<OfferSummary> serving = this.directory.serving("leuven", EnumSet.of(HelpLevel.BAO));
		assertThat(serving).extracting(OfferSummary::name)
			.contains("Huiswerkklas De Boekentas (fictief)", "Vrij CLB Leuven")
			.doesNotContain("JAC Leuven (CAW Oost-Brabant)", "Groep INTRO – trajecten naar werk",
					"Huiswerkklas Wilsele (gestopt, fictief)");
		assertThat(serving).extracting(OfferSummary::careLevel).isSorted();
		assertThat(this.directory.serving("brussel", Set.of())).extracting(OfferSummary::name)
			.contains("JES – coaching naar werk", "Platform voor de Samenlevingsdienst")
			.doesNotContain("Vrij CLB Leuven");
		OfferSummary naft = this.directory.bySlug("naft-leerrecht-vlaams-brabant-oost").orElseThrow();
		assertThat(naft.accessRoute()).isEqualTo(AccessRoute.VIA_CLB);
		assertThat(naft.url()).isEqualTo("/hulp/naft-leerrecht-vlaams-brabant-oost");
		assertThat(this.directory.bySlug("huiswerkklas-wilsele-gestopt")).isEmpty();
		assertThat(this.directory.byIds(List.of(naft.id()))).containsExactly(naft);
	}

	@Test
	void aLongListIsPaginatedAndAPagePastTheLastShowsTheLast() throws Exception {
		this.jdbc.sql("""
				insert into help_offer (slug, name, kind, care_level, summary, flanders_wide)
				select 'test-' || n, 'Testhulp ' || lpad(n::text, 3, '0'), 'TEJO', 'THROUGH_CLB', 'Testhulp', true
				from generate_series(1, 45) n""").update();
		Document first = this.signedIn.page(null, get("/hulp?q=testhulp"));
		assertThat(first.text()).contains("45 hulpaanbiedingen gevonden", "Pagina 1 van 3");
		assertThat(names(first)).hasSize(20);
		Document last = this.signedIn.page(null, get("/hulp?q=testhulp&pagina=2"));
		assertThat(names(last)).hasSize(5);
		assertThat(this.signedIn.page(null, get("/hulp?q=testhulp&pagina=99")).text()).contains("Pagina 3 van 3");
		assertThat(this.signedIn.page(null, get("/hulp?q=testhulp&pagina=-4")).text()).contains("Pagina 1 van 3");
		// the next page keeps the words and filters
		assertThat(first.select("a.page-link").eachAttr("href")).anyMatch((href) -> href.contains("q=testhulp"));

		// in the overview, a kind with more offers than it shows links to all of them
		Document overview = this.signedIn.page(null, get("/hulp"));
		assertThat(overview.select("a[href='/hulp?zorg=THROUGH_CLB&soort=TEJO']").text()).isEqualTo("Toon alle 46");
	}

	@Test
	void withoutASearchTheOffersAreGroupedByLevelOfCareAsInSeed004() throws Exception {
		Document overview = this.signedIn.page(null, get("/hulp"));
		assertThat(overview.select("section.help-level > h2").eachText()).containsExactly("Brede basiszorg",
				"Verhoogde zorg", "Uitbreiding van zorg", "Via het CLB", "Stap naar werk");
		assertThat(overview.select("#zorg-through_clb").first().parent().select("h3").eachText()).containsExactly(
				"NAFT", "Dagbestedingsaanbod", "1 gezin 1 plan", "Politie", "JAC/CAW", "TEJO",
				"Centrum Geestelijke Gezondheidszorg", "Platform voor de Samenlevingsdienst");
		assertThat(overview.text()).contains("Vrij CLB Leuven", "Zorgboerderij De Notelaar (fictief)")
			.doesNotContain("Huiswerkklas Wilsele");
	}

	@Test
	void parametersThatAreNotUnderstoodGiveA400InDutchThatKeepsTheRest() throws Exception {
		MockHttpServletResponse unknownKind = this.signedIn.as(null, get("/hulp?q=naft&soort=ONBEKEND"));
		assertThat(unknownKind.getStatus()).isEqualTo(400);
		Document page = org.jsoup.Jsoup.parse(unknownKind.getContentAsString());
		assertThat(page.select("#help-problems").text()).contains("Die soort hulp kennen we niet");
		assertThat(page.select("#q").val()).isEqualTo("naft");
		assertThat(names(page)).contains("NAFT-Leerrecht Vlaams-Brabant Oost");

		String tooLong = "naft ".repeat(60);
		MockHttpServletResponse longWords = this.signedIn.as(null, get("/hulp").param("q", tooLong));
		assertThat(longWords.getStatus()).isEqualTo(400);
		Document longPage = org.jsoup.Jsoup.parse(longWords.getContentAsString());
		assertThat(longPage.select("#help-problems").text()).contains("de eerste 200 tekens");
		assertThat(longPage.select("#q").val()).hasSizeLessThanOrEqualTo(200).startsWith("naft naft");

		for (String bad : List.of("/hulp?pagina=abc", "/hulp?zorg=ALLES", "/hulp?niveau=HOGER", "/hulp?doelgroep=x",
				"/hulp?gemeente=9000", "/hulp?gemeente=%00")) {
			MockHttpServletResponse response = this.signedIn.as(null, get(bad));
			assertThat(response.getStatus()).as(bad).isEqualTo(400);
			assertThat(org.jsoup.Jsoup.parse(response.getContentAsString()).select("#help-problems li").text()).as(bad)
				.isNotBlank();
		}
		assertThat(this.signedIn.page(null, get("/hulp?gemeente=9000")).text())
			.contains("ligt niet in Vlaams-Brabant of Brussel");
		assertThat(this.signedIn.status(null, get("/hulp?q=%00&niveau=so"))).isEqualTo(200);
	}

	private List<String> names(String address) throws Exception {
		return names(this.signedIn.page(null, get(address)));
	}

	private static List<String> names(Document page) {
		return page.select(".help-list article h3").eachText();
	}

}
