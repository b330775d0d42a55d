package be.aanboord.prevention.action;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import be.aanboord.IntegrationTest;
import be.aanboord.SignedIn;
import be.aanboord.account.TestAccounts;
import be.aanboord.prevention.PlanAccess;
import be.aanboord.prevention.PlanTemplates;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The PDCA table of a plan worked on by the school and its CLB: both add and edit
 * actions, each linked to a goal of the plan's template; the table filters by status and
 * goal, marks overdue actions in words and pages past 50 rows; a save on a version the
 * other side changed meanwhile keeps the input and saves nothing; only the CLB comments
 * and only the school deletes; another school's plan and another plan's action are the
 * 404 page.
 */
@IntegrationTest
class PlanActionIT {

	@Autowired
	SignedIn signedIn;

	@Autowired
	ActionFixture fixture;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlanTemplates templates;

	@Autowired
	PlanAccess access;

	@Autowired
	TestAccounts accounts;

	@BeforeEach
	void create() {
		this.fixture.create();
	}

	@AfterEach
	void remove() {
		this.fixture.remove();
	}

	private String actions() {
		return "/preventieplan/" + this.fixture.planId + "/acties";
	}

	private MockHttpServletRequestBuilder add(String code, String what, String due, String status) {
		return addTo(String.valueOf(this.fixture.goal(code)), what, due, status);
	}

	private MockHttpServletRequestBuilder addTo(String goalId, String what, String due, String status) {
		return post(actions()).with(csrf())
			.param("goalId", goalId)
			.param("what", what)
			.param("who", "zorgcoördinator")
			.param("dueOn", due)
			.param("checkNote", "Besproken op het zorgoverleg")
			.param("status", status);
	}

	private long count() {
		return this.jdbc.sql("select count(*) from plan_action where plan_id = ?")
			.param(this.fixture.planId)
			.query(Long.class)
			.single();
	}

	@Test
	void theSchoolAndItsClbAddActionsAndSeeThemInTheTable() throws Exception {
		MockHttpServletResponse added = this.signedIn.as(this.fixture.school,
				add("G0.3", "Afsprakenlijst registratie opstellen", "2027-03-19", "PLANNED"));
		assertThat(added.getRedirectedUrl()).isEqualTo(actions());
		MockHttpServletResponse byClb = this.signedIn.as(this.fixture.clb,
				add("G1.3", "Overleg vanaf 5 B-codes plannen", "", "IN_PROGRESS"));
		assertThat(byClb.getRedirectedUrl()).isEqualTo(actions());

		Document page = this.signedIn.page(this.fixture.school, get(actions()));
		assertThat(page.select("#acties thead th").eachText()).containsExactly("Wat", "Wie", "Wanneer", "Check",
				"Status", "Doel");
		Element first = page.selectFirst("#acties tbody tr");
		assertThat(first.select("td").eachText()).containsExactly("Afsprakenlijst registratie opstellen",
				"zorgcoördinator", "19/03/2027", "Besproken op het zorgoverleg", "Gepland", "G0.3 registratiebeleid");
		assertThat(page.select("#acties tbody tr").get(1).text()).contains("Overleg vanaf 5 B-codes plannen", "Bezig",
				"G1.3 consultatief overleg CLB");
		assertThat(this.jdbc.sql("select who, due_on, status from plan_action where plan_id = ? order by id")
			.param(this.fixture.planId)
			.query((rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3))
			.list()).containsExactly("zorgcoördinator|2027-03-19|PLANNED", "zorgcoördinator|null|IN_PROGRESS");
		Document clbPage = this.signedIn.page(this.fixture.clb, get(actions()));
		assertThat(clbPage.select("#acties tbody tr")).hasSize(2);
		assertThat(clbPage.select("form[action='" + actions() + "'] select#goalId option")).hasSize(16);
	}

