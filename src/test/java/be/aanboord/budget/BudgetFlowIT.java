package be.aanboord.budget;

import be.aanboord.IntegrationTest;
import be.aanboord.SignedIn;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The decision process of one school year (2026-2027, started afresh), role by role:
 * coordinators request, the lab advises and sends, the city decides, the projects report,
 * the lab reopens with a reason.
 */
@IntegrationTest
class BudgetFlowIT {

	private static final String YEAR = "/budget/2026-2027";

	@Autowired
	SignedIn signedIn;

	@Autowired
	BudgetFixture fixture;

	@BeforeEach
	void freshYear() {
		this.fixture.freshYear();
	}

	@Test
	void theWholeProcessFromRequestToReopeningIsRecorded() throws Exception {
		// coordinators draft the requests of their own projects
		MockHttpServletResponse saved = request("coordinator", "risk-bao", "30.000,00", "20000", "5000", "4000", "1000",
				"Trajecten in 19 scholen.", 0);
		assertThat(saved.getRedirectedUrl()).isEqualTo("/budget");
		request("coordinator", "risk-so", "25000", "25000", "", "", "", "Trajecten in 8 scholen.", 0);
		assertThat(this.fixture.amount(2026, "RISK_BAO", "requested")).isEqualTo("30000.00");
		assertThat(this.fixture.amount(2026, "RISK_BAO", "personnel")).isEqualTo("20000.00");
		// the requests (€ 55.000,00) exceed the envelope (€ 50.000,00): a warning, not a
		// block
		assertThat(this.signedIn.status("coordinator", get("/budget"))).isEqualTo(200);

		// the lab discusses them, writes its advice and sends it
		step("DISCUSSED");
		assertThat(this.fixture.step(2026)).isEqualTo("DISCUSSED");
		assertThat(advise("risk-bao", "27.000", "Goed onderbouwd.")).isEqualTo(302);
		assertThat(advise("risk-so", "23000", "Goed onderbouwd.")).isEqualTo(302);
		step("ADVICE_SENT");
		assertThat(this.fixture.step(2026)).isEqualTo("ADVICE_SENT");

		// once sent, the advice cannot change
		Document refused = this.signedIn.page("beheerder",
				post(YEAR + "/advies/risk-bao").with(csrf())
					.param("advised", "1")
					.param("motivation", "Toch anders.")
					.param("version", String.valueOf(this.fixture.requestVersion(2026, "RISK_BAO"))));
		assertThat(globalErrors(refused))
			.anyMatch((error) -> error.startsWith("Het advies is al verstuurd en kan niet meer wijzigen."));
		assertThat(this.fixture.amount(2026, "RISK_BAO", "advised")).isEqualTo("27000.00");

		// the city decides within the envelope: the amounts are locked
		assertThat(decide("26000", "23000").getRedirectedUrl()).isEqualTo(YEAR);
		assertThat(this.fixture.step(2026)).isEqualTo("DECIDED");
		assertThat(this.fixture.amount(2026, "RISK_BAO", "decided")).isEqualTo("26000.00");
		assertThat(this.signedIn.page("stad", get(YEAR + "/beslissing")).select("main p.alert-info").text())
			.contains("de bedragen zijn vergrendeld");
		assertThat(decide("1", "1").getStatus()).isEqualTo(200);
		assertThat(this.fixture.amount(2026, "RISK_BAO", "decided")).isEqualTo("26000.00");

		// the projects report their spending
		MockHttpServletResponse report = this.signedIn.as("coordinator",
				post(YEAR + "/verslag/risk-bao").with(csrf())
					.param("spent", "25.800,50")
					.param("report", "19 trajecten uitgevoerd.")
					.param("version", String.valueOf(this.fixture.requestVersion(2026, "RISK_BAO"))));
		assertThat(report.getRedirectedUrl()).isEqualTo("/budget");
		assertThat(this.fixture.amount(2026, "RISK_BAO", "spent")).isEqualTo("25800.50");

		// the lab reopens the decision, with a reason that goes into the history
		Document noReason = this.signedIn.page("beheerder",
				post(YEAR + "/heropenen").with(csrf())
					.param("reason", " ")
					.param("version", String.valueOf(this.fixture.version(2026))));
		assertThat(noReason.select("#reason-fout").text()).isEqualTo("Vul dit veld in.");
		assertThat(this.fixture.step(2026)).isEqualTo("DECIDED");
		this.signedIn.as("beheerder",
				post(YEAR + "/heropenen").with(csrf())
					.param("reason", "Bijkomende middelen Covid")
					.param("version", String.valueOf(this.fixture.version(2026))));
		assertThat(this.fixture.step(2026)).isEqualTo("DISCUSSED");
		assertThat(this.fixture.changes(2026, "step", "Bijkomende middelen Covid")).isEqualTo(1);

		// reopened, the advice is no longer sent: the city waits until it is sent anew
		Document cityHistory = this.signedIn.page("stad", get(YEAR + "/historiek"));
		assertThat(cityHistory.select("#advies-niet-verstuurd").text()).contains("nog niet naar de stad verstuurd");
		assertThat(cityHistory.text()).doesNotContain("Bijkomende middelen Covid");
		Document history = this.signedIn.page("beheerder", get(YEAR + "/historiek"));
		assertThat(history.select("main table tbody td").eachText()).contains("Bijkomende middelen Covid",
				"– → € 26.000,00", "Advies verstuurd → Beslissing van de stad", "Koen Coördinator (demo)");
	}

