package be.aanboord.trajectory;

import be.aanboord.IntegrationTest;
import be.aanboord.SignedIn;
import be.aanboord.account.Role;
import be.aanboord.account.TestAccounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The dashboard counts what the action plan counts, shows progress past the target and
 * requested trajectories apart, and shows each coordinator only their projects.
 */
@IntegrationTest
class TrajectoryDashboardIT {

	@Autowired
	SignedIn signedIn;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	/**
	 * Ris+K BuO in 2018-2019: a target of 19, 20 trajectories that count (approved,
	 * running, finished), 3 requested and 2 stopped that do not.
	 */
	@BeforeEach
	void risKBuOPastItsTarget() {
		if (this.jdbc.sql("""
				select count(*) from action_plan ap join project p on p.id = ap.project_id
				where p.code = 'RISK_BUO' and ap.school_year = 2018""").query(Long.class).single() > 0) {
			return;
		}
		long plan = this.jdbc.sql("""
				insert into action_plan (project_id, school_year) select id, 2018 from project where code = 'RISK_BUO'
				returning id""").query(Long.class).single();
		this.jdbc.sql("""
				insert into action_plan_target (action_plan_id, position, description, quantity, unit)
				values (?, 0, 'Ris+K-trajecten van 10 uur', 19, 'trajecten')""").param(plan).update();
		this.jdbc.sql("""
				insert into trajectory (kind, project_id, school_year, school_id, partner_id, status, planned_hours,
				  logged_hours, question_type, level, logged_by_name)
				select 'RISK', p.id, 2018, (select id from school where level = 'BUBAO' order by id limit 1),
				  (select id from organisation where name = 'Arktos'),
				  case when n <= 10 then 'FINISHED' when n <= 15 then 'RUNNING' when n <= 20 then 'APPROVED'
				       when n <= 23 then 'REQUESTED' else 'STOPPED' end,
				  10, case when n <= 10 then 10.5 else 0 end, 'CURATIVE', 'BUBAO', 'test'
				from project p cross join generate_series(1, 25) n where p.code = 'RISK_BUO'""").update();
	}

	@Test
	void progressPastTheTargetIsShownAndRequestedTrajectoriesApart() throws Exception {
		Element row = page("beheerder", "/trajecten/dashboard?schooljaar=2018-2019").selectFirst("#project-RISK_BUO");
		assertThat(row.select("td").get(0).text()).isEqualTo("20");
		assertThat(row.select("td").get(1).text()).isEqualTo("19");
		assertThat(row.select("td .percent").text()).isEqualTo("105 %");
		assertThat(row.select("meter").attr("value")).isEqualTo("100");
		assertThat(row.select("td.requested").text()).isEqualTo("3");
		assertThat(row.select("td").get(4).text()).contains("105 van 230 u");
	}

	@Test
	void aRisKCoordinatorSeesOnlyTheirProjectsAndNoWaitingList() throws Exception {
		Document page = page("coordinator", "/trajecten/dashboard?schooljaar=2021-2022");
		assertThat(page.select("tr[id^=project-]").eachAttr("id")).containsExactly("project-RISK_BAO",
				"project-RISK_SO");
		assertThat(page.select("#naft-wachtlijst")).isEmpty();
		assertThat(page.text()).doesNotContain("N21-DEMO");
	}

	@Test
	void aNaftCoordinatorSeesNaftAndItsWaitingList() throws Exception {
		String naft = this.accounts.create(TestAccounts.DEMO_PASSWORD, Role.COORDINATOR);
		this.jdbc.sql("insert into account_project (account_id, project_id) select ?, id from project where code = ?")
			.params(this.accounts.idOf(naft), "NAFT")
			.update();
		Document page = page(naft, "/trajecten/dashboard?schooljaar=2021-2022");
		assertThat(page.select("tr[id^=project-]").eachAttr("id")).containsExactly("project-NAFT");
		assertThat(page.select("#naft-wachtlijst tbody tr")).hasSizeGreaterThanOrEqualTo(3);
		assertThat(page.select("#naft-wachtlijst tbody tr a").eachText()).allMatch((code) -> code.startsWith("N"));
		// 11 supplementary NAFT trajectories run or are finished; 3 wait
		Element row = page.selectFirst("#project-NAFT");
		assertThat(row.select("td").get(0).text()).isEqualTo("11");
		assertThat(row.select("td.requested").text()).isEqualTo("3");
	}

	@Test
	void adminAndCitySeeEveryProjectTheCityOnlyTotals() throws Exception {
		Document admin = page("beheerder", "/trajecten/dashboard?schooljaar=2021-2022");
		assertThat(admin.select("tr[id^=project-]").eachAttr("id")).contains("project-RISK_BAO", "project-NAFT",
				"project-BRUGCOACHES");
		assertThat(admin.select("#naft-wachtlijst tbody tr")).isNotEmpty();
		Document city = page("stad", "/trajecten/dashboard?schooljaar=2021-2022");
		assertThat(city.select("tr[id^=project-]").eachAttr("id")).contains("project-RISK_BAO", "project-NAFT",
				"project-BRUGCOACHES");
		assertThat(city.select("#naft-wachtlijst p").text()).contains("leerlingen wachten");
		assertThat(city.select("#naft-wachtlijst table")).isEmpty();
	}

	@Test
	void hoursAreWrittenTheBelgianWay() throws Exception {
		Document page = page("beheerder", "/trajecten/dashboard?schooljaar=2018-2019");
		assertThat(page.select("#per-partner ~ div td").eachText()).contains("105 u");
		Element row = page.selectFirst("#project-RISK_BUO");
		assertThat(row.text()).doesNotContainPattern("\\d\\.\\d{2}\\b");
	}

	private Document page(String username, String path) throws Exception {
		MockHttpServletResponse response = this.signedIn.as(username, get(path));
		assertThat(response.getStatus()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

}
