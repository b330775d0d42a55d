package be.aanboord.budget;

import be.aanboord.IntegrationTest;
import be.aanboord.SignedIn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The banners and the totals of the budget advice follow the step of the process:
 * requests above the envelope matter until the advice is sent, an advice above the
 * envelope until the decision, and after the decision only the decision's state; there is
 * no decided total before the decision.
 */
@IntegrationTest
class BudgetBannersIT {

	private static final String FRESH = "/budget/2026-2027";

	@Autowired
	SignedIn signedIn;

	@Autowired
	BudgetFixture fixture;

	@Autowired
	JdbcClient jdbc;

	/**
	 * 2026-2027: an envelope of € 50.000,00, two requests of € 30.000,00 (together €
	 * 10.000,00 too much) and an advice of € 27.000,00 each (€ 4.000,00 too much).
	 */
	@BeforeEach
	void requestsAndAdviceOverTheEnvelope() {
		this.fixture.freshYear();
		this.jdbc.sql("""
				insert into funding_request (school_year, project_id, requested, personnel, motivation, advised)
				select ?, id, 30000.00, 30000.00, 'Test', 27000.00 from project where code in ('RISK_BAO', 'NAFT')""")
			.param(BudgetFixture.FRESH_YEAR)
			.update();
	}

	@Test
	void whileTheRequestsAreOpenBothWarningsShowAndNothingIsDecided() throws Exception {
		Document page = page(FRESH, "beheerder");
		assertThat(page.getElementById("waarschuwing-aanvragen").text())
			.isEqualTo("⚠ De aanvragen samen overschrijden de envelop met € 10.000,00; het advies moet keuzes maken.");
		assertThat(page.getElementById("waarschuwing-advies").text()).contains("€ 4.000,00");
		assertThat(page.getElementById("totaal-decided").text()).isEqualTo("nog niet beslist");
		assertThat(page.getElementById("stand-decided").text()).isEmpty();
		assertThat(page.getElementById("totaal-spent").text()).isEqualTo("nog geen besteding gemeld");
		assertThat(page.getElementById("stand-beslissing")).isNull();
		assertThat(page.text()).doesNotContain("Totaal beslist € 0,00");
	}

	@Test
	void afterTheAdviceIsSentOnlyTheAdviceIsWeighedAgainstTheEnvelope() throws Exception {
		step("ADVICE_SENT", null);
		for (String who : new String[] { "stad", "beheerder" }) {
			Document page = page(FRESH, who);
			assertThat(page.getElementById("waarschuwing-aanvragen")).as(who).isNull();
			assertThat(page.getElementById("stand-requested").text()).as(who).isEmpty();
			assertThat(page.getElementById("waarschuwing-advies").text()).as(who)
				.isEqualTo("⚠ Let op: het advies overschrijdt de envelop met € 4.000,00.");
			assertThat(page.getElementById("totaal-decided").text()).as(who).isEqualTo("nog niet beslist");
		}
	}

	@Test
	void afterTheDecisionOnlyTheDecisionsStateIsShown() throws Exception {
		this.jdbc.sql("update funding_request set decided = 25000.00 where school_year = ?")
			.param(BudgetFixture.FRESH_YEAR)
			.update();
		for (String step : new String[] { "DECIDED", "REPORTED", "EVALUATED" }) {
			step(step, "2026-06-30");
			Document page = page(FRESH, "stad");
			assertThat(page.select(".over-envelope-box")).as(step).isEmpty();
			assertThat(page.select(".over-envelope")).as(step).isEmpty();
			assertThat(page.getElementById("stand-beslissing").text()).as(step)
				.isEqualTo("De stad besliste op 30/06/2026: samen € 50.000,00, binnen de envelop van € 50.000,00.");
			assertThat(page.getElementById("totaal-decided").text()).as(step).isEqualTo("€ 50.000,00");
			assertThat(page.getElementById("stand-decided").text()).as(step).isEqualTo("Binnen de envelop");
			assertThat(page.getElementById("stand-requested").text()).as(step).isEmpty();
			assertThat(page.getElementById("stand-advised").text()).as(step).isEmpty();
		}
	}

	@Test
	void theDemoYearsShowTheBannersOfTheirStep() throws Exception {
		this.fixture.adviceSent2019();
		Document sent = page("/budget/2019-2020", "stad");
		assertThat(sent.getElementById("waarschuwing-aanvragen")).isNull();
		assertThat(sent.getElementById("waarschuwing-advies")).isNull();
		assertThat(sent.getElementById("totaal-decided").text()).isEqualTo("nog niet beslist");
		for (String decided : new String[] { "/budget/2024-2025", "/budget/2023-2024", "/budget/2020-2021" }) {
			Document page = page(decided, "stad");
			assertThat(page.select(".over-envelope-box")).as(decided).isEmpty();
			assertThat(page.getElementById("stand-beslissing").text()).as(decided)
				.startsWith("De stad besliste op 30/06/")
				.contains("binnen de envelop");
		}
		Document list = page("/budget", "beheerder");
		assertThat(list.select("tr:has(a[href='/budget/2025-2026']) td").eachText()).contains("nog niet beslist");
	}

	private void step(String step, String decidedOn) {
		this.jdbc.sql("update budget_year set step = ?, decided_on = cast(? as date) where school_year = ?")
			.params(step, decidedOn, BudgetFixture.FRESH_YEAR)
			.update();
	}

	private Document page(String path, String username) throws Exception {
		MockHttpServletResponse response = this.signedIn.as(username, get(path));
		assertThat(response.getStatus()).as("%s: %s", path, response.getContentAsString()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

}