	@Test
	void budgetLinesThatDoNotAddUpAreRefusedAndTheInputIsKept() throws Exception {
		Document page = this.signedIn.page("coordinator",
				requestPost("risk-bao", "30000", "20000", "5000", "", "", "Motivatie", 0));
		assertThat(page.select("#requested-fout").text())
			.startsWith("De budgetlijnen tellen op tot € 25.000,00, maar het gevraagde bedrag is € 30.000,00.");
		assertThat(page.select("input[name=requested]").val()).isEqualTo("30000");
		assertThat(page.select("input[name=personnel]").val()).isEqualTo("20000");
		assertThat(page.select("textarea[name=motivation]").val()).isEqualTo("Motivatie");
		assertThat(this.fixture.amount(2026, "RISK_BAO", "requested")).isNull();
	}

	@Test
	void negativeUnreadableAndAbsurdAmountsAreRefusedNextToTheirField() throws Exception {
		Document page = this.signedIn.page("coordinator",
				requestPost("risk-bao", "-100", "2.000.000", "veel", "1,234", "", "", 0));
		assertThat(page.select("#requested-fout").text()).startsWith("Een bedrag kan niet negatief zijn.");
		assertThat(page.select("#personnel-fout").text()).contains("Dit bedrag is onwaarschijnlijk hoog");
		assertThat(page.select("#operations-fout").text()).startsWith("Dit is geen bedrag.");
		assertThat(page.select("#training-fout").text())
			.startsWith("Een bedrag heeft hoogstens twee cijfers na de komma.");
		assertThat(page.select("#motivation-fout")).hasSize(1);
		assertThat(page.select("input[name=operations]").val()).isEqualTo("veel");
	}

	@Test
	void aCoordinatorCannotTouchAnotherProjectsRequest() throws Exception {
		assertThat(this.signedIn.status("coordinator", get(YEAR + "/aanvraag/naft"))).isEqualTo(404);
		assertThat(this.signedIn.status("coordinator", requestPost("naft", "100", "100", "", "", "", "x", 0)))
			.isEqualTo(404);
		assertThat(this.fixture.amount(2026, "NAFT", "requested")).isNull();
	}

