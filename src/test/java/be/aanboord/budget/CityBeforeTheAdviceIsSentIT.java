package be.aanboord.budget;

import java.util.List;

import be.aanboord.IntegrationTest;
import be.aanboord.SignedIn;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The city sees nothing of a school year's requests and advice until the lab sends its
 * advice (see {@code BudgetReader}): not on the page, in the PDF or spreadsheet, the
 * history, the comment and decision forms, the list of years, nor in the charts and
 * comparisons of later years.
 */
@IntegrationTest
class CityBeforeTheAdviceIsSentIT {

	private static final String YEAR = "/budget/2026-2027";

	/** A drafted amount and motivation that appear nowhere else. */
	private static final String DRAFT_AMOUNT = "31.234,56";

	private static final String DRAFT_MOTIVATION = "Kladversie van de aanvraag, nog te bespreken";

	private static final String ADVICE_MOTIVATION = "Advies in wording, nog niet verstuurd";

	@Autowired
	SignedIn signedIn;

	@Autowired
	BudgetFixture fixture;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void draftedYear() throws Exception {
		this.fixture.freshYear();
		MockHttpServletResponse saved = this.signedIn.as("coordinator",
				post(YEAR + "/aanvraag/risk-bao").with(csrf())
					.param("requested", DRAFT_AMOUNT)
					.param("personnel", DRAFT_AMOUNT)
					.param("operations", "")
					.param("training", "")
					.param("other", "")
					.param("motivation", DRAFT_MOTIVATION)
					.param("version", "0"));
		assertThat(saved.getStatus()).as(saved.getContentAsString()).isEqualTo(302);
	}

	@AfterEach
	void decided2024() {
		this.jdbc.sql("update budget_year set step = 'DECIDED', version = version + 1 where school_year = 2024")
			.update();
	}

	@Test
	void aDraftRequestIsHiddenFromTheCityOnEveryRoute() throws Exception {
		assertHiddenFromTheCity();
		// the lab and the coordinator do see it
		Document lab = this.signedIn.page("beheerder", get(YEAR));
		assertThat(lab.getElementById("totaal-requested").text()).isEqualTo("€ " + DRAFT_AMOUNT);
		assertThat(lab.select("#project-risk-bao").text()).contains(DRAFT_MOTIVATION);
		assertThat(this.signedIn.page("coordinator", get("/budget")).select("main table tbody td").eachText())
			.contains("€ " + DRAFT_AMOUNT);
	}

	@Test
	void theAdviceBeingWrittenIsHiddenFromTheCityUntilItIsSent() throws Exception {
		step("DISCUSSED");
		MockHttpServletResponse advised = advise();
		assertThat(advised.getStatus()).as(advised.getContentAsString()).isEqualTo(302);
		assertHiddenFromTheCity();
		assertThat(html("stad", get(YEAR))).doesNotContain(ADVICE_MOTIVATION).doesNotContain("€ 30.000,00");

		step("ADVICE_SENT");
		Document page = this.signedIn.page("stad", get(YEAR));
		assertThat(page.getElementById("totaal-requested").text()).isEqualTo("€ " + DRAFT_AMOUNT);
		assertThat(page.select("#project-risk-bao").text()).contains(DRAFT_MOTIVATION).contains(ADVICE_MOTIVATION);
		assertThat(page.getElementById("advies-niet-verstuurd")).isNull();
		assertThat(page.text()).doesNotContain("nog niet naar de stad verstuurd");
		// the history shows the amounts from the sending on, not how the drafts evolved
		Document history = this.signedIn.page("stad", get(YEAR + "/historiek"));
		assertThat(history.select("main table tbody td").eachText())
			.contains("Besproken op het labo → Advies verstuurd")
			.doesNotContain("– → € " + DRAFT_AMOUNT);
		assertThat(history.text()).doesNotContain("– → € " + DRAFT_AMOUNT);
		assertThat(this.signedIn.page("beheerder", get(YEAR + "/historiek")).select("main table tbody td").eachText())
			.contains("– → € " + DRAFT_AMOUNT);
		assertThat(this.signedIn.status("stad", get(YEAR + "/advies.pdf"))).isEqualTo(200);
	}

