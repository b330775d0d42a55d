package be.aanboord.help.card;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import be.aanboord.IntegrationTest;
import be.aanboord.PdfInspection;
import be.aanboord.SignedIn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A teacher makes the card of their school without an account: chooses the school, gets
 * the offers serving its municipality and levels, ticks those the school works with,
 * fills in the local contacts and lines of its own, saves, and opens the card again
 * through its private link; another or a guessed link sees nothing. Two colleagues saving
 * the same card: the second keeps their input and reads why. The PDF is one A4 page
 * whatever the card holds. Cards nobody opened for the retention period are deleted.
 */
@IntegrationTest
class HelpCardIT {

	@Autowired
	SignedIn signedIn;

	@Autowired
	CardFixture fixture;

	@Autowired
	HelpCards cards;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	be.aanboord.account.TestAccounts accounts;

	@BeforeEach
	void offers() {
		this.fixture.offers();
	}

	@AfterEach
	void removeTheCards() {
		this.fixture.remove();
	}

	/** Starts a card for a school of the register; returns its token. */
	private String start(String school) throws Exception {
		long id = this.jdbc.queryForObject("select id from school where name = ?", Long.class, school);
		MockHttpServletResponse created = this.signedIn.as(null,
				post("/hulp/kaart").with(csrf()).param("schoolId", String.valueOf(id)));
		assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(302);
		String location = created.getRedirectedUrl();
		assertThat(location).matches("/hulp/kaart/[A-Za-z0-9_-]{43}\\?nieuw=ja");
		return location.substring("/hulp/kaart/".length(), location.indexOf('?'));
	}

	private Document card(String token) throws Exception {
		return this.signedIn.page(null, get("/hulp/kaart/" + token));
	}

	private MockHttpServletResponse save(String token, MultiValueMap<String, String> values) throws Exception {
		return this.signedIn.as(null, CardFixture.post(post("/hulp/kaart/" + token).with(csrf()), values));
	}