	@Test
	void overdueActionsAreMarkedInWordsAndTheFilterNarrowsTheTable() throws Exception {
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Brussels"));
		long late = this.fixture.action(this.fixture.planId, "G0.4", "Welkomstmoment", today.minusDays(1).toString(),
				"PLANNED");
		this.fixture.action(this.fixture.planId, "G0.4", "Oude actie afgerond", today.minusDays(10).toString(), "DONE");
		this.fixture.action(this.fixture.planId, "G0.1", "Welbevinden bevragen", today.plusDays(1).toString(),
				"IN_PROGRESS");
		this.fixture.action(this.fixture.planId, "G0.1", "Vandaag klaar", today.toString(), "PLANNED");

		Document page = this.signedIn.page(this.fixture.school, get(actions()));
		assertThat(page.select("#acties tbody tr")).hasSize(4);
		assertThat(page.select("#acties tbody tr:has(.overdue)")).hasSize(1);
		assertThat(page.selectFirst("#actie-" + late + " .overdue").text()).isEqualTo("te laat");
		assertThat(page.selectFirst("#acties caption").text()).startsWith("4 acties");

		Document done = this.signedIn.page(this.fixture.school, get(actions()).param("status", "DONE"));
		assertThat(done.select("#acties tbody tr td:first-child").eachText()).containsExactly("Oude actie afgerond");
		assertThat(done.select("#filter-status option[selected]").attr("value")).isEqualTo("DONE");

		String g01 = String.valueOf(this.fixture.goal("G0.1"));
		Document goal = this.signedIn.page(this.fixture.school, get(actions()).param("doel", g01));
		assertThat(goal.select("#acties tbody tr td:first-child").eachText()).containsExactly("Vandaag klaar",
				"Welbevinden bevragen");
		Document both = this.signedIn.page(this.fixture.clb,
				get(actions()).param("doel", g01).param("status", "IN_PROGRESS"));
		assertThat(both.select("#acties tbody tr td:first-child").eachText()).containsExactly("Welbevinden bevragen");
		assertThat(both.select("#filter-genegeerd")).isEmpty();

		for (String[] bad : new String[][] { { "status", "KLAAR" }, { "status", "planned" }, { "doel", "abc" },
				{ "doel", "99999999999999999999" }, { "doel", "999999999" }, { "pagina", "-1" } }) {
			MockHttpServletResponse response = this.signedIn.as(this.fixture.school,
					get(actions()).param(bad[0], bad[1]));
			assertThat(response.getStatus()).as("%s=%s", bad[0], bad[1]).isEqualTo(200);
			Document ignored = org.jsoup.Jsoup.parse(response.getContentAsString());
			assertThat(ignored.select("#acties tbody tr")).as("%s=%s", bad[0], bad[1]).hasSize(4);
			if (!bad[0].equals("pagina")) {
				assertThat(ignored.selectFirst("#filter-genegeerd").text()).contains("niet toegepast");
			}
		}
	}

	@Test
	void overdueIsJudgedAgainstTheClockInBrussels() {
		this.fixture.action(this.fixture.planId, "G0.4", "Op 30 november", "2026-11-30", "PLANNED");
		this.fixture.action(this.fixture.planId, "G0.4", "Op 1 december", "2026-12-01", "IN_PROGRESS");
		this.fixture.action(this.fixture.planId, "G0.4", "Geschrapt", "2026-10-01", "DROPPED");
		this.fixture.action(this.fixture.planId, "G0.4", "Zonder datum", null, "PLANNED");
		// 30 November 23:30 UTC is already 1 December in Brussels
		Clock firstOfDecember = Clock.fixed(Instant.parse("2026-11-30T23:30:00Z"), ZoneId.of("Europe/Brussels"));
		PlanActions actions = new PlanActions(this.jdbc, this.templates, firstOfDecember);
		PlanAccess.PlanRef plan = this.access.open(this.fixture.planId, this.accounts.signedIn(this.fixture.school));
		assertThat(actions.table(plan, new PlanActions.Filter(null, null), 0).getContent())
			.extracting((row) -> row.action().what() + "=" + row.overdue())
			.containsExactly("Geschrapt=false", "Op 30 november=true", "Op 1 december=false", "Zonder datum=false");
	}

