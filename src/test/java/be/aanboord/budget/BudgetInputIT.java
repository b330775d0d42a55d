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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Control characters in the budget's texts (they broke the budget PDF) and a decision
 * dated outside 2000–2100.
 */
@IntegrationTest
class BudgetInputIT {

	private static final String YEAR = "/budget/2026-2027";

	@Autowired
	SignedIn signedIn;

	@Autowired
	BudgetFixture fixture;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void freshYear() {
		this.fixture.freshYear();
	}

	@Test
	void controlCharactersInARequestAndAnAdviceAreNotStored() throws Exception {
		MockHttpServletResponse requested = perform("coordinator",
				post(YEAR + "/aanvraag/risk-bao").param("requested", "30000")
					.param("personnel", "30000")
					.param("motivation", "Trajecten\u000B in 19\u0000 scholen.\r\nMet\u001B coaching.")
					.param("version", "0"));
		assertThat(requested.getRedirectedUrl()).isEqualTo("/budget");
		assertThat(column("motivation")).isEqualTo("Trajecten in 19 scholen.\r\nMet coaching.");

		step("DISCUSSED");
		MockHttpServletResponse advised = perform("beheerder",
				post(YEAR + "/advies/risk-bao").param("advised", "27000")
					.param("motivation", "Goed\u0000 onderbouwd.")
					.param("conditions", "Voorwaarde\u000B: een\u0007 verslag per\uFFFF trimester.")
					.param("version", String.valueOf(this.fixture.requestVersion(2026, "RISK_BAO"))));
		assertThat(advised.getStatus()).isEqualTo(302);
		assertThat(column("advice_motivation")).isEqualTo("Goed onderbouwd.");
		assertThat(column("advice_conditions")).isEqualTo("Voorwaarde: een verslag per trimester.");
	}

	@Test
	void aDecisionDatedOutside2000To2100IsRefusedNextToTheDate() throws Exception {
		perform("coordinator",
				post(YEAR + "/aanvraag/risk-bao").param("requested", "30000")
					.param("personnel", "30000")
					.param("motivation", "Trajecten in 19 scholen.")
					.param("version", "0"));
		step("DISCUSSED");
		perform("beheerder",
				post(YEAR + "/advies/risk-bao").param("advised", "27000")
					.param("motivation", "Goed onderbouwd.")
					.param("version", String.valueOf(this.fixture.requestVersion(2026, "RISK_BAO"))));
		step("ADVICE_SENT");
		MockHttpServletResponse response = perform("stad",
				post(YEAR + "/beslissing").param("decidedOn", "0025-06-30")
					.param("lines[0].requestId", String.valueOf(this.fixture.requestId(2026, "RISK_BAO")))
					.param("lines[0].amount", "26000")
					.param("version", String.valueOf(this.fixture.version(2026))));
		assertThat(response.getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(page.selectFirst("#decidedOn-fout").text()).isEqualTo("Geef een datum tussen 2000 en 2100.");
		assertThat(this.fixture.step(2026)).isEqualTo("ADVICE_SENT");
	}

	@Test
	void aFieldNameNoFormSendsIsABadRequest() throws Exception {
		MockHttpServletResponse response = perform("stad",
				post(YEAR + "/beslissing").param("decidedOn", "2026-06-30")
					.param("lines[100000].amount", "26000")
					.param("version", String.valueOf(this.fixture.version(2026))));
		assertThat(response.getStatus()).isEqualTo(400);
	}

	private void step(String step) throws Exception {
		MockHttpServletResponse response = perform("beheerder",
				post(YEAR + "/stap").param("stap", step).param("version", String.valueOf(this.fixture.version(2026))));
		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(this.fixture.step(2026)).isEqualTo(step);
	}

	private String column(String name) {
		return this.jdbc
			.sql("select r." + name + " from funding_request r join project p on p.id = r.project_id "
					+ "where r.school_year = 2026 and p.code = 'RISK_BAO'")
			.query(String.class)
			.single();
	}

	private MockHttpServletResponse perform(String who, MockHttpServletRequestBuilder request) throws Exception {
		return this.signedIn.as(who, request.with(csrf()));
	}

}