	@Test
	void aTeacherMakesTheCardOfTheirSchoolFillsItInAndOpensItAgainFromTheLink() throws Exception {
		Document start = this.signedIn.page(null, get("/hulp/kaart"));
		assertThat(start.select("select#schoolId option").eachText())
			.anyMatch((o) -> o.startsWith("Basisschool De Linde"));
		assertThat(start.select("ol li")).hasSizeGreaterThanOrEqualTo(4);

		String token = start("Basisschool De Linde (fictief)");
		byte[] stored = this.jdbc.queryForObject("select token_hash from help_card where school_name = ?", byte[].class,
				"Basisschool De Linde (fictief)");
		assertThat(HexFormat.of().formatHex(stored)).as("only the SHA-256 of the token is stored")
			.isEqualTo(HexFormat.of().formatHex(CardTokens.hash(token)));

		MockHttpServletResponse response = this.signedIn.as(null, get("/hulp/kaart/" + token + "?nieuw=ja"));
		assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
		assertThat(response.getHeader("X-Robots-Tag")).contains("noindex");
		assertThat(response.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
		assertThat(response.getHeader("ETag")).as("never in the public page cache").isNull();
		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(page.select("#kaart-gemaakt")).hasSize(1);
		assertThat(page.selectFirst("#kaart-link").attr("value")).endsWith("/hulp/kaart/" + token);
		assertThat(page.selectFirst("#kaart-mail").attr("href")).startsWith("mailto:?subject=").contains(token);
		assertThat(page.selectFirst("#geen-leerlingen").text()).contains("nooit gegevens over leerlingen");
		assertThat(page.select("#zo-werkt-het + ol li")).hasSize(4);
		String form = page.selectFirst("form.card-form").text();
		assertThat(form).as("offers serving Leuven for BaO, grouped by level of care")
			.contains(CardFixture.CLB, CardFixture.NAFT, "Uitbreiding van zorg", "Via het CLB", "Stap naar werk")
			.doesNotContain(CardFixture.TIENEN, CardFixture.WORK);
		assertThat(page.select("form.card-form select#municipalityCode option[selected]").attr("value"))
			.isEqualTo("leuven");

		MultiValueMap<String, String> values = CardFixture.form(page);
		String clb = CardFixture.offerRow(page, this.fixture.offerId(CardFixture.CLB));
		values.set(clb + ".ticked", "true");
		values.set(clb + ".contactPerson", "Mevrouw Kaarttest");
		values.set(clb + ".phone", "016 22 22 22");
		String line = CardFixture.emptyLine(page, "BASIC_CARE");
		values.set(line + ".name", "Zorgboerderij De Hoeve");
		values.set(line + ".phone", "0470 12 34 56");
		values.set(line + ".note", "Op woensdagnamiddag");
		MockHttpServletResponse saved = save(token, values);
		assertThat(saved.getRedirectedUrl()).isEqualTo("/hulp/kaart/" + token + "?bewaard=ja");

		Document again = card(token);
		String sheet = again.selectFirst(".help-card-sheet").text();
		assertThat(sheet)
			.contains(CardFixture.CLB, "016 11 11 11", "Mevrouw Kaarttest", "016 22 22 22", "Zorgboerderij De Hoeve",
					"0470 12 34 56", "Op woensdagnamiddag")
			.doesNotContain(CardFixture.NAFT);
		String row = CardFixture.offerRow(again, this.fixture.offerId(CardFixture.CLB));
		assertThat(again.selectFirst("input[type=checkbox][name='" + row + ".ticked']").hasAttr("checked")).isTrue();
		assertThat(again.select("form.card-form input[value='Zorgboerderij De Hoeve']")).hasSize(1);

		// untick and empty the own line: both gone
		MultiValueMap<String, String> emptied = CardFixture.form(again);
		emptied.remove(row + ".ticked");
		emptied.keySet()
			.stream()
			.filter((name) -> name.startsWith("lines[") && !name.endsWith(".careLevel"))
			.toList()
			.forEach((name) -> emptied.set(name, ""));
		assertThat(save(token, emptied).getStatus()).isEqualTo(302);
		assertThat(card(token).selectFirst(".help-card-sheet").text()).doesNotContain(CardFixture.CLB, "De Hoeve");
	}

	@Test
	void anotherOrAGuessedLinkSeesNothing() throws Exception {
		String token = start("Basisschool De Linde (fictief)");
		String other = start("Atheneum Dijlestad (fictief)");
		assertThat(card(other).selectFirst("h1").text()).contains("Atheneum Dijlestad").doesNotContain("De Linde");
		String guessed = CardTokens.next().value();
		for (String path : new String[] { "/hulp/kaart/" + guessed, "/hulp/kaart/" + guessed + ".pdf",
				"/hulp/kaart/abc", "/hulp/kaart/" + token.substring(1) + "A", "/hulp/kaart/" + token.toUpperCase() }) {
			MockHttpServletResponse response = this.signedIn.as(null, get(path));
			assertThat(response.getStatus()).as(path).isEqualTo(404);
			assertThat(response.getContentAsString()).as(path).doesNotContain("De Linde", "Dijlestad");
		}
		MockHttpServletResponse post = this.signedIn.as(null,
				post("/hulp/kaart/" + guessed).with(csrf()).param("schoolName", "Overgenomen"));
		assertThat(post.getStatus()).isEqualTo(404);
		assertThat(this.jdbc.queryForObject("select count(*) from help_card where school_name = 'Overgenomen'",
				Integer.class))
			.isZero();
	}

	@Test
	void theSecondOfTwoColleaguesSavingTheSameCardKeepsTheirInputAndReadsWhy() throws Exception {
		String token = start("Basisschool De Linde (fictief)");
		Document first = card(token);
		Document second = card(token);
		MultiValueMap<String, String> mine = CardFixture.form(first);
		mine.set(CardFixture.emptyLine(first, "BASIC_CARE") + ".name", "Brugfiguur Anna");
		assertThat(save(token, mine).getStatus()).isEqualTo(302);

		MultiValueMap<String, String> theirs = CardFixture.form(second);
		theirs.set(CardFixture.emptyLine(second, "BASIC_CARE") + ".name", "Huiswerkklas Kessel-Lo");
		MockHttpServletResponse conflict = save(token, theirs);
		assertThat(conflict.getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(conflict.getContentAsString());
		assertThat(page.select(".alert-warning").text()).contains("Iemand anders");
		assertThat(page.select("form.card-form input[value='Huiswerkklas Kessel-Lo']")).hasSize(1);
		assertThat(card(token).selectFirst(".help-card-sheet").text()).contains("Brugfiguur Anna")
			.doesNotContain("Huiswerkklas");
	}

	@Test
	void mistakesAreShownInDutchNextToTheFieldWithTheInputKept() throws Exception {
		Document empty = Jsoup.parse(this.signedIn.as(null, post("/hulp/kaart").with(csrf())).getContentAsString());
		assertThat(empty.select("#schoolId-fout").text())
			.isEqualTo("Kies je school uit de lijst of typ de naam van je school.");

		Document typed = Jsoup.parse(this.signedIn.as(null,
				post("/hulp/kaart").with(csrf()).param("schoolName", "Kaarttest Middenschool").param("levels", "SO"))
			.getContentAsString());
		assertThat(typed.select("#municipalityCode-fout").text()).startsWith("Kies de gemeente van je school");
		assertThat(typed.selectFirst("#schoolName").attr("value")).isEqualTo("Kaarttest Middenschool");

		String token = start("Basisschool De Linde (fictief)");
		Document page = card(token);
		MultiValueMap<String, String> values = CardFixture.form(page);
		String clb = CardFixture.offerRow(page, this.fixture.offerId(CardFixture.CLB));
		values.set(clb + ".ticked", "true");
		values.set(clb + ".phone", "bel maar!");
		values.set(clb + ".contactPerson", "Mevrouw Kaarttest");
		String line = CardFixture.emptyLine(page, "EXTENDED_CARE");
		values.set(line + ".note", "zonder naam");
		MockHttpServletResponse response = save(token, values);
		assertThat(response.getStatus()).isEqualTo(200);
		Document shown = Jsoup.parse(response.getContentAsString());
		String index = clb.substring("offers[".length(), clb.length() - 1);
		assertThat(shown.select("#offer-" + index + "-phone-fout").text())
			.isEqualTo("Een telefoonnummer bevat alleen cijfers, spaties en + ( ) / . -");
		assertThat(shown.selectFirst("#offer-" + index + "-phone").attr("value")).isEqualTo("bel maar!");
		assertThat(shown.selectFirst("#offer-" + index + "-person").attr("value")).isEqualTo("Mevrouw Kaarttest");
		String lineIndex = line.substring("lines[".length(), line.length() - 1);
		assertThat(shown.select("#line-" + lineIndex + "-name-fout").text()).startsWith("Geef deze lijn een naam");
		assertThat(shown.selectFirst("#line-" + lineIndex + "-note").attr("value")).isEqualTo("zonder naam");
		assertThat(card(token).selectFirst(".help-card-sheet").text()).as("nothing saved")
			.doesNotContain("Mevrouw Kaarttest");
	}

	@Test
	void thePdfIsOneA4PageWithTheCardAndStaysOneWithManyLinesAndHostileText() throws Exception {
		String token = start("Basisschool De Linde (fictief)");
		Document page = card(token);
		MultiValueMap<String, String> values = CardFixture.form(page);
		String clb = CardFixture.offerRow(page, this.fixture.offerId(CardFixture.CLB));
		values.set(clb + ".ticked", "true");
		values.set(clb + ".contactPerson", "Mevrouw Kaarttest");
		values.set(CardFixture.emptyLine(page, "STEP_TO_WORK") + ".name", "Jobcoach Sam");
		assertThat(save(token, values).getStatus()).isEqualTo(302);

		MockHttpServletResponse response = this.signedIn.as(null, get("/hulp/kaart/" + token + ".pdf"));
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
		PdfInspection pdf = new PdfInspection(response.getContentAsByteArray());
		assertThat(pdf.pages()).isEqualTo(1);
		assertThat(pdf.text()).contains("Eerste Hulp bij schooluitval", "Basisschool De Linde (fictief)", "Leuven",
				"Uitbreiding van zorg", CardFixture.CLB, "016 11 11 11", "Mevrouw Kaarttest", "Stap naar werk",
				"Jobcoach Sam", "stand van ");

		long id = this.jdbc.queryForObject("select id from help_card where token_hash = ?", Long.class,
				(Object) CardTokens.hash(token));
		String hostile = "<script>alert(1)</script>" + PdfInspection.REFUSED_BY_XML + PdfInspection.ARABIC + " "
				+ "x".repeat(250);
		for (int i = 0; i < 60; i++) {
			String level = new String[] { "BASIC_CARE", "INCREASED_CARE", "EXTENDED_CARE", "THROUGH_CLB",
					"STEP_TO_WORK" }[i % 5];
			this.jdbc.update("""
					insert into help_card_line (card_id, care_level, name, contact_person, phone, email, note, position)
					values (?, ?, ?, ?, '016 00 00 00', 'iemand@kaarttest.be', ?, ?)""", id, level,
					("Lijn " + i + " " + hostile).substring(0, 200), "Contact " + i + " Ŀ≥→✓",
					hostile.substring(0, 200), 100 + i);
		}
		PdfInspection crowded = new PdfInspection(
				this.signedIn.as(null, get("/hulp/kaart/" + token + ".pdf")).getContentAsByteArray());
		assertThat(crowded.pages()).isEqualTo(1);
		assertThat(crowded.text()).contains("Basisschool De Linde (fictief)", "<script>", "meer op de kaart zelf");
		assertThat(crowded.charactersOutsideThePage()).isEmpty();
	}

	@Test
	void aSchoolUserKeepsTheCardWithTheSchoolWhereColleaguesOfThatSchoolFindIt() throws Exception {
		long school = this.jdbc.queryForObject("select school_id from account where username = 'school'", Long.class);
		String colleague = this.accounts.createAtSchool("Kaarttest-wachtwoord-1", school);
		Document first = this.signedIn.page("school", get("/hulp/kaart/school"));
		assertThat(first.selectFirst("h1").text()).contains("Basisschool De Regenboogbrug (fictief)");
		assertThat(first.select("#kaart-link")).as("no private link until one is made").isEmpty();
		MultiValueMap<String, String> values = CardFixture.form(first);
		values.set(CardFixture.emptyLine(first, "BASIC_CARE") + ".name", "Brugfiguur van de school");
		MockHttpServletResponse saved = this.signedIn.as("school",
				CardFixture.post(post("/hulp/kaart/school").with(csrf()), values));
		assertThat(saved.getRedirectedUrl()).isEqualTo("/hulp/kaart/school?bewaard=ja");

		Document theirs = this.signedIn.page(colleague, get("/hulp/kaart/school"));
		assertThat(theirs.selectFirst(".help-card-sheet").text()).contains("Brugfiguur van de school");
		assertThat(
				this.jdbc.queryForObject("select count(*) from help_card where school_id = ?", Integer.class, school))
			.isEqualTo(1);
		PdfInspection pdf = new PdfInspection(
				this.signedIn.as(colleague, get("/hulp/kaart/school.pdf")).getContentAsByteArray());
		assertThat(pdf.pages()).isEqualTo(1);
		assertThat(pdf.text()).contains("Brugfiguur van de school");

		String link = this.signedIn.as("school", post("/hulp/kaart/school/link").with(csrf()).param("bevestigd", "ja"))
			.getRedirectedUrl();
		assertThat(link).matches("/hulp/kaart/[A-Za-z0-9_-]{43}\\?nieuw=ja");
		assertThat(this.signedIn.page(null, get(link)).selectFirst(".help-card-sheet").text())
			.contains("Brugfiguur van de school");
		String second = this.signedIn
			.as("school", post("/hulp/kaart/school/link").with(csrf()).param("bevestigd", "ja"))
			.getRedirectedUrl();
		assertThat(this.signedIn.status(null, get(link))).as("a new link replaces the old one").isEqualTo(404);
		assertThat(this.signedIn.status(null, get(second))).isEqualTo(200);
		assertThat(this.signedIn.status("coordinator", get("/hulp/kaart/school"))).isEqualTo(403);
	}

	@Test
	void cardsNobodyOpenedForTheRetentionPeriodAreDeleted() throws Exception {
		String old = start("Basisschool De Linde (fictief)");
		String recent = start("Atheneum Dijlestad (fictief)");
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		this.jdbc.update("update help_card set last_opened_at = ? where token_hash = ?",
				java.sql.Timestamp.from(now.minus(3 * 366, ChronoUnit.DAYS)), CardTokens.hash(old));
		this.jdbc.update("update help_card set last_opened_at = ? where token_hash = ?",
				java.sql.Timestamp.from(now.minus(30, ChronoUnit.DAYS)), CardTokens.hash(recent));
		HelpCardRetention retention = new HelpCardRetention(this.cards, Clock.fixed(now, ZoneId.of("Europe/Brussels")),
				Period.ofYears(3));
		assertThat(retention.delete()).isEqualTo(1);
		assertThat(this.signedIn.status(null, get("/hulp/kaart/" + old))).isEqualTo(404);
		assertThat(this.signedIn.status(null, get("/hulp/kaart/" + recent))).isEqualTo(200);
		assertThat(retention.delete()).as("the next night finds nothing left").isZero();
	}

}