	@Test
	void aCoordinatorSeesOnlyTheirOwnProjectsOnTheBudgetPage() throws Exception {
		Document page = this.signedIn.page("coordinator", get("/budget"));
		assertThat(page.text()).contains("Ris+K basisonderwijs")
			.doesNotContain("Naft")
			.doesNotContain("Budgetadvies 2019-2020");
		assertThat(page.select("main table tbody td").eachText()).contains("Ris+K basisonderwijs");
	}

	@Test
	void requestsCannotChangeAfterTheLabDiscussedThem() throws Exception {
		request("coordinator", "risk-bao", "30000", "30000", "", "", "", "Motivatie", 0);
		step("DISCUSSED");
		Document page = this.signedIn.page("coordinator", requestPost("risk-bao", "40000", "40000", "", "", "", "Meer",
				this.fixture.requestVersion(2026, "RISK_BAO")));
		assertThat(globalErrors(page)).anyMatch((error) -> error.contains("Aanvragen kunnen niet meer wijzigen"));
		assertThat(this.fixture.amount(2026, "RISK_BAO", "requested")).isEqualTo("30000.00");
	}

	@Test
	void aDecisionOverTheEnvelopeIsBlocked() throws Exception {
		request("coordinator", "risk-bao", "30000", "30000", "", "", "", "Motivatie", 0);
		request("coordinator", "risk-so", "25000", "25000", "", "", "", "Motivatie", 0);
		step("DISCUSSED");
		advise("risk-bao", "30000", "Ja");
		advise("risk-so", "25000", "Ja");
		step("ADVICE_SENT");
		MockHttpServletResponse response = decide("30000", "25000");
		assertThat(response.getStatus()).isEqualTo(200);
		Document page = org.jsoup.Jsoup.parse(response.getContentAsString());
		assertThat(globalErrors(page)).anyMatch((error) -> error
			.startsWith("Het totaal van de beslissing (€ 55.000,00) overschrijdt de envelop (€ 50.000,00)."));
		assertThat(page.select("input[name='lines[0].amount']").val()).isEqualTo("30000");
		assertThat(this.fixture.step(2026)).isEqualTo("ADVICE_SENT");
	}

	@Test
	void theAdviceCannotBeSentBeforeEveryProjectHasOne() throws Exception {
		request("coordinator", "risk-bao", "30000", "30000", "", "", "", "Motivatie", 0);
		step("DISCUSSED");
		MvcResult response = stepResponse("ADVICE_SENT");
		assertThat(response.getFlashMap().get("refused")).isEqualTo("budget.rule.adviceIncomplete");
		assertThat(this.fixture.step(2026)).isEqualTo("DISCUSSED");
	}

	@Test
	void aStaleVersionShowsTheConflictAndKeepsTheInput() throws Exception {
		request("coordinator", "risk-bao", "30000", "30000", "", "", "", "Motivatie", 0);
		Document page = this.signedIn.page("coordinator",
				requestPost("risk-bao", "31000", "31000", "", "", "", "Later", 99));
		assertThat(page.select("main .alert-warning[role=alert]").text())
			.contains("Iemand anders heeft deze gegevens intussen gewijzigd");
		assertThat(page.select("input[name=requested]").val()).isEqualTo("31000");
		assertThat(this.fixture.amount(2026, "RISK_BAO", "requested")).isEqualTo("30000.00");
	}

	@Test
	void aCityOfficialCannotWriteTheAdviceNorACoordinatorDecide() throws Exception {
		assertThat(this.signedIn.status("stad", post(YEAR + "/advies/risk-bao").with(csrf()))).isEqualTo(403);
		assertThat(this.signedIn.status("coordinator", post(YEAR + "/beslissing").with(csrf()))).isEqualTo(403);
	}

