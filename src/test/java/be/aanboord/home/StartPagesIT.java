package be.aanboord.home;

import java.util.ArrayList;
import java.util.List;

import be.aanboord.IntegrationTest;
import be.aanboord.SignedIn;
import be.aanboord.account.Role;
import be.aanboord.account.TestAccounts;
import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The start page of each role: its panel, its figures from the data, and the scope of
 * those figures (a coordinator's projects, a partner's organisation).
 */
@IntegrationTest
class StartPagesIT {

	@Autowired
	SignedIn signedIn;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	private final List<Long> createdTrajectories = new ArrayList<>();

	/**
	 * The school year (start year) the start page is asked for and the test's
	 * trajectories go to: the demo's 2021 unless a test needs a year of its own.
	 */
	private int year = 2021;

	private final List<Long> createdFiches = new ArrayList<>();

	private final List<String> lockedAccounts = new ArrayList<>();

	private String restoreReviewedOn;

	private Long createdProject;

	private java.time.LocalDate reviewedOn;

	@AfterEach
	void cleanUp() {
		this.createdTrajectories
			.forEach((id) -> this.jdbc.sql("delete from trajectory where id = ?").param(id).update());
		this.createdFiches.forEach((id) -> this.jdbc.sql("delete from fiche where id = ?").param(id).update());
		if (this.createdProject != null) {
			this.jdbc.sql("delete from account_project where project_id = ?").param(this.createdProject).update();
			this.jdbc.sql("delete from project where id = ?").param(this.createdProject).update();
		}
		this.lockedAccounts.forEach((username) -> this.jdbc
			.sql("update account set locked_until = null, failed_logins = 0 where username = ?")
			.param(username)
			.update());
		if (this.restoreReviewedOn != null) {
			this.jdbc.sql("update fiche set last_reviewed_on = ? where slug = ?")
				.params(this.reviewedOn, this.restoreReviewedOn)
				.update();
		}
	}

	@Test
	void coordinatorSeesTheProgressOfTheirProjectsInTheLatestSchoolYearWithData() throws Exception {
		Document page = start("coordinator");

		Element panel = page.selectFirst("section#panel-coordinator");
		assertThat(panel).isNotNull();
		assertThat(panel.selectFirst("h2").text()).isEqualTo("Mijn projecten");
		assertThat(panel.selectFirst("p").text()).startsWith("Schooljaar 2021-2022:");
		// the demo's figures plus what other tests added to 2021-2022
		assertThat(rows(panel)).containsExactly(expectedRow("RISK_BAO", "Ris+K basisonderwijs", 19),
				expectedRow("RISK_SO", "Ris+K secundair onderwijs", 21));
		assertThat(panel.select("tbody th a").eachAttr("href"))
			.allSatisfy((href) -> assertThat(href).startsWith("/trajecten?schooljaar=2021-2022&project="));
		assertThat(panel.select(".start-actions a").eachAttr("href")).containsExactly("/trajecten?schooljaar=2021-2022",
				"/trajecten/nieuw?soort=RISK", "/preventieplan/labo");
		assertThat(panel.select("#aandacht")).hasSize(1);
		assertThat(page.select("#panel-partner, #panel-fiches, #panel-editor, #panel-city, #panel-admin")).isEmpty();
		assertThat(page.select("a[href=/mijn-account/wachtwoord]")).hasSize(1);
	}

	@Test
	void coordinatorSeesWhatNeedsAttentionInTheirProjectsOnly() throws Exception {
		// a project and a coordinator of their own, so that no other test's trajectories
		// fill the list (it shows the first eight across all school years)
		String coordinator = this.accounts.create("Geheim-Wachtwoord-1", Role.COORDINATOR);
		this.createdProject = this.jdbc.sql("""
				insert into project (code, slug, name, summary, mission, position)
				values ('TEST_ATTENTION', 'test-aandacht', 'Testproject aandacht', 'Test', 'Test', 99) returning id""")
			.query(Long.class)
			.single();
		this.jdbc.sql("insert into account_project (account_id, project_id) values (?, ?)")
			.params(this.accounts.idOf(coordinator), this.createdProject)
			.update();
		long requested = trajectory("TEST_ATTENTION", "REQUESTED", 10, 0);
		long nearlyUsed = trajectory("TEST_ATTENTION", "RUNNING", 10, 8.5);
		trajectory("TEST_ATTENTION", "RUNNING", 10, 7.75); // under 80 %: no attention
		trajectory("RISK_BAO", "REQUESTED", 10, 0); // not this coordinator's project

		Document page = start(coordinator);

		Element panel = page.selectFirst("section#panel-coordinator");
		assertThat(rows(panel)).containsExactly(List.of("Testproject aandacht", "2", "geen doel", "1"));
		List<Element> items = panel.select("ul.start-attention > li");
		assertThat(items).extracting((item) -> item.selectFirst("a").attr("href"))
			.containsExactly("/trajecten/" + requested, "/trajecten/" + nearlyUsed);
		assertThat(items.get(0).text()).endsWith("aangevraagd, wacht op je goedkeuring");
		assertThat(items.get(1).text()).endsWith("8,5 u van 10 u gebruikt");
	}

