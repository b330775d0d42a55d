package be.aanboord.budget;

import java.util.List;

import be.aanboord.IntegrationTest;
import be.aanboord.account.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
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
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	BudgetFixture fixture;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void draftedYear() throws Exception {
		this.fixture.freshYear();
		MockHttpServletResponse saved = this.mvc
			.perform(post(YEAR + "/aanvraag/risk-bao").with(csrf())
				.with(as("coordinator"))
				.param("requested", DRAFT_AMOUNT)
				.param("personnel", DRAFT_AMOUNT)
				.param("operations", "")
				.param("training", "")
				.param("other", "")
				.param("motivation", DRAFT_MOTIVATION)
				.param("version", "0"))
			.andReturn()
			.getResponse();
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
		assertThat(html(get(YEAR).with(as("beheerder")))).contains("€ " + DRAFT_AMOUNT).contains(DRAFT_MOTIVATION);
		assertThat(html(get("/budget").with(as("coordinator")))).contains("€ " + DRAFT_AMOUNT);
	}

	@Test
	void theAdviceBeingWrittenIsHiddenFromTheCityUntilItIsSent() throws Exception {
		step("DISCUSSED");
		MockHttpServletResponse advised = this.mvc
			.perform(post(YEAR + "/advies/risk-bao").with(csrf())
				.with(as("beheerder"))
				.param("advised", "30000")
				.param("motivation", ADVICE_MOTIVATION)
				.param("conditions", "")
				.param("version", String.valueOf(this.fixture.requestVersion(2026, "RISK_BAO"))))
			.andReturn()
			.getResponse();
		assertThat(advised.getStatus()).as(advised.getContentAsString()).isEqualTo(302);
		assertHiddenFromTheCity();
		assertThat(html(get(YEAR).with(as("stad")))).doesNotContain(ADVICE_MOTIVATION).doesNotContain("€ 30.000,00");

		step("ADVICE_SENT");
		String page = html(get(YEAR).with(as("stad")));
		assertThat(page).contains("€ " + DRAFT_AMOUNT)
			.contains(DRAFT_MOTIVATION)
			.contains(ADVICE_MOTIVATION)
			.doesNotContain("nog niet naar de stad verstuurd");
		// the history shows the amounts from the sending on, not how the drafts evolved
		String history = html(get(YEAR + "/historiek").with(as("stad")));
		assertThat(history).contains("Advies verstuurd").doesNotContain("– → € " + DRAFT_AMOUNT);
		assertThat(html(get(YEAR + "/historiek").with(as("beheerder")))).contains("– → € " + DRAFT_AMOUNT);
		assertThat(status(get(YEAR + "/advies.pdf").with(as("stad")))).isEqualTo(200);
	}

	@Test
	void anEarlierYearWhoseAdviceIsNotSentIsLeftOutOfTheChartsAndComparisons() throws Exception {
		step("DISCUSSED");
		this.mvc.perform(post(YEAR + "/advies/risk-bao").with(csrf())
			.with(as("beheerder"))
			.param("advised", "30000")
			.param("motivation", ADVICE_MOTIVATION)
			.param("conditions", "")
			.param("version", String.valueOf(this.fixture.requestVersion(2026, "RISK_BAO"))));
		step("ADVICE_SENT");
		// 2024-2025 reopened by the lab: its advice is being amended
		this.jdbc.sql("update budget_year set step = 'DISCUSSED', version = version + 1 where school_year = 2024")
			.update();
		String page = html(get(YEAR).with(as("stad")));
		// every year of the plans stays in the charts, but a year the city may not read
		// has no amounts
		org.jsoup.nodes.Document city = org.jsoup.Jsoup.parse(page);
		assertThat(city.select("section[aria-labelledby=vergelijking]").text()).contains("2023-2024")
			.doesNotContain("2024-2025");
		assertThat(city.select("#project-risk-bao table.chart-table tr:has(th:containsOwn(2024-2025)) td").eachText())
			.containsOnly("–");
		assertThat(page).doesNotContain("€ 27.990,00");
		org.jsoup.nodes.Document lab = org.jsoup.Jsoup.parse(html(get(YEAR).with(as("beheerder"))));
		assertThat(lab.select("section[aria-labelledby=vergelijking]").text()).contains("2024-2025");
		assertThat(lab.select("#project-risk-bao table.chart-table tr:has(th:containsOwn(2024-2025)) td").eachText())
			.contains("€ 27.990,00");
		assertThat(html(get("/budget/2024-2025").with(as("stad")))).contains("nog niet naar de stad verstuurd");
	}

	private void assertHiddenFromTheCity() throws Exception {
		List<String> secrets = List.of(DRAFT_AMOUNT, DRAFT_MOTIVATION, ADVICE_MOTIVATION);
		String page = html(get(YEAR).with(as("stad")));
		assertThat(page).contains("nog niet naar de stad verstuurd").contains("€ 50.000,00");
		for (String path : List.of(YEAR, YEAR + "/historiek", YEAR + "/opmerking/risk-bao", YEAR + "/beslissing",
				"/budget")) {
			String html = html(get(path).with(as("stad")));
			for (String secret : secrets) {
				assertThat(html).as("%s as the city", path).doesNotContain(secret);
			}
		}
		assertThat(html(get(YEAR + "/beslissing").with(as("stad")))).contains("nog niet naar de stad verstuurd");
		for (String print : List.of("/advies.pdf", "/advies.xlsx")) {
			MockHttpServletResponse response = this.mvc.perform(get(YEAR + print).with(as("stad")))
				.andReturn()
				.getResponse();
			assertThat(response.getStatus()).as(print).isEqualTo(303);
			assertThat(response.getRedirectedUrl()).isEqualTo(YEAR);
		}
		assertThat(status(get(YEAR + "/advies.pdf").with(as("beheerder")))).isEqualTo(200);
		// the city cannot comment on a request it may not read
		assertThat(html(post(YEAR + "/opmerking/risk-bao").with(csrf()).with(as("stad")).param("text", "Te veel.")))
			.contains("nog niet naar de stad verstuurd");
		assertThat(this.jdbc.sql("select count(*) from budget_comment where school_year = 2026")
			.query(Long.class)
			.single()).isZero();
		// the list of years shows the year, its step and envelope, without amounts
		String list = html(get("/budget").with(as("stad")));
		assertThat(list).contains("Budgetadvies 2026-2027").contains("Het advies is nog niet verstuurd.");
	}

	private void step(String step) throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(post(YEAR + "/stap").with(csrf())
				.with(as("beheerder"))
				.param("stap", step)
				.param("version", String.valueOf(this.fixture.version(2026))))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(this.fixture.step(2026)).isEqualTo(step);
	}

	private int status(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getStatus();
	}

	private String html(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getContentAsString();
	}

	private RequestPostProcessor as(String username) {
		return user(this.accounts.signedIn(username));
	}

}
