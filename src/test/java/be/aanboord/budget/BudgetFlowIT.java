package be.aanboord.budget;

import be.aanboord.IntegrationTest;
import be.aanboord.account.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
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
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

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
		assertThat(this.mvc.perform(get("/budget").with(as("coordinator"))).andReturn().getResponse().getStatus())
			.isEqualTo(200);

		// the lab discusses them, writes its advice and sends it
		step("DISCUSSED");
		assertThat(this.fixture.step(2026)).isEqualTo("DISCUSSED");
		assertThat(advise("risk-bao", "27.000", "Goed onderbouwd.")).isEqualTo(302);
		assertThat(advise("risk-so", "23000", "Goed onderbouwd.")).isEqualTo(302);
		step("ADVICE_SENT");
		assertThat(this.fixture.step(2026)).isEqualTo("ADVICE_SENT");

		// once sent, the advice cannot change
		String refused = html(post(YEAR + "/advies/risk-bao").with(csrf())
			.with(as("beheerder"))
			.param("advised", "1")
			.param("motivation", "Toch anders.")
			.param("version", String.valueOf(this.fixture.requestVersion(2026, "RISK_BAO"))));
		assertThat(refused).contains("Het advies is al verstuurd en kan niet meer wijzigen.");
		assertThat(this.fixture.amount(2026, "RISK_BAO", "advised")).isEqualTo("27000.00");

		// the city decides within the envelope: the amounts are locked
		assertThat(decide("26000", "23000").getRedirectedUrl()).isEqualTo(YEAR);
		assertThat(this.fixture.step(2026)).isEqualTo("DECIDED");
		assertThat(this.fixture.amount(2026, "RISK_BAO", "decided")).isEqualTo("26000.00");
		assertThat(html(get(YEAR + "/beslissing").with(as("stad")))).contains("de bedragen zijn vergrendeld");
		assertThat(decide("1", "1").getStatus()).isEqualTo(200);
		assertThat(this.fixture.amount(2026, "RISK_BAO", "decided")).isEqualTo("26000.00");

		// the projects report their spending
		MockHttpServletResponse report = this.mvc
			.perform(post(YEAR + "/verslag/risk-bao").with(csrf())
				.with(as("coordinator"))
				.param("spent", "25.800,50")
				.param("report", "19 trajecten uitgevoerd.")
				.param("version", String.valueOf(this.fixture.requestVersion(2026, "RISK_BAO"))))
			.andReturn()
			.getResponse();
		assertThat(report.getRedirectedUrl()).isEqualTo("/budget");
		assertThat(this.fixture.amount(2026, "RISK_BAO", "spent")).isEqualTo("25800.50");

		// the lab reopens the decision, with a reason that goes into the history
		String noReason = html(post(YEAR + "/heropenen").with(csrf())
			.with(as("beheerder"))
			.param("reason", " ")
			.param("version", String.valueOf(this.fixture.version(2026))));
		assertThat(noReason).contains("Vul dit veld in.");
		assertThat(this.fixture.step(2026)).isEqualTo("DECIDED");
		this.mvc.perform(post(YEAR + "/heropenen").with(csrf())
			.with(as("beheerder"))
			.param("reason", "Bijkomende middelen Covid")
			.param("version", String.valueOf(this.fixture.version(2026))));
		assertThat(this.fixture.step(2026)).isEqualTo("DISCUSSED");
		assertThat(this.fixture.changes(2026, "step", "Bijkomende middelen Covid")).isEqualTo(1);

		// reopened, the advice is no longer sent: the city waits until it is sent anew
		assertThat(html(get(YEAR + "/historiek").with(as("stad")))).contains("nog niet naar de stad verstuurd")
			.doesNotContain("Bijkomende middelen Covid");
		String history = html(get(YEAR + "/historiek").with(as("beheerder")));
		assertThat(history).contains("Bijkomende middelen Covid")
			.contains("– → € 26.000,00")
			.contains("Advies verstuurd → Beslissing van de stad")
			.contains("Koen Coördinator (demo)");
	}

	@Test
	void budgetLinesThatDoNotAddUpAreRefusedAndTheInputIsKept() throws Exception {
		String page = html(requestPost("coordinator", "risk-bao", "30000", "20000", "5000", "", "", "Motivatie", 0));
		assertThat(page)
			.contains("De budgetlijnen tellen op tot € 25.000,00, maar het gevraagde bedrag is € 30.000,00.")
			.contains("value=\"30000\"")
			.contains("value=\"20000\"")
			.contains("Motivatie</textarea>");
		assertThat(this.fixture.amount(2026, "RISK_BAO", "requested")).isNull();
	}

	@Test
	void negativeUnreadableAndAbsurdAmountsAreRefusedNextToTheirField() throws Exception {
		String page = html(requestPost("coordinator", "risk-bao", "-100", "2.000.000", "veel", "1,234", "", "", 0));
		assertThat(page).contains("Een bedrag kan niet negatief zijn.")
			.contains("Dit bedrag is onwaarschijnlijk hoog")
			.contains("Dit is geen bedrag.")
			.contains("Een bedrag heeft hoogstens twee cijfers na de komma.")
			.contains("id=\"motivation-fout\"")
			.contains("value=\"veel\"");
	}

	@Test
	void aCoordinatorCannotTouchAnotherProjectsRequest() throws Exception {
		assertThat(this.mvc.perform(get(YEAR + "/aanvraag/naft").with(as("coordinator")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(this.mvc.perform(requestPost("coordinator", "naft", "100", "100", "", "", "", "x", 0))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(this.fixture.amount(2026, "NAFT", "requested")).isNull();
	}

	@Test
	void aCoordinatorSeesOnlyTheirOwnProjectsOnTheBudgetPage() throws Exception {
		String page = html(get("/budget").with(as("coordinator")));
		assertThat(page).contains("Ris+K basisonderwijs")
			.doesNotContain("Naft")
			.doesNotContain("Budgetadvies 2019-2020");
	}

	@Test
	void requestsCannotChangeAfterTheLabDiscussedThem() throws Exception {
		request("coordinator", "risk-bao", "30000", "30000", "", "", "", "Motivatie", 0);
		step("DISCUSSED");
		String page = html(requestPost("coordinator", "risk-bao", "40000", "40000", "", "", "", "Meer",
				this.fixture.requestVersion(2026, "RISK_BAO")));
		assertThat(page).contains("Aanvragen kunnen niet meer wijzigen");
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
		assertThat(response.getContentAsString())
			.contains("Het totaal van de beslissing (€ 55.000,00) overschrijdt de envelop (€ 50.000,00).")
			.contains("value=\"30000\"");
		assertThat(this.fixture.step(2026)).isEqualTo("ADVICE_SENT");
	}

	@Test
	void theAdviceCannotBeSentBeforeEveryProjectHasOne() throws Exception {
		request("coordinator", "risk-bao", "30000", "30000", "", "", "", "Motivatie", 0);
		step("DISCUSSED");
		MvcResult response = stepResponse("ADVICE_SENT");
		assertThat(response.getFlashMap().get("budgetError")).isEqualTo("budget.rule.adviceIncomplete");
		assertThat(this.fixture.step(2026)).isEqualTo("DISCUSSED");
	}

	@Test
	void aStaleVersionShowsTheConflictAndKeepsTheInput() throws Exception {
		request("coordinator", "risk-bao", "30000", "30000", "", "", "", "Motivatie", 0);
		String page = html(requestPost("coordinator", "risk-bao", "31000", "31000", "", "", "", "Later", 99));
		assertThat(page).contains("Iemand anders heeft deze gegevens intussen gewijzigd").contains("value=\"31000\"");
		assertThat(this.fixture.amount(2026, "RISK_BAO", "requested")).isEqualTo("30000.00");
	}

	@Test
	void aCityOfficialCannotWriteTheAdviceNorACoordinatorDecide() throws Exception {
		assertThat(this.mvc.perform(post(YEAR + "/advies/risk-bao").with(csrf()).with(as("stad")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(this.mvc.perform(post(YEAR + "/beslissing").with(csrf()).with(as("coordinator")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

	@Test
	void theLabChangesTheEnvelopeUntilTheDecisionAndItIsInTheHistory() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(post(YEAR + "/envelop").with(csrf())
				.with(as("beheerder"))
				.param("envelope", "60.000,00")
				.param("version", String.valueOf(this.fixture.version(2026))))
			.andReturn()
			.getResponse();
		assertThat(response.getRedirectedUrl()).isEqualTo(YEAR);
		assertThat(html(get(YEAR).with(as("stad")))).contains("€ 60.000,00");
		assertThat(html(get(YEAR + "/historiek").with(as("beheerder")))).contains("€ 50.000,00 → € 60.000,00");
		String refused = html(post(YEAR + "/envelop").with(csrf())
			.with(as("beheerder"))
			.param("envelope", "-1")
			.param("version", String.valueOf(this.fixture.version(2026))));
		assertThat(refused).contains("Een bedrag kan niet negatief zijn.").contains("value=\"-1\"");
	}

	@Test
	void aYearOutsideEveryPlanCannotBeOpened() throws Exception {
		assertThat(this.mvc.perform(get("/budget/2030-2031/envelop").with(as("beheerder")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(html(get("/budget/2018-2019/envelop").with(as("beheerder")))).contains("heeft nog geen budget");
		assertThat(html(get("/budget").with(as("beheerder")))).contains("Budget openen voor 2018-2019");
	}

	// ---- helpers ----------------------------------------------------------------------

	private MockHttpServletResponse request(String who, String project, String requested, String personnel,
			String operations, String training, String other, String motivation, int version) throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(requestPost(who, project, requested, personnel, operations, training, other, motivation, version))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
		return response;
	}

	private MockHttpServletRequestBuilder requestPost(String who, String project, String requested, String personnel,
			String operations, String training, String other, String motivation, int version) {
		return post(YEAR + "/aanvraag/" + project).with(csrf())
			.with(as(who))
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
		return this.mvc
			.perform(post(YEAR + "/advies/" + project).with(csrf())
				.with(as("beheerder"))
				.param("advised", amount)
				.param("motivation", motivation)
				.param("conditions", "")
				.param("version", String.valueOf(this.fixture.requestVersion(2026, code))))
			.andReturn()
			.getResponse()
			.getStatus();
	}

	private void step(String step) throws Exception {
		MvcResult response = stepResponse(step);
		assertThat(response.getFlashMap().get("budgetError")).as("error of step %s", step).isNull();
	}

	private MvcResult stepResponse(String step) throws Exception {
		return this.mvc
			.perform(post(YEAR + "/stap").with(csrf())
				.with(as("beheerder"))
				.param("stap", step)
				.param("version", String.valueOf(this.fixture.version(2026))))
			.andReturn();
	}

	private MockHttpServletResponse decide(String riskBao, String riskSo) throws Exception {
		return this.mvc
			.perform(post(YEAR + "/beslissing").with(csrf())
				.with(as("stad"))
				.param("decidedOn", "2026-06-30")
				.param("remarks", "Goedgekeurd door het college.")
				.param("lines[0].requestId", String.valueOf(this.fixture.requestId(2026, "RISK_BAO")))
				.param("lines[0].amount", riskBao)
				.param("lines[1].requestId", String.valueOf(this.fixture.requestId(2026, "RISK_SO")))
				.param("lines[1].amount", riskSo)
				.param("version", String.valueOf(this.fixture.version(2026))))
			.andReturn()
			.getResponse();
	}

	private String html(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getContentAsString();
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
		return user(this.accounts.signedIn(username));
	}

}
