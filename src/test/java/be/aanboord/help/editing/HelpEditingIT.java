package be.aanboord.help.editing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import be.aanboord.IntegrationTest;
import be.aanboord.SignedIn;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Editors create and edit offers through one form: every save leaves a row in the offer's
 * history with the changed fields only, bad input is refused in Dutch with the input
 * kept, a slug is unique, a form opened before another save is a conflict, archiving
 * takes an offer out of the directory, and the not-checked view lists what was last
 * checked longer ago than the period, oldest first.
 */
@IntegrationTest
class HelpEditingIT {

	@Autowired
	SignedIn signedIn;

	@Autowired
	HelpEditingFixture fixture;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JdbcClient jdbcClient;

	@AfterEach
	void removeTheOffers() {
		this.fixture.removeAll();
	}

	@Test
	void anEditorCreatesAndEditsAnOfferAndTheHistoryKeepsWhoChangedWhichFields() throws Exception {
		MockHttpServletResponse created = this.signedIn.as("redactie",
				post("/hulp/beheer/nieuw").with(csrf())
					.param("version", "0")
					.param("name", "Test Huiswerkklas Kessel-Lo")
					.param("kind", "LOCAL_INITIATIVE")
					.param("careLevel", "")
					.param("summary", "Huiswerkbegeleiding na school")
					.param("levels", "BAO", "SO")
					.param("audiences", "PUPILS")
					.param("ageFrom", "6")
					.param("ageTo", "14")
					.param("accessRoute", "DIRECT")
					.param("flandersWide", "true")
					.param("phone", "016 11 22 33")
					.param("website", "www.huiswerkklas.be"));
		assertThat(created.getRedirectedUrl()).matches("/hulp/beheer/\\d+");
		long id = Long.parseLong(created.getRedirectedUrl().replaceAll("\\D", ""));
		Map<String, Object> offer = this.jdbc.queryForMap("select * from help_offer where id = ?", id);
		assertThat(offer.get("slug")).as("made from the name").isEqualTo("test-huiswerkklas-kessel-lo");
		assertThat(offer.get("care_level")).as("the kind's own level of care").isEqualTo("INCREASED_CARE");
		assertThat(offer.get("website")).isEqualTo("https://www.huiswerkklas.be");
		assertThat(offer.get("checked_on")).isEqualTo(java.sql.Date.valueOf(LocalDate.now()));
		assertThat(changes(id)).singleElement().satisfies((change) -> {
			assertThat(change.get("kind")).isEqualTo("CREATED");
			assertThat(change.get("fields").toString()).contains("\"name\": [null, \"Test Huiswerkklas Kessel-Lo\"]")
				.contains("\"levels\": [null, \"BAO, SO\"]");
		});

		// an edit records only the phone; the check date stays as it was
		this.jdbc.update("update help_offer set checked_on = date '2025-03-01' where id = ?", id);
		Document form = this.signedIn.page("redactie", get("/hulp/beheer/" + id));
		assertThat(form.select("input[name=name]").val()).isEqualTo("Test Huiswerkklas Kessel-Lo");
		int version = Integer.parseInt(form.select("input[name=version]").val());
		MockHttpServletResponse edited = this.signedIn.as("redactie",
				HelpEditingFixture.form("/hulp/beheer/" + id, "Test Huiswerkklas Kessel-Lo", version, "016 99 88 77")
					.param("levels", "BAO", "SO")
					.param("audiences", "PUPILS")
					.param("ageFrom", "6")
					.param("ageTo", "14")
					.param("website", "https://www.huiswerkklas.be"));
		assertThat(edited.getRedirectedUrl()).isEqualTo("/hulp/beheer/" + id);
		List<Map<String, Object>> changes = changes(id);
		assertThat(changes).hasSize(2);
		assertThat(changes.get(1).get("kind")).isEqualTo("EDITED");
		assertThat(changes.get(1).get("fields").toString())
			.isEqualTo("{\"phone\": [\"016 11 22 33\", \"016 99 88 77\"]}");
		assertThat(this.jdbc.queryForObject("select checked_on from help_offer where id = ?", LocalDate.class, id))
			.isEqualTo(LocalDate.of(2025, 3, 1));

		// ticking "gegevens nagekeken" sets the date to today, and that is in the history
		// too
		this.signedIn.as("beheerder",
				HelpEditingFixture
					.form("/hulp/beheer/" + id, "Test Huiswerkklas Kessel-Lo", this.fixture.version(id), "016 99 88 77")
					.param("levels", "BAO", "SO")
					.param("audiences", "PUPILS")
					.param("ageFrom", "6")
					.param("ageTo", "14")
					.param("website", "https://www.huiswerkklas.be")
					.param("checked", "true"));
		assertThat(this.jdbc.queryForObject("select checked_on from help_offer where id = ?", LocalDate.class, id))
			.isEqualTo(LocalDate.now());
		assertThat(changes(id).get(2).get("fields").toString())
			.isEqualTo("{\"checkedOn\": [\"2025-03-01\", \"" + LocalDate.now() + "\"]}");

		// the button "Nagekeken" records a CHECKED change
		this.jdbc.update("update help_offer set checked_on = date '2025-03-01' where id = ?", id);
		this.signedIn.as("redactie", post("/hulp/beheer/" + id + "/nagekeken").with(csrf())
			.param("versie", String.valueOf(this.fixture.version(id))));
		assertThat(changes(id).get(3).get("kind")).isEqualTo("CHECKED");
		assertThat(this.jdbc.queryForObject("select checked_on from help_offer where id = ?", LocalDate.class, id))
			.isEqualTo(LocalDate.now());

		// the history, newest first: who (or a deleted user), what changed, before and
		// after
		this.jdbc.update("update help_offer_change set changed_by = null where offer_id = ? and kind = 'CREATED'", id);
		Document history = this.signedIn.page("redactie", get("/hulp/beheer/" + id + "/geschiedenis"));
		List<String> kinds = history.select(".help-change strong").eachText();
		assertThat(kinds).containsExactly("Nagekeken", "Gewijzigd", "Gewijzigd", "Aangemaakt");
		assertThat(history.select(".help-change-who").eachText()).containsExactly("Ruben Redactie (demo)",
				"Bea Beheer (demo)", "Ruben Redactie (demo)", "verwijderde gebruiker");
		assertThat(history.select(".help-change").get(1).select("tbody tr").text()).as("a date in Belgian format")
			.contains("Laatst nagekeken 01/03/2025");
		assertThat(history.select(".help-change").get(3).select("tbody tr").text())
			.as("labels of the kind and level of care")
			.contains("Soort hulp (leeg) Lokaal initiatief")
			.contains("Zorgniveau (leeg) Verhoogde zorg");
		assertThat(history.select(".help-change").get(2).select("tbody tr").text()).contains("Telefoon")
			.contains("016 11 22 33")
			.contains("016 99 88 77");
	}

