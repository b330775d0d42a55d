package be.aanboord.home;

import java.util.List;

import be.aanboord.Browser;
import be.aanboord.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static be.aanboord.Browser.button;
import static be.aanboord.Browser.link;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each role signs in, lands on its start page with its own figures, and reaches its main
 * task in at most two clicks: on a desktop, and on a phone through the menu toggle. Every
 * page on the way is checked with axe-core and at phone width by {@link Browser}.
 */
@BrowserTest
class StartPagesBrowserIT {

	private static final By HEADING = By.cssSelector("main h1");

	private static final By MENU_TOGGLE = By.cssSelector("header button.navbar-toggler");

	@Autowired
	JdbcClient jdbc;

	private Long ficheInReview;

	@AfterEach
	void removeFiche() {
		if (this.ficheInReview != null) {
			this.jdbc.sql("delete from fiche where id = ?").param(this.ficheInReview).update();
		}
	}

	@Test
	void coordinatorSeesTheProjectsProgressAndOpensTheTrajectoriesInOneClick(Browser browser) {
		browser.loginAs("coordinator");
		assertThat(browser.currentPath()).isEqualTo("/start");
		// the start page follows the school year chosen last in the trajectory pages
		browser.open("/trajecten?schooljaar=2021-2022").open("/start");
		WebElement panel = browser.waitFor(By.id("panel-coordinator"));
		assertThat(panel.findElements(By.cssSelector("tbody tr")))
			.extracting((row) -> String.join("|",
					row.findElements(By.cssSelector("th, td")).stream().map(WebElement::getText).toList()))
			.containsExactly(expectedRow("RISK_BAO", "Ris+K basisonderwijs", 19),
					expectedRow("RISK_SO", "Ris+K secundair onderwijs", 21));

		browser.clickToNavigate(link("Trajecten bekijken"));
		assertThat(browser.currentPath()).isEqualTo("/trajecten");
		assertThat(browser.currentUrl()).contains("schooljaar=2021-2022");
		assertThat(browser.findAll(By.cssSelector("main table tbody tr"))).isNotEmpty();

		browser.open("/start").clickToNavigate(link("Nieuw Ris+K-traject"));
		assertThat(browser.currentPath()).isEqualTo("/trajecten/nieuw");
	}

	@Test
	void partnerOpensATrajectoryItExecutesAndItsFiches(Browser browser) {
		browser.loginAs("partner");
		browser.open("/trajecten?schooljaar=2021-2022").open("/start");

		WebElement panel = browser.waitFor(By.id("panel-partner"));
		assertThat(panel.getText()).contains("Schooljaar 2021-2022");
		String first = panel.findElement(By.cssSelector("tbody th a")).getDomAttribute("href");

		browser.clickToNavigate(By.cssSelector("#panel-partner tbody th a"));
		assertThat(browser.currentPath()).isEqualTo(first);
		assertThat(browser.text(HEADING)).isNotBlank();

		browser.open("/start").clickToNavigate(By.cssSelector("#panel-fiches .start-actions a.btn-outline-primary"));
		assertThat(browser.currentPath()).isEqualTo("/toolbox/mijn-fiches");
	}

	@Test
	void editorOpensAFicheWaitingForReviewInOneClick(Browser browser) {
		this.ficheInReview = this.jdbc.sql("""
				insert into fiche (number, slug, title, summary, body, body_html, organisation_id, licence, status)
				select nextval('fiche_number_seq'), 'test-' || gen_random_uuid(), 'Een fiche ter beoordeling',
				  'Samenvatting', 'Tekst', '', organisation_id, 'CC_BY', 'IN_REVIEW'
				from account where username = 'partner' returning id""").query(Long.class).single();
		browser.loginAs("redactie");

		WebElement panel = browser.waitFor(By.id("panel-editor"));
		assertThat(panel.findElements(By.tagName("h3"))).extracting(WebElement::getText)
			.first()
			.asString()
			.startsWith("Ter beoordeling (");

		browser.clickToNavigate(link("Een fiche ter beoordeling"));
		assertThat(browser.currentPath()).isEqualTo("/toolbox/redactie/" + this.ficheInReview);
		assertThat(browser.isPresent(By.cssSelector("form[action$='/publiceren']"))).isTrue();
	}

	@Test
	void theCityOpensTheAdviceThatWaitsForItsDecisionInOneClick(Browser browser) {
		browser.loginAs("stad");

		WebElement panel = browser.waitFor(By.id("panel-city"));
		int newest = this.jdbc.sql("select max(school_year) from budget_year").query(Integer.class).single();
		assertThat(panel.getText()).contains(newest + "-" + (newest + 1));
		// the demo's 2019-2020 waits for a decision unless another test recorded it
		By advice = browser.isPresent(By.cssSelector("#panel-city .start-callout a"))
				? By.cssSelector("#panel-city .start-callout a") : By.cssSelector("#panel-city h3 + dl + p a");
		String target = browser.find(advice).getDomAttribute("href");

		browser.clickToNavigate(advice);
		assertThat(browser.currentPath()).isEqualTo(target).startsWith("/budget/20");
	}

	@Test
	void theAdminSeesWhatWaitsAndOpensUserAdministrationInOneClick(Browser browser) {
		browser.loginAs("beheerder");

		WebElement panel = browser.waitFor(By.id("panel-admin"));
		assertThat(panel.findElements(By.tagName("h3"))).extracting(WebElement::getText)
			.satisfiesExactly((locked) -> assertThat(locked).matches("Geblokkeerde gebruikers \\(\\d+\\)"),
					(toAdvise) -> assertThat(toAdvise).isEqualTo("Aanvragen om te adviseren"),
					(fiches) -> assertThat(fiches).isEqualTo("Fiches bij de redactie"));
		List<Integer> requested = this.jdbc.sql(
				"select school_year from budget_year where step in ('REQUESTS_OPEN', 'DISCUSSED') order by school_year")
			.query(Integer.class)
			.list();
		assertThat(panel.findElements(By.cssSelector("ul.start-to-advise a"))).extracting(WebElement::getText)
			.containsExactlyElementsOf(requested.stream().map((y) -> y + "-" + (y + 1)).toList());

		browser.clickToNavigate(link("Gebruikers beheren"));
		assertThat(browser.currentPath()).isEqualTo("/beheer/gebruikers");
	}