	@Test
	void moreThanFiftyActionsArePaged() throws Exception {
		this.jdbc.sql("""
				insert into plan_action (plan_id, goal_id, what, due_on, status)
				select ?, ?, 'Actie ' || lpad(n::text, 3, '0'), date '2027-01-01' + n, 'PLANNED'
				from generate_series(1, 53) n
				""").params(this.fixture.planId, this.fixture.goal("G0.1")).update();
		Document first = this.signedIn.page(this.fixture.school, get(actions()));
		assertThat(first.select("#acties tbody tr")).hasSize(50);
		assertThat(first.text()).contains("Pagina 1 van 2");
		Document second = this.signedIn.page(this.fixture.school, get(actions()).param("pagina", "1"));
		assertThat(second.select("#acties tbody tr td:first-child").eachText()).containsExactly("Actie 051",
				"Actie 052", "Actie 053");
		for (String beyond : new String[] { "40", "2147483647" }) {
			Document past = this.signedIn.page(this.fixture.school, get(actions()).param("pagina", beyond));
			assertThat(past.select("#acties tbody tr")).as("past the last page: the last page").hasSize(3);
			assertThat(past.text()).contains("Pagina 2 van 2");
		}
		Document before = this.signedIn.page(this.fixture.school, get(actions()).param("pagina", "-2147483648"));
		assertThat(before.text()).contains("Pagina 1 van 2");
		assertThat(this.signedIn.status(this.fixture.school, get(actions()).param("pagina", "abc"))).isEqualTo(400);
		Document filtered = this.signedIn.page(this.fixture.school, get(actions()).param("status", "PLANNED"));
		assertThat(filtered.select("nav[aria-label=Paginering] a").eachAttr("href"))
			.contains(actions() + "?status=PLANNED&pagina=1");
	}

	@Test
	void invalidInputIsRefusedInDutchWithTheInputKeptAndNothingSaved() throws Exception {
		long template = this.jdbc.sql("""
				insert into plan_template (version, note) values (900, 'concept van de actietest') returning id
				""").query(Long.class).single();
		long foreignGoal = this.jdbc.sql("""
				insert into plan_goal (template_id, phase, position, code, statement, label)
				values (?, 0, 1, 'G0.1', 'Een doel van een ander sjabloon', 'ander') returning id
				""").param(template).query(Long.class).single();
		try {
			Document foreign = this.signedIn.page(this.fixture.school,
					addTo(String.valueOf(foreignGoal), "Iets doen", "2027-01-15", "PLANNED"));
			assertThat(foreign.selectFirst("#goalId-fout").text()).isEqualTo("Kies een doel van dit plan.");
			assertThat(foreign.select("textarea#what").text()).isEqualTo("Iets doen");
		}
		finally {
			this.jdbc.sql("delete from plan_template where id = ?").param(template).update();
		}
		Document unknown = this.signedIn.page(this.fixture.clb, addTo("abc", "Iets doen", "2027-01-15", "PLANNED"));
		assertThat(unknown.selectFirst("#goalId-fout").text()).isEqualTo("Deze waarde is niet geldig.");

		Document badDate = this.signedIn.page(this.fixture.school, add("G0.1", "Iets doen", "31/02/2027", "PLANNED"));
		assertThat(badDate.selectFirst("#dueOn-fout").text()).isEqualTo("Deze waarde is niet geldig.");
		assertThat(badDate.selectFirst("input#dueOn").val()).isEqualTo("31/02/2027");
		assertThat(badDate.select("textarea#what").text()).isEqualTo("Iets doen");
		Document oldDate = this.signedIn.page(this.fixture.school, add("G0.1", "Iets doen", "1999-12-31", "PLANNED"));
		assertThat(oldDate.selectFirst("#dueOn-fout").text()).isEqualTo("Geef een datum tussen 2000 en 2100.");

		Document tooLong = this.signedIn.page(this.fixture.school,
				post(actions()).with(csrf())
					.param("goalId", String.valueOf(this.fixture.goal("G0.1")))
					.param("what", "x".repeat(1001))
					.param("who", "y".repeat(301))
					.param("dueOn", "2027-01-15")
					.param("checkNote", "z".repeat(4001))
					.param("status", "PLANNED"));
		assertThat(tooLong.selectFirst("#what-fout").text()).contains("1.000");
		assertThat(tooLong.selectFirst("#who-fout").text()).contains("300");
		assertThat(tooLong.selectFirst("#checkNote-fout").text()).contains("4.000");
		assertThat(tooLong.select("textarea#what").text()).hasSize(1001);
		Document empty = this.signedIn.page(this.fixture.school, add("G0.1", "  ", "", "GEDAAN"));
		assertThat(empty.selectFirst("#what-fout").text()).isEqualTo("Vul dit veld in.");
		assertThat(empty.selectFirst("#status-fout").text()).isEqualTo("Deze waarde is niet geldig.");
		assertThat(empty.selectFirst(".alert-danger").text()).contains("Het formulier bevat fouten");
		assertThat(count()).isZero();

		long action = this.fixture.action(this.fixture.planId, "G0.1", "Bestaande actie", "2027-01-15", "PLANNED");
		Document edit = this.signedIn.page(this.fixture.school,
				post(actions() + "/" + action).with(csrf())
					.param("version", "0")
					.param("goalId", String.valueOf(this.fixture.goal("G0.2")))
					.param("what", "")
					.param("status", "DONE"));
		assertThat(edit.selectFirst("#what-fout").text()).isEqualTo("Vul dit veld in.");
		assertThat(this.jdbc.sql("select what || status || version from plan_action where id = ?")
			.param(action)
			.query(String.class)
			.single()).isEqualTo("Bestaande actiePLANNED0");
	}