	@Test
	void badInputIsRefusedInDutchNextToEachFieldAndWhatWasTypedStays() throws Exception {
		MockHttpServletResponse refused = this.signedIn.as("redactie",
				post("/hulp/beheer/nieuw").with(csrf())
					.param("version", "0")
					.param("name", "")
					.param("slug", "Niet Goed!")
					.param("kind", "LOCAL_INITIATIVE")
					.param("ageFrom", "14")
					.param("ageTo", "6")
					.param("accessRoute", "DIRECT")
					.param("email", "niet-een-adres@")
					.param("phone", "<b>bel</b>")
					.param("postalCode", "abcd")
					.param("website", "http://geen spatie.be")
					.param("municipalityCodes", "atlantis"));
		assertThat(refused.getStatus()).isEqualTo(200);
		Document page = org.jsoup.Jsoup.parse(refused.getContentAsString());
		assertThat(page.select("#name-fout").text()).isEqualTo("Vul de naam van het aanbod in.");
		assertThat(page.select("#ageTo-fout").text())
			.isEqualTo("De leeftijd 'tot' moet groter of gelijk zijn aan de leeftijd 'vanaf'.");
		assertThat(page.select("#email-fout").text()).isEqualTo("Dit is geen geldig e-mailadres.");
		assertThat(page.select("#phone-fout").text()).startsWith("Een telefoonnummer bevat alleen cijfers");
		assertThat(page.select("#postalCode-fout").text()).isEqualTo("Een Belgische postcode heeft vier cijfers.");
		assertThat(page.select("input[name=phone]").val()).isEqualTo("<b>bel</b>");
		assertThat(page.select("#website-fout").text()).startsWith("Dit is geen geldig webadres");
		assertThat(page.select("#municipalityCodes-fout").text()).isEqualTo("Kies gemeenten uit de lijst.");
		assertThat(page.select("input[name=website]").val()).isEqualTo("http://geen spatie.be");
		assertThat(page.select("input[name=ageFrom]").val()).isEqualTo("14");
		assertThat(page.select(".alert-danger").text()).contains("Het formulier bevat fouten");

		Document noRegion = this.signedIn.page("redactie",
				post("/hulp/beheer/nieuw").with(csrf())
					.param("name", "Test Zonder Gebied")
					.param("kind", "CLB")
					.param("accessRoute", "VIA_CLB")
					.param("ageFrom", "abc"));
		assertThat(noRegion.select("#municipalityCodes-fout").text()).startsWith("Kies de gemeenten");
		assertThat(noRegion.select("#ageFrom-fout").text()).isEqualTo("Geef een leeftijd in jaren (een geheel getal).");
		assertThat(
				this.jdbc.queryForObject("select count(*) from help_offer where name like 'Test Zonder%'", Long.class))
			.isZero();
	}

