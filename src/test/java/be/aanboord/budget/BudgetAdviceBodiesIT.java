package be.aanboord.budget;

import be.aanboord.IntegrationTest;
import be.aanboord.SignedIn;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The advice page's body as the city reads it is kept until the budget data changes
 * ({@link BudgetAdviceBodies}); the lab's is rendered every time. The keeping is off in
 * the test profile: these tests have their own context.
 */
@IntegrationTest
@TestPropertySource(
		properties = { "aanboord.budget.advice-cache-size=8", "spring.datasource.hikari.maximum-pool-size=4" })
class BudgetAdviceBodiesIT {

	private static final String ADVICE = "/budget/2019-2020";

	@Autowired
	SignedIn signedIn;

	@Autowired
	BudgetFixture fixture;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void adviceSent() {
		this.fixture.adviceSent2019();
	}

	@AfterEach
	void removeTheComments() {
		this.jdbc.sql("delete from budget_comment where author = 'Kept test'").update();
	}

	@Test
	void theCityGetsTheKeptBodyUntilTheBudgetDataChanges() throws Exception {
		comment("Eerste opmerking van de stad");
		assertThat(main("stad")).contains("Eerste opmerking van de stad");

		// a change the state does not see (no new row, no new version): the kept body
		// stays
		this.jdbc.sql("update budget_comment set text = 'Stil gewijzigd' where author = 'Kept test'").update();
		assertThat(main("stad")).contains("Eerste opmerking van de stad").doesNotContain("Stil gewijzigd");
		// the lab's body is never kept
		assertThat(main("beheerder")).contains("Stil gewijzigd");

		// a new comment is a change: the next request renders again
		comment("Tweede opmerking van de stad");
		assertThat(main("stad")).contains("Stil gewijzigd", "Tweede opmerking van de stad");

		// so is a new version of a request (an advice, a decision, a report)
		this.jdbc.sql("update budget_comment set text = 'Derde tekst' where text = 'Stil gewijzigd'").update();
		this.jdbc.sql("update funding_request set version = version + 1 where school_year = 2019").update();
		assertThat(main("stad")).contains("Derde tekst");
	}

	@Test
	void aYearTheCityMayNotReadIsNeverServedFromWhatWasKept() throws Exception {
		assertThat(main("stad")).contains("Advies verstuurd");
		this.jdbc.sql("update budget_year set step = 'DISCUSSED', version = version + 1 where school_year = 2019")
			.update();
		assertThat(main("stad")).doesNotContain("Advies verstuurd");
	}

	private void comment(String text) {
		this.jdbc.sql("""
				insert into budget_comment (school_year, project_id, author, written_at, text)
				select 2019, min(project_id), 'Kept test', now(), ? from funding_request where school_year = 2019""")
			.param(text)
			.update();
	}

	private String main(String user) throws Exception {
		MockHttpServletResponse response = this.signedIn.as(user, get(ADVICE));
		assertThat(response.getStatus()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString()).select("main").text();
	}

}
