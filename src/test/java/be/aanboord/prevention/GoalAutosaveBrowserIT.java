package be.aanboord.prevention;

import be.aanboord.Browser;
import be.aanboord.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A school's care coordinator on a phone starts this school year's plan, opens a goal,
 * and types: htmx saves while they type (the status says when, the hidden version
 * follows), nothing they typed is replaced; then the CLB worker opens the same goal and
 * sees it, and the dialogue page. Every page is checked with axe and at 390 px.
 */
@BrowserTest
class GoalAutosaveBrowserIT {

	@Autowired
	PlanFixture fixture;

	@AfterEach
	void removeTheFixture() {
		this.fixture.removeAll();
	}

	@Autowired
	Plans plans;

	@Test
	void theSchoolTypesAndTheGoalIsSavedWhileTyping(Browser browser) throws Exception {
		PlanFixture.Schools f = this.fixture.create();
		browser.phone().loginAs(f.schoolUser());
		browser.open("/start");
		browser.clickToNavigate(Browser.link("Preventieplan afwezigheden"));
		assertThat(browser.currentPath()).isEqualTo("/preventieplan");
		browser.clickToNavigate(By.cssSelector("form.plan-start [type=submit]"));
		assertThat(browser.currentPath()).matches("/preventieplan/\\d+");
		long plan = Long.parseLong(browser.currentPath().substring("/preventieplan/".length()));
		long goal = this.fixture.firstGoal(plan);

		browser.open("/preventieplan/" + plan + "/doelen/" + goal);
		browser.type(By.id("improvement"), "Afwezigheden dagelijks opvolgen");
		browser.until((driver) -> driver.findElement(By.id("bewaarstatus")).getText().startsWith("Bewaard om"),
				() -> "the autosave's status");
		assertThat(browser.find(By.id("version")).getAttribute("value")).isEqualTo("1");
		assertThat(this.plans.goal(plan, goal).improvement()).isEqualTo("Afwezigheden dagelijks opvolgen");
		browser.click(By.cssSelector("label[for='"
				+ browser.find(By.cssSelector("input[name=rating][value='6']")).getAttribute("id") + "']"));
		browser.until((driver) -> "2".equals(driver.findElement(By.id("version")).getAttribute("value")),
				() -> "the second autosave");
		assertThat(this.plans.goal(plan, goal).rating()).isEqualTo(6);
		assertThat(browser.find(By.id("improvement")).getAttribute("value"))
			.isEqualTo("Afwezigheden dagelijks opvolgen");
		browser.checkAccessibility();

		browser.driver().manage().deleteAllCookies();
		browser.loginAs(f.clbUser());
		browser.open("/preventieplan");
		browser.open("/preventieplan/" + plan + "/doelen/" + goal);
		assertThat(browser.find(By.id("improvement")).getAttribute("value"))
			.isEqualTo("Afwezigheden dagelijks opvolgen");
		browser.open("/preventieplan/" + plan + "/dialoog");
		assertThat(browser.findAll(By.cssSelector("section.dialogue-step"))).hasSize(5);
	}

	@Test
	void whenTheSessionHasExpiredTheTextStaysOnThePageAndTheStatusSaysSo(Browser browser) {
		PlanFixture.Schools f = this.fixture.create();
		long plan = this.fixture.plan(f.schoolId(), this.plans.currentStartYear());
		long goal = this.fixture.firstGoal(plan);
		browser.phone().loginAs(f.schoolUser());
		String address = "/preventieplan/" + plan + "/doelen/" + goal;
		browser.open(address);
		browser.driver().manage().deleteCookieNamed("AANBOORD_SESSION");
		browser.type(By.id("improvement"), "Tekst na het verlopen van de sessie");
		browser.until(
				(driver) -> driver.findElement(By.id("bewaarstatus")).getText().startsWith("Je sessie is verlopen"),
				() -> "the message of an expired session");
		assertThat(browser.currentPath()).isEqualTo(address);
		assertThat(browser.find(By.id("improvement")).getAttribute("value"))
			.isEqualTo("Tekst na het verlopen van de sessie");
		assertThat(this.plans.goal(plan, goal).improvement()).as("nothing saved").isNull();
	}

}