	@Test
	void theLineBreaksABrowserSendsAreNoChange() throws Exception {
		long id = this.fixture.offer("test-regels", "Test Regels", LocalDate.now());
		this.jdbc.update("update help_offer set description = ? where id = ?", "Regel een\nRegel twee", id);
		MockHttpServletResponse edited = this.signedIn.as("redactie",
				post("/hulp/beheer/" + id).with(csrf())
					.param("version", String.valueOf(this.fixture.version(id)))
					.param("name", "Test Regels")
					.param("kind", "LOCAL_INITIATIVE")
					.param("careLevel", "INCREASED_CARE")
					.param("summary", "Huiswerkbegeleiding na school")
					.param("description", "Regel een\r\nRegel twee")
					.param("accessRoute", "DIRECT")
					.param("flandersWide", "true")
					.param("phone", "016 55 44 33"));
		assertThat(edited.getRedirectedUrl()).isEqualTo("/hulp/beheer/" + id);
		assertThat(changes(id)).singleElement()
			.satisfies((change) -> assertThat(change.get("fields").toString())
				.isEqualTo("{\"phone\": [\"016 11 22 33\", \"016 55 44 33\"]}"));
		assertThat(this.jdbc.queryForObject("select description from help_offer where id = ?", String.class, id))
			.isEqualTo("Regel een\nRegel twee");
	}

	@Test
	void aSlugIsUniqueAndNoneOfTheDirectorysOwnSections() throws Exception {
		this.fixture.offer("test-dubbel", "Test Dubbel", LocalDate.now());
		Document taken = this.signedIn.page("redactie",
				HelpEditingFixture.form("/hulp/beheer/nieuw", "Test Dubbel", 0, "016 00 00 00"));
		assertThat(taken.select("#slug-fout").text())
			.isEqualTo("Een ander aanbod heeft dit adres al. Kies een ander adres.");
		assertThat(taken.select("input[name=name]").val()).isEqualTo("Test Dubbel");
		Document reserved = this.signedIn.page("redactie",
				HelpEditingFixture.form("/hulp/beheer/nieuw", "Test Beheer", 0, "016 00 00 00")
					.param("slug", "beheer"));
		assertThat(reserved.select("#slug-fout").text()).startsWith("Dit adres is voorbehouden");
		assertThat(
				this.jdbc.queryForObject("select count(*) from help_offer where slug like 'test-dubbel%'", Long.class))
			.isEqualTo(1);
	}