	@Test
	void aRisKCoordinatorSeesNoNaftReferrals() throws Exception {
		Document page = start("coordinator");

		// the NAFT trajectories waiting since 2021 belong to a project this coordinator
		// does not coordinate
		assertThat(page.selectFirst("section#panel-coordinator").text()).doesNotContain("N21-DEMO", "Naft");
	}

	@Test
	void aNaftCoordinatorSeesReferralsWaitingLongAndNoRisKFigures() throws Exception {
		String naft = this.accounts.create("Geheim-Wachtwoord-1", Role.COORDINATOR);
		this.jdbc
			.sql("insert into account_project (account_id, project_id) select ?, id from project where code = 'NAFT'")
			.param(this.accounts.idOf(naft))
			.update();

		Document page = start(naft);

		Element panel = page.selectFirst("section#panel-coordinator");
		assertThat(rows(panel)).containsExactly(expectedRow("NAFT", "Naft-Leerrecht", 10));
		List<Element> items = panel.select("ul.start-attention > li");
		assertThat(items).allSatisfy((item) -> assertThat(item.text())
			.matches("N\\d\\d-\\w+ · .*" + "wacht al [\\d.]+ dagen op een plaats"));
		assertThat(items).extracting(Element::text).filteredOn((text) -> text.startsWith("N21-DEMO1")).hasSize(3);
		assertThat(panel.select(".start-actions a").eachAttr("href")).contains("/trajecten/nieuw?soort=NAFT")
			.doesNotContain("/trajecten/nieuw?soort=RISK");
		assertThat(panel.text()).doesNotContain("Ris+K");
	}

	@Test
	void partnerSeesOnlyTheTrajectoriesOfItsOrganisationAndItsFiches() throws Exception {
		long arktos = this.jdbc.sql("select organisation_id from account where username = 'partner'")
			.query(Long.class)
			.single();
		long executed = this.jdbc
			.sql("select count(*) from trajectory where partner_id = ? and school_year = 2021 and status <> 'STOPPED'")
			.param(arktos)
			.query(Long.class)
			.single();
		long open = this.jdbc
			.sql("select count(*) from trajectory where partner_id = ? and school_year = 2021"
					+ " and status not in ('FINISHED', 'STOPPED')")
			.param(arktos)
			.query(Long.class)
			.single();

		Document page = start("partner");

		Element panel = page.selectFirst("section#panel-partner");
		assertThat(panel.selectFirst("p").text())
			.startsWith("Schooljaar 2021-2022: " + executed + " trajecten, waarvan " + open + " nog lopend;");
		List<String> links = panel.select("tbody th a").eachAttr("href");
		assertThat(links).isNotEmpty().hasSizeLessThanOrEqualTo(8);
		for (String link : links) {
			long id = Long.parseLong(link.substring("/trajecten/".length()));
			assertThat(this.jdbc.sql("select partner_id from trajectory where id = ?")
				.param(id)
				.query(Long.class)
				.single()).as(link).isEqualTo(arktos);
		}
		assertThat(panel.select("tbody tr").first().select("td").get(1).text()).isEqualTo("Lopend");
		assertThat(panel.text()).doesNotContain("N21-DEMO", "Naft");

		Element fiches = page.selectFirst("section#panel-fiches");
		assertThat(fiches.selectFirst("h2").text()).isEqualTo("Mijn fiches");
		assertThat(fiches.selectFirst("p").text()).isEqualTo("Geen ontwerpen, geen ter beoordeling, 1 gepubliceerd.");
		assertThat(fiches.select(".start-actions a").eachAttr("href")).containsExactly("/toolbox/mijn-fiches/nieuw",
				"/toolbox/mijn-fiches");
		assertThat(page.select("#panel-coordinator, #panel-editor, #panel-city, #panel-admin")).isEmpty();
	}