	@Test
	void theSecondOfTwoSavesOfOneActionKeepsItsInputAndSavesNothing() throws Exception {
		long action = this.fixture.action(this.fixture.planId, "G0.4", "Welkomstmoment uitwerken", "2027-01-15",
				"PLANNED");
		String address = actions() + "/" + action;
		Document schoolForm = this.signedIn.page(this.fixture.school, get(address));
		Document clbForm = this.signedIn.page(this.fixture.clb, get(address));
		assertThat(schoolForm.selectFirst("input[name=version]").val()).isEqualTo("0");
		assertThat(clbForm.selectFirst("textarea#what").text()).isEqualTo("Welkomstmoment uitwerken");

		MockHttpServletResponse clbSaved = this.signedIn.as(this.fixture.clb, edit(address, "0", "Door het CLB"));
		assertThat(clbSaved.getRedirectedUrl()).isEqualTo(address);
		MockHttpServletResponse late = this.signedIn.as(this.fixture.school, edit(address, "0", "Door de school"));
		assertThat(late.getStatus()).isEqualTo(200);
		Document conflict = org.jsoup.Jsoup.parse(late.getContentAsString());
		assertThat(conflict.selectFirst(".alert-warning").text()).contains("intussen gewijzigd");
		assertThat(conflict.selectFirst("#nu-bewaard").text()).contains("Door het CLB", "Afgerond");
		assertThat(conflict.select("textarea#what").text()).isEqualTo("Door de school");
		assertThat(conflict.selectFirst("input[name=version]").val()).isEqualTo("0");
		assertThat(this.jdbc.sql("select what || '|' || version from plan_action where id = ?")
			.param(action)
			.query(String.class)
			.single()).isEqualTo("Door het CLB|1");

		MockHttpServletResponse again = this.signedIn.as(this.fixture.school, edit(address, "1", "Door de school"));
		assertThat(again.getRedirectedUrl()).isEqualTo(address);
		assertThat(this.signedIn.page(this.fixture.clb, get(address)).select("textarea#what").text())
			.isEqualTo("Door de school");
	}

	private MockHttpServletRequestBuilder edit(String address, String version, String what) {
		return post(address).with(csrf())
			.param("version", version)
			.param("goalId", String.valueOf(this.fixture.goal("G0.4")))
			.param("what", what)
			.param("who", "werkgroep")
			.param("dueOn", "2027-01-15")
			.param("checkNote", "")
			.param("status", "DONE");
	}