	@Test
	void aFormOpenedBeforeAnotherEditorSavedIsAConflictWithTheInputKept() throws Exception {
		long id = this.fixture.offer("test-conflict", "Test Conflict", LocalDate.now());
		int opened = this.fixture.version(id);
		assertThat(this.signedIn
			.as("redactie", HelpEditingFixture.form("/hulp/beheer/" + id, "Test Conflict", opened, "016 10 10 10"))
			.getRedirectedUrl()).isEqualTo("/hulp/beheer/" + id);
		MockHttpServletResponse late = this.signedIn.as("beheerder",
				HelpEditingFixture.form("/hulp/beheer/" + id, "Test Conflict later", opened, "016 20 20 20"));
		assertThat(late.getStatus()).isEqualTo(200);
		Document page = org.jsoup.Jsoup.parse(late.getContentAsString());
		assertThat(page.select(".alert-warning").text()).contains("Iemand anders");
		assertThat(page.select("input[name=name]").val()).isEqualTo("Test Conflict later");
		assertThat(page.select("input[name=phone]").val()).isEqualTo("016 20 20 20");
		assertThat(this.jdbc.queryForObject("select phone from help_offer where id = ?", String.class, id))
			.isEqualTo("016 10 10 10");
		// a button pressed on an old version changes nothing either
		this.signedIn.as("redactie",
				post("/hulp/beheer/" + id + "/archiveren").with(csrf()).param("versie", String.valueOf(opened)));
		assertThat(this.jdbc.queryForObject("select status from help_offer where id = ?", String.class, id))
			.isEqualTo("PUBLISHED");
	}

	@Test
	void anArchivedOfferLeavesTheDirectoryAndComesBackWhenRestored() throws Exception {
		long id = this.fixture.offer("test-archief", "Test Archiefhulp", LocalDate.now());
		assertThat(this.signedIn.status(null, get("/hulp/test-archief"))).isEqualTo(200);
		this.signedIn.as("redactie", post("/hulp/beheer/" + id + "/archiveren").with(csrf())
			.param("versie", String.valueOf(this.fixture.version(id))));
		assertThat(this.jdbc.queryForObject("select status from help_offer where id = ?", String.class, id))
			.isEqualTo("ARCHIVED");
		assertThat(this.signedIn.status(null, get("/hulp/test-archief"))).isEqualTo(404);
		assertThat(this.signedIn.page(null, get("/hulp?q=Archiefhulp")).text()).doesNotContain("Test Archiefhulp");
		assertThat(this.signedIn.status(null, get("/hulp/test-archief/correctie"))).isEqualTo(404);
		Document editors = this.signedIn.page("redactie", get("/hulp/beheer?status=ARCHIVED&zoek=archiefhulp"));
		assertThat(editors.select(".help-editing-list tbody tr").text()).contains("Test Archiefhulp")
			.contains("Gearchiveerd");

		this.signedIn.as("redactie", post("/hulp/beheer/" + id + "/herstellen").with(csrf())
			.param("versie", String.valueOf(this.fixture.version(id))));
		assertThat(this.signedIn.status(null, get("/hulp/test-archief"))).isEqualTo(200);
		assertThat(changes(id)).extracting((change) -> change.get("kind")).containsExactly("ARCHIVED", "RESTORED");
	}

	@Test
	void theNotCheckedViewListsPublishedOffersCheckedBeforeThePeriodOldestFirst() throws Exception {
		this.fixture.offer("test-recent", "Test Recent", LocalDate.of(2026, 9, 1));
		this.fixture.offer("test-oud", "Test Oud", LocalDate.of(2025, 11, 30));
		this.fixture.offer("test-oudst", "Test Oudst", LocalDate.of(2024, 2, 1));
		long archived = this.fixture.offer("test-weg", "Test Weg", LocalDate.of(2023, 1, 1));
		this.jdbc.update("update help_offer set status = 'ARCHIVED' where id = ?", archived);
		Clock firstOfDecember2026 = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneId.of("Europe/Brussels"));
		EditorOffers offers = new EditorOffers(this.jdbcClient, firstOfDecember2026, Period.parse("P12M"));
		assertThat(offers.checkedBefore()).isEqualTo(LocalDate.of(2025, 12, 1));
		assertThat(offers.notChecked(PageRequest.of(0, 25)).getContent()).extracting(EditorOffers.Row::name)
			.filteredOn((name) -> name.startsWith("Test "))
			.containsExactly("Test Oudst", "Test Oud");

		Document page = this.signedIn.page("redactie", get("/hulp/beheer?weergave=niet-nagekeken"));
		List<String> names = page.select(".help-editing-list tbody tr td:first-child a").eachText();
		assertThat(names).contains("Test Oudst").doesNotContain("Test Weg", "Test Recent");
		assertThat(page.select("ul.nav-tabs .active").text()).contains("Niet nagekeken sinds meer dan 12 maanden");
	}

	private List<Map<String, Object>> changes(long id) {
		return this.jdbc.queryForList(
				"select kind, fields::text as fields, correction_id from help_offer_change where offer_id = ? order by id",
				id);
	}

}