	@Test
	void onAPhoneASchoolUserSeesTheirSchoolAndTheCardFirstAndACLBWorkerTheirSchools(Browser browser) {
		browser.phone();
		browser.loginAs("school");
		WebElement school = browser.waitFor(By.id("panel-school"));
		assertThat(school.findElement(By.cssSelector(".start-school")).getText())
			.startsWith("Basisschool De Regenboogbrug (fictief)");
		WebElement card = school.findElement(By.cssSelector(".start-actions a"));
		assertThat(card.isDisplayed()).isTrue();
		assertThat(card.getDomAttribute("href")).isEqualTo("/hulp/kaart/school");
		browser.clickToNavigate(By.cssSelector("#panel-school .start-actions a[href='/toolbox']"));
		assertThat(browser.currentPath()).isEqualTo("/toolbox");

		browser.driver().manage().deleteAllCookies();
		browser.loginAs("clb");
		WebElement clb = browser.waitFor(By.id("panel-clb"));
		List<String> served = this.jdbc.sql("""
				select s.name from school s join account a on a.organisation_id = s.clb_id
				where a.username = 'clb' order by s.name""").query(String.class).list();
		assertThat(clb.findElements(By.cssSelector("tbody th"))).extracting(WebElement::getText)
			.contains("Basisschool De Regenboogbrug (fictief)")
			.containsExactlyInAnyOrderElementsOf(served)
			.doesNotContain("College Ter Beemden (fictief)");
		browser.clickToNavigate(By.cssSelector("#panel-clb .start-actions a[href='/toolbox']"));
		assertThat(browser.currentPath()).isEqualTo("/toolbox");
	}

	@Test
	void fromTwelveHundredPixelsOnTheMenuIsOneRow(Browser browser) {
		browser.loginAs("beheerder");
		for (int width : new int[] { 1200, 1280, 1366 }) {
			browser.viewport(width, 900);
			List<WebElement> items = browser.findAll(By.cssSelector("header .nav-item"));
			assertThat(items).hasSizeGreaterThan(8);
			assertThat(items).extracting((item) -> item.getRect().getY())
				.as("the top of every menu item at %d px", width)
				.containsOnly(items.get(0).getRect().getY());
			assertThat(items).extracting((item) -> item.getRect().getHeight())
				.as("menu items in one line at %d px", width)
				.containsOnly(items.get(0).getRect().getHeight());
			assertThat(browser.isPresent(MENU_TOGGLE) && browser.find(MENU_TOGGLE).isDisplayed())
				.as("a menu button at %d px (window %s px wide)", width, browser.viewportWidth())
				.isFalse();
		}
	}

	@ParameterizedTest
	@CsvSource({ "coordinator, Trajecten, /trajecten", "partner, Mijn fiches, /toolbox/mijn-fiches",
			"redactie, Redactie, /toolbox/redactie", "stad, Budget, /budget",
			"beheerder, Gebruikers, /beheer/gebruikers" })
	void onAPhoneEachRoleReachesItsMainWorkThroughTheMenuToggleInTwoClicks(String username, String entry, String path,
			Browser browser) {
		browser.phone();
		browser.loginAs(username);
		assertThat(browser.viewportWidth()).isEqualTo(Browser.PHONE_WIDTH);
		assertThat(browser.currentPath()).isEqualTo("/start");
		assertThat(browser.find(By.cssSelector("section.start-panel")).isDisplayed()).isTrue();

		WebElement toggle = browser.waitFor(MENU_TOGGLE);
		assertThat(toggle.getText()).isEqualTo("Menu");
		assertThat(toggle.getDomAttribute("aria-expanded")).isEqualTo("false");
		assertThat(browser.find(By.id("hoofdmenu")).isDisplayed()).isFalse();
		assertThat(browser.find(By.cssSelector("header nav")).getRect().getHeight()).as("the folded header is one row")
			.isLessThan(80);

		browser.click(MENU_TOGGLE);
		browser.until((driver) -> "true".equals(toggle.getDomAttribute("aria-expanded"))
				&& driver.findElement(By.id("hoofdmenu")).isDisplayed(), () -> "the menu did not fold open");
		browser.clickToNavigate(By.xpath("//*[@id='hoofdmenu']//a[normalize-space(.)='" + entry + "']"));

		assertThat(browser.currentPath()).isEqualTo(path);
		assertThat(browser.find(button("Menu")).isDisplayed()).isTrue();
	}

	/** A row of the progress table as the database says it must be in 2021-2022. */
	private String expectedRow(String projectCode, String name, int target) {
		String count = "select count(*) from trajectory t join project p on p.id = t.project_id"
				+ " where p.code = ? and t.school_year = 2021 and t.status in ";
		long counted = this.jdbc.sql(count + "('APPROVED', 'RUNNING', 'FINISHED')")
			.param(projectCode)
			.query(Long.class)
			.single();
		long pending = this.jdbc.sql(count + "('REQUESTED', 'REFERRED', 'WAITING')")
			.param(projectCode)
			.query(Long.class)
			.single();
		return String.join("|", name, String.valueOf(counted), String.valueOf(target), (counted * 100 / target) + " %",
				String.valueOf(pending));
	}

}