	@Test
	void theLabChangesTheEnvelopeUntilTheDecisionAndItIsInTheHistory() throws Exception {
		MockHttpServletResponse response = this.signedIn.as("beheerder",
				post(YEAR + "/envelop").with(csrf())
					.param("envelope", "60.000,00")
					.param("version", String.valueOf(this.fixture.version(2026))));
		assertThat(response.getRedirectedUrl()).isEqualTo(YEAR);
		assertThat(this.signedIn.page("stad", get(YEAR)).getElementById("envelop").text()).isEqualTo("€ 60.000,00");
		assertThat(this.signedIn.page("beheerder", get(YEAR + "/historiek")).select("main table tbody td").eachText())
			.contains("€ 50.000,00 → € 60.000,00");
		Document refused = this.signedIn.page("beheerder",
				post(YEAR + "/envelop").with(csrf())
					.param("envelope", "-1")
					.param("version", String.valueOf(this.fixture.version(2026))));
		assertThat(refused.select("#envelope-fout").text()).startsWith("Een bedrag kan niet negatief zijn.");
		assertThat(refused.select("input[name=envelope]").val()).isEqualTo("-1");
	}

	@Test
	void aYearOutsideEveryPlanCannotBeOpened() throws Exception {
		assertThat(this.signedIn.status("beheerder", get("/budget/2030-2031/envelop"))).isEqualTo(404);
		assertThat(this.signedIn.page("beheerder", get("/budget/2018-2019/envelop")).select("main p").eachText())
			.anyMatch((text) -> text.contains("heeft nog geen budget"));
		assertThat(this.signedIn.page("beheerder", get("/budget")).select("a[href='/budget/2018-2019/envelop']").text())
			.isEqualTo("Budget openen voor 2018-2019");
	}

	// ---- helpers ----------------------------------------------------------------------

	private MockHttpServletResponse request(String who, String project, String requested, String personnel,
			String operations, String training, String other, String motivation, int version) throws Exception {
		MockHttpServletResponse response = this.signedIn.as(who,
				requestPost(project, requested, personnel, operations, training, other, motivation, version));
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
		return response;
	}

	private static MockHttpServletRequestBuilder requestPost(String project, String requested, String personnel,
			String operations, String training, String other, String motivation, int version) {
		return post(YEAR + "/aanvraag/" + project).with(csrf())
			.param("requested", requested)
			.param("personnel", personnel)
			.param("operations", operations)
			.param("training", training)
			.param("other", other)
			.param("motivation", motivation)
			.param("version", String.valueOf(version));
	}

	private int advise(String project, String amount, String motivation) throws Exception {
		String code = project.toUpperCase().replace('-', '_');
		return this.signedIn.status("beheerder",
				post(YEAR + "/advies/" + project).with(csrf())
					.param("advised", amount)
					.param("motivation", motivation)
					.param("conditions", "")
					.param("version", String.valueOf(this.fixture.requestVersion(2026, code))));
	}

	private void step(String step) throws Exception {
		MvcResult response = stepResponse(step);
		assertThat(response.getFlashMap().get("refused")).as("error of step %s", step).isNull();
	}

	private MvcResult stepResponse(String step) throws Exception {
		return this.signedIn.result("beheerder",
				post(YEAR + "/stap").with(csrf())
					.param("stap", step)
					.param("version", String.valueOf(this.fixture.version(2026))));
	}

	private MockHttpServletResponse decide(String riskBao, String riskSo) throws Exception {
		return this.signedIn.as("stad",
				post(YEAR + "/beslissing").with(csrf())
					.param("decidedOn", "2026-06-30")
					.param("remarks", "Goedgekeurd door het college.")
					.param("lines[0].requestId", String.valueOf(this.fixture.requestId(2026, "RISK_BAO")))
					.param("lines[0].amount", riskBao)
					.param("lines[1].requestId", String.valueOf(this.fixture.requestId(2026, "RISK_SO")))
					.param("lines[1].amount", riskSo)
					.param("version", String.valueOf(this.fixture.version(2026))));
	}

	/** The errors of the whole form, as its global-errors block lists them. */
	private static java.util.List<String> globalErrors(Document page) {
		return page.select("main form .alert-danger[role=alert] p").eachText();
	}

}
