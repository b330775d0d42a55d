package be.aanboord.prevention;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import be.aanboord.Browser;
import be.aanboord.BrowserTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A school and its CLB work on this school year's plan, on phones: the school's care
 * coordinator starts the plan from the start page, rates two goals (one from the
 * routekaart itself), and adds an action to one of them; the CLB worker comments on that
 * goal; back at the plan page the school sees both goals coloured by their ratings and
 * the CLB's comment. Every page is checked with axe and at 390 px.
 */
@BrowserTest
class PreventionPlanBrowserIT {

	@Autowired
	PlanFixture fixture;

	@AfterEach
	void removeTheFixture() {
		this.fixture.removeAll();
	}

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSchoolRatesTwoGoalsAddsAnActionTheClbCommentsAndTheRoutekaartChangesColour(Browser browser) {
		PlanFixture.Schools schools = this.fixture.create();
		browser.phone().loginAs(schools.schoolUser());
		browser.open("/start");
		browser.clickToNavigate(Browser.link("Preventieplan afwezigheden"));
		browser.clickToNavigate(By.cssSelector("form.plan-start [type=submit]"));
		assertThat(browser.currentPath()).matches("/preventieplan/\\d+");
		String planPath = browser.currentPath();
		long plan = Long.parseLong(planPath.substring("/preventieplan/".length()));
		long climate = goal(plan, "G0.1");
		long registration = goal(plan, "G0.3");
		assertThat(box(browser, plan, climate)).contains("rk-none");
		assertThat(box(browser, plan, registration)).contains("rk-none");

		browser.clickToNavigate(By.cssSelector("a.rk-link[href='" + planPath + "/doelen/" + climate + "']"));
		rate(browser, plan, climate, 8);
		browser.open(planPath + "/doelen/" + registration);
		browser.type(By.id("improvement"), "Eén afsprakenlijst voor de registratie");
		rate(browser, plan, registration, 3);

		browser.open(planPath + "/acties");
		new Select(browser.find(By.id("goalId"))).selectByValue(Long.toString(registration));
		browser.type(By.id("what"), "Afsprakenlijst registratie opstellen");
		browser.type(By.id("who"), "zorgcoördinator");
		browser.clickToNavigate(Browser.button("Actie toevoegen"));
		assertThat(browser.text(By.cssSelector("main table"))).contains("Afsprakenlijst registratie opstellen",
				"zorgcoördinator");

		browser.driver().manage().deleteAllCookies();
		browser.loginAs(schools.clbUser());
		browser.open(planPath + "/doelen/" + registration);
		assertThat(browser.find(By.id("improvement")).getAttribute("value"))
			.isEqualTo("Eén afsprakenlijst voor de registratie");
		browser.type(By.id("body"), "Neem ook de L-codes mee in het overzicht.");
		browser.clickToNavigate(Browser.button("Commentaar plaatsen"));
		assertThat(browser.text(By.id("commentaren"))).contains("Neem ook de L-codes mee in het overzicht.");

		browser.driver().manage().deleteAllCookies();
		browser.loginAs(schools.schoolUser());
		browser.open(planPath);
		assertThat(box(browser, plan, climate)).contains("rk-high");
		assertThat(box(browser, plan, registration)).contains("rk-low");
		assertThat(browser.text(By.id("doelen-tabel"))).contains("8", "3");
		assertThat(browser.text(By.id("acties"))).contains("Afsprakenlijst registratie opstellen");
		assertThat(browser.text(By.id("commentaar"))).contains("Neem ook de L-codes mee in het overzicht.");
		browser.open(planPath + "/doelen/" + registration);
		assertThat(browser.text(By.id("commentaren"))).contains("Neem ook de L-codes mee in het overzicht.");
	}

	/**
	 * Ticks a rating on the goal page and waits until htmx saved it (the database holds
	 * it and the status says so).
	 */
	private void rate(Browser browser, long plan, long goal, int rating) {
		String input = browser.find(By.cssSelector("input[name=rating][value='" + rating + "']")).getAttribute("id");
		browser.click(By.cssSelector("label[for='" + input + "']"));
		browser.until((driver) -> Integer.valueOf(rating).equals(savedRating(plan, goal)),
				() -> "the autosave of rating " + rating);
		browser.until((driver) -> driver.findElement(By.id("bewaarstatus")).getText().startsWith("Bewaard om"),
				() -> "the autosave's status");
	}

	private Integer savedRating(long plan, long goal) {
		return this.jdbc.sql("select rating from plan_goal_entry where plan_id = ? and goal_id = ?")
			.params(plan, goal)
			.query(Integer.class)
			.optional()
			.orElse(null);
	}

	/** The classes of a goal's box on the routekaart of the plan page shown now. */
	private static String box(Browser browser, long plan, long goal) {
		return browser
			.find(By.cssSelector("a.rk-link[href='/preventieplan/" + plan + "/doelen/" + goal + "'] rect.rk-box"))
			.getAttribute("class");
	}

	private long goal(long plan, String code) {
		return this.jdbc.sql("""
				select g.id from plan_goal g join prevention_plan p on p.template_id = g.template_id
				where p.id = ? and g.code = ?
				""").params(plan, code).query(Long.class).single();
	}

}
