package be.aanboord.prevention.view;

import java.util.UUID;

import be.aanboord.IntegrationTest;
import be.aanboord.PdfInspection;
import be.aanboord.SignedIn;
import be.aanboord.account.TestAccounts;
import be.aanboord.trajectory.StatementCounter;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The plan page, its PDF and the share toggle, on a school, CLB and plans of its own
 * (2025-2026 and 2026-2027) that the test creates and removes: the school and its CLB see
 * the routekaart with each goal's colour and rating, the table with last year's rating,
 * the open actions with the overdue one marked, the year comparison, the dialogue and the
 * monitoring; nobody else opens the plan; the page runs a fixed number of statements
 * however many actions it has; the school (not the CLB) shares the plan, and a stale
 * toggle changes nothing; the PDF holds the whole plan, whatever its texts hold.
 */
@IntegrationTest
class PlanViewIT {

	private static final String PASSWORD = TestAccounts.DEMO_PASSWORD;

	@Autowired
	SignedIn signedIn;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestAccounts accounts;

	private long clb;

	private long school;

	private long otherSchool;

	private long plan;

	private long lastYearPlan;

	private String schoolUser;

	private String clbUser;

	private String otherSchoolUser;

	private String schoolName;

	@BeforeEach
	void aSchoolWithItsClbAndTwoPlans() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		this.clb = this.jdbc.queryForObject(
				"insert into organisation (name, category, clb) values (?, 'ONDERSTEUNING_ONDERWIJS', true) returning id",
				Long.class, "CLB plantest " + tag);
		this.schoolName = "Basisschool Plantest " + tag + " (fictief)";
		this.school = this.jdbc.queryForObject(
				"insert into school (name, level, network, clb_id) values (?, 'BAO', 'GO', ?) returning id", Long.class,
				this.schoolName, this.clb);
		this.otherSchool = this.jdbc.queryForObject(
				"insert into school (name, level, network, clb_id) values (?, 'BAO', 'GO', ?) returning id", Long.class,
				"Andere plantestschool " + tag, this.clb);
		this.schoolUser = this.accounts.createAtSchool(PASSWORD, this.school);
		this.clbUser = this.accounts.createAtClb(PASSWORD, this.clb);
		this.otherSchoolUser = this.accounts.createAtSchool(PASSWORD, this.otherSchool);
		this.lastYearPlan = newPlan(this.school, 2025);
		this.plan = newPlan(this.school, 2026);
		rate(this.lastYearPlan, "G0.1", 3, false, null);
		rate(this.plan, "G0.1", 8, false, "Groeigesprekken in alle klassen.");
		rate(this.plan, "G0.3", 4, true, "Eén afsprakenlijst voor de registratie.");
		rate(this.plan, "G1.1", 5, false, null);
		this.jdbc.update("""
				insert into plan_answer (plan_id, question_id, note)
				select ?, q.id, 'Speelplaatsteam van leerlingen elke middag.' from plan_question q
				where q.goal_id = ? and q.position = 2""", this.plan, goal(this.plan, "G0.1"));
		action(this.plan, "G0.3", "Overzicht per klas bespreken op het zorgoverleg", "current_date - 10", "PLANNED");
		action(this.plan, "G0.1", "Welbevinden bevragen in de derde graad", "current_date + 30", "IN_PROGRESS");
		action(this.plan, "G0.1", "Afgewerkte actie van vroeger", "current_date - 40", "DONE");
		this.jdbc.update(
				"""
						insert into plan_dialogue (plan_id, step, status, started_on, completed_on)
						values (?, 1, 'DONE', date '2026-09-21', date '2026-10-12'), (?, 2, 'IN_PROGRESS', date '2026-10-12', null)
						""",
				this.plan, this.plan);
		this.jdbc.update(
				"""
						insert into plan_monitoring (school_id, month, half_days_5, half_days_30, truancy_contracts, clb_consultations)
						values (?, date '2026-09-01', 3, 0, 0, 1), (?, date '2026-10-01', 5, 1, 0, 2),
						       (?, date '2025-10-01', 99, 9, 0, 0)""",
				this.school, this.school, this.school);
		this.jdbc.update("""
				insert into plan_comment (plan_id, goal_id, author_name, body)
				values (?, ?, 'CLB-medewerker Plantest', 'Bekijk ook de L-codes in het overzicht.')""", this.plan,
				goal(this.plan, "G0.3"));
		this.jdbc.update("""
				insert into plan_attachment (plan_id, title, file_name, content_type, content, size_bytes)
				values (?, 'Afsprakenlijst registratie', 'afspraken.pdf', 'application/pdf', '\\x25504446', 4)""",
				this.plan);
	}

	@AfterEach
	void removeThem() {
		this.jdbc.update("delete from account where school_id in (?, ?) or organisation_id = ?", this.school,
				this.otherSchool, this.clb);
		this.jdbc.update("delete from school where id in (?, ?)", this.school, this.otherSchool);
		this.jdbc.update("delete from organisation where id = ?", this.clb);
	}

	private long newPlan(long schoolId, int year) {
		return this.jdbc.queryForObject("""
				insert into prevention_plan (school_id, start_year, template_id)
				select ?, ?, id from plan_template where published_at is not null order by version desc limit 1
				returning id""", Long.class, schoolId, year);
	}

	private long goal(long planId, String code) {
		return this.jdbc.queryForObject("""
				select g.id from plan_goal g join prevention_plan p on p.template_id = g.template_id
				where p.id = ? and g.code = ?""", Long.class, planId, code);
	}

	private void rate(long planId, String code, int rating, boolean focus, String improvement) {
		this.jdbc.update(
				"insert into plan_goal_entry (plan_id, goal_id, rating, focus, improvement) values (?, ?, ?, ?, ?)",
				planId, goal(planId, code), rating, focus, improvement);
	}

	private long action(long planId, String code, String what, String due, String status) {
		return this.jdbc.queryForObject(
				"insert into plan_action (plan_id, goal_id, what, who, due_on, status) values (?, ?, ?, 'zorgcoördinator', "
						+ due + ", ?) returning id",
				Long.class, planId, goal(planId, code), what, status);
	}

	private Document page(String user) throws Exception {
		MockHttpServletResponse response = this.signedIn.as(user, get("/preventieplan/" + this.plan));
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
		return org.jsoup.Jsoup.parse(response.getContentAsString());
	}

	private Element box(Document page, String code) {
		return page.select("svg.rk-chart a.rk-link")
			.stream()
			.filter((link) -> link.selectFirst("text.rk-code").text().startsWith(code))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no box " + code));
	}

	@Test
	void theSchoolAndItsClbSeeTheRoutekaartTheTableTheActionsAndTheMonitoring() throws Exception {
		for (String user : new String[] { this.schoolUser, this.clbUser }) {
			Document page = page(user);
			assertThat(page.selectFirst("#plan-school").text()).isEqualTo(this.schoolName);
			assertThat(page.selectFirst("#plan-year").text()).isEqualTo("2026-2027");
			assertThat(page.selectFirst("#plan-template").text()).contains("Versie");
			assertThat(page.selectFirst("svg.rk-chart").attr("viewBox")).startsWith("0 0 360 ");

			Element rated = box(page, "G0.1");
			assertThat(rated.attr("href"))
				.isEqualTo("/preventieplan/" + this.plan + "/doelen/" + goal(this.plan, "G0.1"));
			assertThat(rated.selectFirst("rect").classNames()).contains("rk-box", "rk-high");
			assertThat(rated.selectFirst("text.rk-rating").text()).isEqualTo("8");
			assertThat(rated.attr("aria-label")).contains("G0.1", "8 op 10");
			Element focus = box(page, "G0.3");
			assertThat(focus.selectFirst("rect").classNames()).contains("rk-low");
			assertThat(focus.selectFirst("text.rk-code").text()).contains("focus");
			assertThat(box(page, "G1.1").selectFirst("rect").classNames()).contains("rk-mid");
			Element unrated = box(page, "G3.2");
			assertThat(unrated.selectFirst("rect").classNames()).contains("rk-none");
			assertThat(unrated.selectFirst("text.rk-rating").text()).isEqualTo("–");
			assertThat(page.select("svg.rk-chart text.rk-phase").eachText()).as("phase 3 on top")
				.first()
				.asString()
				.startsWith("Fase 3");

			Element row = page.selectFirst("#doelen-tabel tr[data-code=G0.1]");
			assertThat(row.select("td").eachText()).containsExactly("Fase 0", "G0.1 verbindend schoolklimaat", "8/10",
					"3/10", "–", "1");
			assertThat(page.selectFirst("#doelen-tabel tr[data-code=G0.3]").text()).contains("4/10", "focusdoel");

			assertThat(page.select(".plan-actions li")).hasSize(2);
			Element overdue = page.selectFirst(".plan-actions li.plan-overdue");
			assertThat(overdue.text()).startsWith("Te laat:").contains("Overzicht per klas bespreken");
			assertThat(page.select(".plan-actions li.plan-overdue")).hasSize(1);
			assertThat(page.selectFirst("#acties").text()).contains("2 open acties, 1 te laat")
				.doesNotContain("Afgewerkte actie");

			assertThat(page.select("#dialoog ol li")).hasSize(5);
			assertThat(page.selectFirst("#dialoog ol li").text()).contains("Breed kijken", "afgerond", "12/10/2026");
			assertThat(page.select("#dialoog ol li").get(2).text()).contains("niet gestart");

			assertThat(page.select("#monitoring-tabel tbody tr").eachText()).containsExactly("september 2026 3 0 0 1",
					"oktober 2026 5 1 0 2");
			assertThat(page.select("svg.mt-chart circle.mt-five-dot")).hasSize(3);
			assertThat(page.selectFirst("#bijlagen").text()).contains("Afsprakenlijst registratie");
			assertThat(page.selectFirst("#commentaar").text()).contains("1 keer", "Bekijk ook de L-codes");
			assertThat(page.selectFirst("#plan-pdf").attr("href")).isEqualTo("/preventieplan/" + this.plan + ".pdf");
			assertThat(page.select("a[href=/preventieplan/" + this.plan + "/acties]")).isNotEmpty();
			assertThat(page.select("a[href=/preventieplan/" + this.plan + "/dialoog]")).isNotEmpty();
			assertThat(page.select("a[href=/preventieplan/" + this.plan + "/monitoring]")).isNotEmpty();
			assertThat(page.select("a[href=/preventieplan/" + this.plan + "/bijlagen]")).isNotEmpty();
		}
		assertThat(page(this.schoolUser).select("form[action=/preventieplan/" + this.plan + "/delen]")).hasSize(1);
		Document clbPage = page(this.clbUser);
		assertThat(clbPage.select("form[action$=/delen]")).as("the CLB has no share toggle").isEmpty();
		assertThat(clbPage.selectFirst("#delen").text()).contains("Alleen de school beslist");
		assertThat(clbPage.selectFirst("#plan-shared").text()).startsWith("Nee");
	}

	@Test
	void nobodyElseOpensThePlan() throws Exception {
		for (String path : new String[] { "/preventieplan/" + this.plan, "/preventieplan/" + this.plan + ".pdf" }) {
			assertThat(this.signedIn.status(this.otherSchoolUser, get(path))).as("another school").isEqualTo(404);
			assertThat(this.signedIn.status("school", get(path))).as("the demo school").isEqualTo(404);
			assertThat(this.signedIn.status("clb", get(path))).as("another CLB").isEqualTo(404);
			assertThat(this.signedIn.status("beheerder", get(path))).as("the lab's admin").isEqualTo(403);
		}
		assertThat(this.signedIn.status(this.schoolUser, get("/preventieplan/999999999"))).isEqualTo(404);
		Document notFound = this.signedIn.page(this.otherSchoolUser, get("/preventieplan/" + this.plan));
		assertThat(notFound.text()).doesNotContain(this.schoolName);
	}

	@Test
	void thePageRunsAFixedNumberOfStatementsWhateverThePlanHolds() throws Exception {
		page(this.schoolUser);
		int few = count(this.schoolUser);
		for (int i = 0; i < 40; i++) {
			action(this.plan, (i % 2 == 0) ? "G0.4" : "G2.1", "Extra actie " + i, "current_date + " + i, "PLANNED");
		}
		this.jdbc.update("""
				insert into plan_comment (plan_id, goal_id, author_name, body)
				select ?, g.id, 'CLB', 'Nog een opmerking ' || n from plan_goal g, generate_series(1, 20) n
				where g.id = ?""", this.plan, goal(this.plan, "G0.4"));
		int many = count(this.schoolUser);
		assertThat(many).as(String.join("\n", StatementCounter.lastStatements())).isEqualTo(few);
		// the plan's own statements; signing in and the session may add theirs on a first
		// request
		assertThat(StatementCounter.lastStatements().stream().filter((sql) -> sql.contains("plan")))
			.as(String.join("\n", StatementCounter.lastStatements()))
			.hasSizeLessThanOrEqualTo(8);
		assertThat(page(this.schoolUser).select(".plan-actions li")).as("the first ten open actions").hasSize(10);
	}

	private int count(String user) throws Exception {
		StatementCounter.start();
		int status;
		try {
			status = this.signedIn.status(user, get("/preventieplan/" + this.plan));
		}
		finally {
			StatementCounter.stop();
		}
		assertThat(status).isEqualTo(200);
		return StatementCounter.lastStatements().size();
	}

	@Test
	void theYearComparisonShowsBothSchoolYearsOfTheDemoPlans() throws Exception {
		long demo = this.jdbc.queryForObject("""
				select p.id from prevention_plan p join school s on s.id = p.school_id
				where s.name = 'Basisschool De Regenboogbrug (fictief)' and p.start_year = 2026""", Long.class);
		Document page = this.signedIn.page("school", get("/preventieplan/" + demo));
		assertThat(page.select("#jaren-tabel thead th").eachText()).containsExactly("Doel", "2025-2026", "2026-2027");
		Integer before = this.jdbc.queryForObject("""
				select e.rating from plan_goal_entry e join plan_goal g on g.id = e.goal_id
				join prevention_plan p on p.id = e.plan_id
				where p.school_id = (select school_id from prevention_plan where id = ?) and p.start_year = 2025
				and g.code = 'G0.1'""", Integer.class, demo);
		Integer now = this.jdbc.queryForObject("""
				select e.rating from plan_goal_entry e join plan_goal g on g.id = e.goal_id
				where e.plan_id = ? and g.code = 'G0.1'""", Integer.class, demo);
		Element g01 = page.select("#jaren-tabel tbody tr")
			.stream()
			.filter((tr) -> tr.selectFirst("th").text().startsWith("G0.1 "))
			.findFirst()
			.orElseThrow();
		assertThat(g01.select("td").eachText()).containsExactly(String.valueOf(before), String.valueOf(now));
		assertThat(page.select("svg.yc-chart rect.yc-year-0")).isNotEmpty();
		assertThat(page.select("svg.yc-chart rect.yc-year-1")).isNotEmpty();

		Document mine = page(this.schoolUser);
		assertThat(mine.select("#jaren-tabel thead th").eachText()).containsExactly("Doel", "2025-2026", "2026-2027");
	}

	@Test
	void theSchoolSharesThePlanAndAStaleToggleChangesNothing() throws Exception {
		String path = "/preventieplan/" + this.plan + "/delen";
		MvcResult shared = this.signedIn.result(this.schoolUser,
				post(path).with(csrf()).param("gedeeld", "true").param("versie", "0"));
		assertThat(shared.getResponse().getRedirectedUrl()).isEqualTo("/preventieplan/" + this.plan);
		assertThat(shared.getFlashMap().get("success")).isEqualTo("prevention.view.share.shared");
		assertThat(
				this.jdbc.queryForObject("select shared from prevention_plan where id = ?", Boolean.class, this.plan))
			.isTrue();
		assertThat(page(this.schoolUser).selectFirst("#plan-shared").text()).startsWith("Ja");

		MvcResult stale = this.signedIn.result(this.schoolUser,
				post(path).with(csrf()).param("gedeeld", "false").param("versie", "0"));
		assertThat(stale.getFlashMap().get("warning")).isEqualTo("prevention.view.share.conflict");
		assertThat(
				this.jdbc.queryForObject("select shared from prevention_plan where id = ?", Boolean.class, this.plan))
			.isTrue();

		MvcResult unreadable = this.signedIn.result(this.schoolUser,
				post(path).with(csrf()).param("gedeeld", "misschien").param("versie", "x"));
		assertThat(unreadable.getResponse().getStatus()).isEqualTo(302);
		assertThat(unreadable.getFlashMap().get("warning")).isEqualTo("prevention.view.share.invalid");

		assertThat(this.signedIn.status(this.clbUser,
				post(path).with(csrf()).param("gedeeld", "false").param("versie", "1")))
			.as("the CLB does not share")
			.isEqualTo(403);
		assertThat(this.signedIn.status(this.otherSchoolUser,
				post(path).with(csrf()).param("gedeeld", "false").param("versie", "1")))
			.isEqualTo(404);
		assertThat(this.jdbc.queryForMap("select shared, version from prevention_plan where id = ?", this.plan))
			.containsEntry("shared", true)
			.containsEntry("version", 1);

		MvcResult unshared = this.signedIn.result(this.schoolUser,
				post(path).with(csrf()).param("gedeeld", "false").param("versie", "1"));
		assertThat(unshared.getFlashMap().get("success")).isEqualTo("prevention.view.share.unshared");
		assertThat(
				this.jdbc.queryForObject("select shared from prevention_plan where id = ?", Boolean.class, this.plan))
			.isFalse();
	}

	@Test
	void thePdfHoldsTheWholePlan() throws Exception {
		MockHttpServletResponse response = this.signedIn.as(this.clbUser, get("/preventieplan/" + this.plan + ".pdf"));
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
		assertThat(response.getHeader("Content-Disposition")).startsWith("attachment")
			.matches(".*filename=\"preventieplan-basisschool-plantest-[a-z0-9-]+-2026-2027\\.pdf\".*");
		PdfInspection pdf = new PdfInspection(response.getContentAsByteArray());
		String text = pdf.text();
		assertThat(text).contains(this.schoolName, "Schooljaar 2026-2027",
				"De school zet zich in om een verbindend schoolklimaat", "Score: 8 op 10",
				"Speelplaatsteam van leerlingen elke middag.", "Groeigesprekken in alle klassen.",
				"Bekijk ook de L-codes in het overzicht.", "Overzicht per klas bespreken op het zorgoverleg",
				"Afgewerkte actie van vroeger", "Breed kijken", "september 2026");
		assertThat(pdf.pages()).isGreaterThanOrEqualTo(6);
	}

	@Test
	void thePdfStaysWellFormedWhateverTheTextsHold() throws Exception {
		String hostile = "Begin" + PdfInspection.REFUSED_BY_XML + " <b>&amp;</b> 😀 " + PdfInspection.GLYPHS + " "
				+ PdfInspection.ARABIC + " ";
		String longNote = hostile + "x".repeat(3000) + " " + "lang woord ".repeat(60) + "Einde";
		this.jdbc.update("update plan_answer set note = ? where plan_id = ?",
				longNote.substring(0, Math.min(4000, longNote.length())), this.plan);
		this.jdbc.update("update plan_goal_entry set improvement = ? where plan_id = ?", "y".repeat(4000), this.plan);
		this.jdbc.update("update plan_action set what = ?, who = ? where plan_id = ?", "Actie " + "z".repeat(990),
				"w".repeat(300), this.plan);
		this.jdbc.update("update plan_comment set body = ? where plan_id = ?", hostile + "Slot", this.plan);
		MockHttpServletResponse response = this.signedIn.as(this.schoolUser,
				get("/preventieplan/" + this.plan + ".pdf"));
		assertThat(response.getStatus()).isEqualTo(200);
		PdfInspection pdf = new PdfInspection(response.getContentAsByteArray());
		String text = pdf.text();
		assertThat(text).contains("Begin", "<b>&amp;</b>", "Ş ğ ı Ł", "Slot", "Einde").doesNotContain("\u0001");
		assertThat(pdf.pages()).isBetween(6, 40);
		assertThat(this.signedIn.status(this.schoolUser, get("/preventieplan/" + this.plan))).isEqualTo(200);
	}

}