	@Test
	void editorSeesTheReviewQueueAndTheFichesDueForACheck() throws Exception {
		long inReview = ficheInReview("Een fiche ter beoordeling");
		this.reviewedOn = this.jdbc.sql("select last_reviewed_on from fiche where slug = 'rustbox-stressregulatie'")
			.query(java.time.LocalDate.class)
			.single();
		this.jdbc.sql("update fiche set last_reviewed_on = '2020-01-15' where slug = 'rustbox-stressregulatie'")
			.update();
		this.restoreReviewedOn = "rustbox-stressregulatie";

		Document page = start("redactie");

		Element panel = page.selectFirst("section#panel-editor");
		assertThat(panel.select("h3").eachText()).containsExactly("Ter beoordeling (" + count("IN_REVIEW") + ")",
				"Na te kijken (1)");
		assertThat(panel.select("ul.start-review a"))
			.anySatisfy((link) -> assertThat(link.text()).isEqualTo("Een fiche ter beoordeling"))
			.extracting((link) -> link.attr("href"))
			.contains("/toolbox/redactie/" + inReview);
		assertThat(panel.select("ul.start-due li")).singleElement()
			.satisfies((item) -> assertThat(item.text()).startsWith("Rustbox").contains("15/01/2020"));
		assertThat(panel.select(".start-actions a").eachAttr("href")).containsExactly("/toolbox/redactie",
				"/preventieplan/sjabloon");
		assertThat(page.select("#panel-coordinator, #panel-partner, #panel-city, #panel-admin")).isEmpty();
	}

	@Test
	void theCitySeesTheAdviceWaitingForItsDecisionAndWhereTheProcessStands() throws Exception {
		Document page = start("stad");

		Element panel = page.selectFirst("section#panel-city");
		// other tests may record the decision on 2019-2020: expect what the data says
		List<Integer> awaitingYears = this.jdbc
			.sql("select school_year from budget_year where step = 'ADVICE_SENT' order by school_year")
			.query(Integer.class)
			.list();
		assertThat(panel.select(".start-callout a").eachAttr("href"))
			.containsExactlyElementsOf(awaitingYears.stream().map((y) -> "/budget/" + y + "-" + (y + 1)).toList());
		if (awaitingYears.contains(2019)) {
			assertThat(panel.selectFirst(".start-callout p").text())
				.startsWith("Het advies voor schooljaar 2019-2020 wacht op jullie beslissing: geadviseerd € ")
				.endsWith("binnen een envelop van € 80.390,00.");
		}
		// the newest school year of the budget process is on the panel, whatever step it
		// is at
		int newest = this.jdbc.sql("select max(school_year) from budget_year").query(Integer.class).single();
		assertThat(panel.text()).contains(newest + "-" + (newest + 1));
		assertThat(page.select("#panel-coordinator, #panel-partner, #panel-editor, #panel-admin")).isEmpty();
	}

	@Test
	void theAdminSeesWhatWaits() throws Exception {
		String locked = this.accounts.create("Geheim-Wachtwoord-1", Role.PARTNER);
		this.jdbc.sql("update account set locked_until = now() + interval '10 minutes' where username = ?")
			.param(locked)
			.update();
		this.lockedAccounts.add(locked);
		long requests = this.jdbc.sql("select count(*) from funding_request where school_year = 2025")
			.query(Long.class)
			.single();

		Document page = start("beheerder");

		Element panel = page.selectFirst("section#panel-admin");
		long lockedNow = this.jdbc.sql("select count(*) from account where enabled and locked_until > now()")
			.query(Long.class)
			.single();
		assertThat(panel.select("h3").eachText()).containsExactly("Geblokkeerde gebruikers (" + lockedNow + ")",
				"Aanvragen om te adviseren", "Fiches bij de redactie");
		assertThat(panel.select("ul.start-locked a").eachAttr("href"))
			.contains("/beheer/gebruikers/" + this.accounts.idOf(locked));
		assertThat(panel.select("ul.start-to-advise li")).anySatisfy((item) -> {
			assertThat(item.selectFirst("a").attr("href")).isEqualTo("/budget/2025-2026");
			assertThat(item.text()).startsWith("2025-2026: " + requests + " aanvragen")
				.endsWith("(Aanvragen ingediend)");
		});
		assertThat(panel.text()).contains("Geen fiches wachten op de redactie.");
		assertThat(panel.select(".start-actions a").eachAttr("href")).containsExactly("/beheer/gebruikers",
				"/beheer/toegangslog", "/beheer/privacy", "/preventieplan/sjabloon", "/preventieplan/labo",
				"/beheer/verwijderingsverzoeken");
		assertThat(page.select("#panel-coordinator, #panel-partner, #panel-editor, #panel-city")).isEmpty();
	}