	@Test
	void anEarlierYearWhoseAdviceIsNotSentIsLeftOutOfTheChartsAndComparisons() throws Exception {
		step("DISCUSSED");
		advise();
		step("ADVICE_SENT");
		// 2024-2025 reopened by the lab: its advice is being amended
		this.jdbc.sql("update budget_year set step = 'DISCUSSED', version = version + 1 where school_year = 2024")
			.update();
		String page = html("stad", get(YEAR));
		// every year of the plans stays in the charts, but a year the city may not read
		// has no amounts
		Document city = org.jsoup.Jsoup.parse(page);
		assertThat(city.select("section[aria-labelledby=vergelijking]").text()).contains("2023-2024")
			.doesNotContain("2024-2025");
		assertThat(city.select("#project-risk-bao table.chart-table tr:has(th:containsOwn(2024-2025)) td").eachText())
			.containsOnly("–");
		assertThat(page).doesNotContain("€ 27.990,00");
		Document lab = this.signedIn.page("beheerder", get(YEAR));
		assertThat(lab.select("section[aria-labelledby=vergelijking]").text()).contains("2024-2025");
		assertThat(lab.select("#project-risk-bao table.chart-table tr:has(th:containsOwn(2024-2025)) td").eachText())
			.contains("€ 27.990,00");
		assertThat(this.signedIn.page("stad", get("/budget/2024-2025")).select("#advies-niet-verstuurd").text())
			.contains("nog niet naar de stad verstuurd");
	}

	private void assertHiddenFromTheCity() throws Exception {
		List<String> secrets = List.of(DRAFT_AMOUNT, DRAFT_MOTIVATION, ADVICE_MOTIVATION);
		Document page = this.signedIn.page("stad", get(YEAR));
		assertThat(page.select("#advies-niet-verstuurd").text()).contains("nog niet naar de stad verstuurd");
		assertThat(page.select("main").text()).contains("€ 50.000,00");
		for (String path : List.of(YEAR, YEAR + "/historiek", YEAR + "/opmerking/risk-bao", YEAR + "/beslissing",
				"/budget")) {
			String html = html("stad", get(path));
			for (String secret : secrets) {
				assertThat(html).as("%s as the city", path).doesNotContain(secret);
			}
		}
		assertThat(this.signedIn.page("stad", get(YEAR + "/beslissing")).select("#advies-niet-verstuurd").text())
			.contains("nog niet naar de stad verstuurd");
		for (String print : List.of("/advies.pdf", "/advies.xlsx")) {
			MockHttpServletResponse response = this.signedIn.as("stad", get(YEAR + print));
			assertThat(response.getStatus()).as(print).isEqualTo(303);
			assertThat(response.getRedirectedUrl()).isEqualTo(YEAR);
		}
		assertThat(this.signedIn.status("beheerder", get(YEAR + "/advies.pdf"))).isEqualTo(200);
		// the city cannot comment on a request it may not read
		assertThat(this.signedIn.page("stad", post(YEAR + "/opmerking/risk-bao").with(csrf()).param("text", "Te veel."))
			.select("#advies-niet-verstuurd")
			.text()).contains("nog niet naar de stad verstuurd");
		assertThat(this.jdbc.sql("select count(*) from budget_comment where school_year = 2026")
			.query(Long.class)
			.single()).isZero();
		// the list of years shows the year, its step and envelope, without amounts
		Document list = this.signedIn.page("stad", get("/budget"));
		assertThat(list.select("a[href='/budget/2026-2027']").text()).isEqualTo("Budgetadvies 2026-2027");
		assertThat(list.select("tr:has(a[href='/budget/2026-2027']) td").text())
			.contains("Het advies is nog niet verstuurd.");
	}

	private void step(String step) throws Exception {
		MockHttpServletResponse response = this.signedIn.as("beheerder",
				post(YEAR + "/stap").with(csrf())
					.param("stap", step)
					.param("version", String.valueOf(this.fixture.version(2026))));
		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(this.fixture.step(2026)).isEqualTo(step);
	}

	private MockHttpServletResponse advise() throws Exception {
		return this.signedIn.as("beheerder",
				post(YEAR + "/advies/risk-bao").with(csrf())
					.param("advised", "30000")
					.param("motivation", ADVICE_MOTIVATION)
					.param("conditions", "")
					.param("version", String.valueOf(this.fixture.requestVersion(2026, "RISK_BAO"))));
	}

	/**
	 * The whole response as text, for what must appear nowhere in it (not even in an
	 * attribute).
	 */
	private String html(String username,
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
		return this.signedIn.as(username, request).getContentAsString();
	}

}