	@Test
	void onlyTheClbCommentsAndOnlyTheSchoolDeletes() throws Exception {
		long action = this.fixture.action(this.fixture.planId, "G0.4", "Welkomstmoment", "2027-01-15", "PLANNED");
		String address = actions() + "/" + action;
		Document clbPage = this.signedIn.page(this.fixture.clb, get(address));
		assertThat(clbPage.select("form[action='" + address + "/commentaar'] textarea#body")).hasSize(1);
		assertThat(clbPage.select("form[action='" + address + "/verwijderen']")).isEmpty();
		MockHttpServletResponse commented = this.signedIn.as(this.fixture.clb,
				post(address + "/commentaar").with(csrf()).param("body", "Het CLB bereidt dit mee voor."));
		assertThat(commented.getRedirectedUrl()).isEqualTo(address + "#commentaren");
		Document empty = this.signedIn.page(this.fixture.clb,
				post(address + "/commentaar").with(csrf()).param("body", " "));
		assertThat(empty.selectFirst("#body-fout").text()).isEqualTo("Schrijf je commentaar.");
		Document tooLong = this.signedIn.page(this.fixture.clb,
				post(address + "/commentaar").with(csrf()).param("body", "c".repeat(4001)));
		assertThat(tooLong.selectFirst("#body-fout").text()).contains("4.000");
		assertThat(tooLong.select("textarea#body").text()).hasSize(4001);

		assertThat(this.signedIn.status(this.fixture.school,
				post(address + "/commentaar").with(csrf()).param("body", "De school zelf")))
			.isEqualTo(403);
		Document schoolPage = this.signedIn.page(this.fixture.school, get(address));
		assertThat(schoolPage.select("#commentaren .plan-comment-body").eachText())
			.containsExactly("Het CLB bereidt dit mee voor.");
		assertThat(schoolPage.select("#commentaar form")).isEmpty();
		assertThat(schoolPage.select("form[action='" + address + "/verwijderen']")).hasSize(1);

		assertThat(this.signedIn.status(this.fixture.clb, post(address + "/verwijderen").with(csrf()))).isEqualTo(403);
		MockHttpServletResponse unconfirmed = this.signedIn.as(this.fixture.school,
				post(address + "/verwijderen").with(csrf()).param("versie", "0"));
		assertThat(unconfirmed.getRedirectedUrl()).isEqualTo(address);
		assertThat(count()).as("not confirmed: kept").isOne();
		MockHttpServletResponse stale = this.signedIn.as(this.fixture.school,
				post(address + "/verwijderen").with(csrf()).param("versie", "7").param("bevestig", "ja"));
		assertThat(stale.getRedirectedUrl()).isEqualTo(address);
		assertThat(count()).as("changed meanwhile: kept").isOne();
		MockHttpServletResponse deleted = this.signedIn.as(this.fixture.school,
				post(address + "/verwijderen").with(csrf()).param("versie", "0").param("bevestig", "ja"));
		assertThat(deleted.getRedirectedUrl()).isEqualTo(actions());
		assertThat(count()).isZero();
		assertThat(this.jdbc.sql("select count(*) from plan_comment where action_id = ?")
			.param(action)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.signedIn.status(this.fixture.school, get(address))).isEqualTo(404);
	}

	@Test
	void anotherSchoolsPlanAnotherPlansActionAndOtherRolesGetNothing() throws Exception {
		long lastYear = this.fixture.action(this.fixture.lastYearPlanId, "G0.1", "Vorig jaar", "2026-01-15", "DONE");
		String wrongPlan = actions() + "/" + lastYear;
		for (String user : new String[] { this.fixture.school, this.fixture.clb }) {
			assertThat(this.signedIn.status(user, get(wrongPlan))).as(user).isEqualTo(404);
			assertThat(this.signedIn.status(user, edit(wrongPlan, "0", "Gekaapt"))).as(user).isEqualTo(404);
			assertThat(this.signedIn.status(user, get(actions() + "/abc"))).as(user).isEqualTo(404);
			assertThat(this.signedIn.status(user, get("/preventieplan/abc/acties"))).as(user).isEqualTo(404);
		}
		assertThat(this.signedIn.status(this.fixture.clb,
				post(wrongPlan + "/commentaar").with(csrf()).param("body", "Verkeerd plan")))
			.isEqualTo(404);
		assertThat(this.signedIn.status(this.fixture.school, post(wrongPlan + "/verwijderen").with(csrf())))
			.isEqualTo(404);
		assertThat(
				this.jdbc.sql("select what from plan_action where id = ?").param(lastYear).query(String.class).single())
			.isEqualTo("Vorig jaar");

		String other = "/preventieplan/" + this.fixture.otherPlanId + "/acties";
		assertThat(this.signedIn.status(this.fixture.school, get(other))).isEqualTo(404);
		assertThat(this.signedIn.status(this.fixture.school,
				post(other).with(csrf())
					.param("goalId", String.valueOf(this.fixture.goal("G0.1")))
					.param("what", "Bij een ander")
					.param("status", "PLANNED")))
			.isEqualTo(404);
		assertThat(this.signedIn.status(this.fixture.otherSchool, get(actions()))).isEqualTo(404);
		assertThat(this.signedIn.status(this.fixture.clb, get(other))).as("the CLB serves both schools").isEqualTo(200);
		for (String role : new String[] { "beheerder", "coordinator", "redactie", "partner", "stad" }) {
			assertThat(this.signedIn.status(role, get(actions()))).as(role).isEqualTo(403);
		}
		assertThat(this.signedIn.status(null, get(actions()))).isEqualTo(302);
		assertThat(count()).isZero();
	}

}