	@Test
	void aUserWithSeveralRolesSeesThePanelOfEachRole() throws Exception {
		String many = this.accounts.create("Geheim-Wachtwoord-1", Role.COORDINATOR, Role.EDITOR, Role.CITY, Role.ADMIN);
		this.jdbc.sql(
				"insert into account_project (account_id, project_id) select ?, id from project where code = 'BRUGCOACHES'")
			.param(this.accounts.idOf(many))
			.update();

		Document page = start(many);

		assertThat(page.select("section.start-panel > h2").eachText()).containsExactly("Mijn projecten",
				"Redactie toolbox", "Budgetadvies van het labo", "Wat wacht", "Je account");
		assertThat(rows(page.selectFirst("#panel-coordinator")))
			.containsExactly(List.of("Project Brugcoaches", "28", "28", "100 %", "0"));
	}

	@Test
	void theStartPageSpeaksEnglishToo() throws Exception {
		Document page = this.signedIn.page("coordinator",
				get("/start").param("lang", "en").cookie(sessionInYear("coordinator")));
		assertThat(page.selectFirst("#panel-coordinator p").text()).startsWith("School year 2021-2022:");
		assertThat(page.select("#panel-coordinator thead th").eachText()).containsExactly("Project", "Done", "Target",
				"Progress", "Requested or waiting");
	}

	/**
	 * A session (its cookie; sessions live in the database; null for users without the
	 * trajectory list) in which the user chose the test's school year on the trajectory
	 * list: the start page follows that choice, whatever years other tests add
	 * trajectories to.
	 */
	private Cookie sessionInYear(String username) throws Exception {
		return this.signedIn.as(username, get("/trajecten").param("schooljaar", this.year + "-" + (this.year + 1)))
			.getCookie("SESSION");
	}

	/**
	 * The request in the session of {@link #sessionInYear}, for users who may open the
	 * list.
	 */
	private MockHttpServletRequestBuilder withSessionInYear(MockHttpServletRequestBuilder request, String username)
			throws Exception {
		Cookie session = sessionInYear(username);
		return (session != null) ? request.cookie(session) : request;
	}

	@Test
	void aSchoolUserSeesTheirOwnSchoolAndItsMainTasksOneClickAway() throws Exception {
		Document page = start("school");

		Element panel = page.selectFirst("section#panel-school");
		assertThat(panel).isNotNull();
		assertThat(panel.selectFirst("h2").text()).isEqualTo("Je school");
		assertThat(panel.selectFirst(".start-school").text())
			.isEqualTo("Basisschool De Regenboogbrug (fictief) Basisonderwijs · 3000 Leuven");
		assertThat(panel.select(".start-actions a").eachAttr("href")).containsExactly("/hulp/kaart/school",
				"/preventieplan", "/hulp", "/toolbox", "/agenda");
		assertThat(panel.selectFirst(".start-actions a").text()).isEqualTo("Onze kaart Eerste Hulp bij schooluitval");
		assertThat(page.select("nav a[href=/start#mijn-school]").text()).isEqualTo("Mijn school");
		assertThat(page.select("#panel-clb, #panel-coordinator, #panel-partner, #panel-admin")).isEmpty();
		assertThat(page.text()).doesNotContain("Stedelijk Lyceum De Brug");

		Document other = start("school2");
		assertThat(other.selectFirst("section#panel-school .start-school").text())
			.startsWith("Stedelijk Lyceum De Brug (fictief) Secundair onderwijs");
		assertThat(other.text()).doesNotContain("De Regenboogbrug");
	}

	@Test
	void aClbWorkerSeesExactlyTheSchoolsTheirClbServes() throws Exception {
		long goClb = clbId("GO! CLB Leuven-Tienen-Landen");
		long vrijClb = clbId("Vrij CLB Leuven");
		Document page = start("clb");

		Element panel = page.selectFirst("section#panel-clb");
		assertThat(panel).isNotNull();
		assertThat(panel.selectFirst("h2").text()).isEqualTo("Scholen van je CLB");
		assertThat(panel.select("tbody th").eachText()).isNotEmpty().containsExactlyElementsOf(schoolsOf(goClb));
		assertThat(panel.select("tbody tr").first().select("td").eachText()).hasSize(2);
		assertThat(panel.select("tbody tr")).anySatisfy((row) -> assertThat(row.text())
			.isEqualTo("Basisschool De Regenboogbrug (fictief) " + "Basisonderwijs 3000 Leuven"));
		assertThat(schoolsOf(vrijClb)).isNotEmpty().noneSatisfy((name) -> assertThat(page.text()).contains(name));
		assertThat(panel.select(".start-actions a").eachAttr("href")).containsExactly("/preventieplan", "/hulp",
				"/toolbox");
		assertThat(page.select("nav a[href=/start#mijn-scholen]")).hasSize(1);
		assertThat(page.select("#panel-school, #panel-partner")).isEmpty();

		String vrij = this.accounts.createAtClb("Geheim-Wachtwoord-1", vrijClb);
		assertThat(start(vrij).select("section#panel-clb tbody th").eachText())
			.containsExactlyElementsOf(schoolsOf(vrijClb));
	}

	private long clbId(String name) {
		return this.jdbc.sql("select id from organisation where name = ? and clb")
			.param(name)
			.query(Long.class)
			.single();
	}

	private List<String> schoolsOf(long clbId) {
		return this.jdbc.sql("select name from school where clb_id = ? order by name, id")
			.param(clbId)
			.query(String.class)
			.list();
	}

	private Document start(String username) throws Exception {
		return this.signedIn.page(username, withSessionInYear(get("/start"), username));
	}

	/**
	 * What counts toward the target, as on the dashboard (NAFT: the supplementary ones).
	 */
	static final String COUNTED = "'APPROVED', 'RUNNING', 'FINISHED') and (p.code <> 'NAFT' or t.supplementary";

	static final String PENDING = "'REQUESTED', 'REFERRED', 'WAITING'";

	/**
	 * How many trajectories of a project in the test's school year have one of the
	 * statuses.
	 */
	private long countInYear(String projectCode, String statuses) {
		return this.jdbc
			.sql("select count(*) from trajectory t join project p on p.id = t.project_id"
					+ " where p.code = ? and t.school_year = ? and t.status in (" + statuses + ")")
			.params(projectCode, this.year)
			.query(Long.class)
			.single();
	}

	/**
	 * A row of the progress table as the database says it must be in the test's school
	 * year.
	 */
	private List<String> expectedRow(String projectCode, String name, int target) {
		long counted = countInYear(projectCode, COUNTED);
		return List.of(name, String.valueOf(counted), String.valueOf(target), (counted * 100 / target) + " %",
				String.valueOf(countInYear(projectCode, PENDING)));
	}

	/** The cells of the progress table, each row from its project name on. */
	private static List<List<String>> rows(Element panel) {
		return panel.select("table.start-progress tbody tr")
			.stream()
			.map((row) -> row.select("th, td").eachText())
			.toList();
	}

	private long trajectory(String projectCode, String status, double planned, double logged) {
		long id = this.jdbc.sql("""
				insert into trajectory (kind, project_id, school_year, school_id, partner_id, status, planned_hours,
				  logged_hours, question_type, level, logged_by_name)
				select 'RISK', p.id, ?, (select min(id) from school), null, ?, ?, ?, 'CURATIVE', 'SO', 'test'
				from project p where p.code = ? returning id""")
			.params(this.year, status, planned, logged, projectCode)
			.query(Long.class)
			.single();
		this.createdTrajectories.add(id);
		return id;
	}

	private long count(String status) {
		return this.jdbc.sql("select count(*) from fiche where status = ?").param(status).query(Long.class).single();
	}

	private long ficheInReview(String title) {
		long id = this.jdbc.sql("""
				insert into fiche (number, slug, title, summary, body, body_html, organisation_id, licence, status)
				select nextval('fiche_number_seq'), 'test-' || gen_random_uuid(), ?, 'Samenvatting', 'Tekst', '',
				  organisation_id, 'CC_BY', 'IN_REVIEW' from account where username = 'partner'
				returning id""").param(title).query(Long.class).single();
		this.createdFiches.add(id);
		return id;
	}

}
