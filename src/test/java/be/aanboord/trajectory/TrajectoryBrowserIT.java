package be.aanboord.trajectory;

import be.aanboord.Browser;
import be.aanboord.BrowserTest;
import java.time.LocalDate;

import be.aanboord.account.TestAccounts;
import be.aanboord.project.SchoolYear;
import be.aanboord.system.Formats;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static be.aanboord.Browser.button;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator's and a partner's daily work with trajectories in a real browser, with
 * sessions logged inline (htmx) and every page checked by axe-core.
 */
@BrowserTest
class TrajectoryBrowserIT {

	private static final By TOTALS = By.id("totalen");

	private static final By BAO_REQUESTED = By.cssSelector("#project-RISK_BAO td.requested");

	private static final By BAO_HOURS = By.cssSelector("#project-RISK_BAO td:nth-of-type(5) span");

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCoordinatorCreatesARisKTrajectoryLogsTwoSessionsInlineAndSeesTheDashboardMove(Browser browser) {
		browser.loginAs("coordinator");
		// the form proposes the current school year: the dashboard of that year
		String dashboard = "/trajecten/dashboard?schooljaar="
				+ new SchoolYear(SchoolYear.startYearOf(LocalDate.now(Formats.BRUSSELS))).getLabel();
		browser.open(dashboard);
		int requestedBefore = Integer.parseInt(browser.text(BAO_REQUESTED));
		String hoursBefore = browser.text(BAO_HOURS);

		browser.open("/trajecten/nieuw?soort=RISK");
		new Select(browser.find(By.id("projectId"))).selectByVisibleText("Ris+K basisonderwijs");
		new Select(browser.find(By.id("schoolId"))).selectByVisibleText("Basisschool De Regenboogbrug (fictief)");
		new Select(browser.find(By.id("partnerId"))).selectByVisibleText("Arktos");
		new Select(browser.find(By.id("risk.questionType"))).selectByValue("CURATIVE");
		new Select(browser.find(By.id("level"))).selectByValue("BAO");
		browser.type(By.id("question"), "Het team zoekt een aanpak voor een onrustige klasgroep.");
		browser.clickToNavigate(button("Opslaan"));

		String page = browser.currentPath();
		assertThat(page).matches("/trajecten/\\d+");
		assertThat(browser.text(By.cssSelector("main [role=status].alert"))).isEqualTo("Het traject is opgeslagen.");
		assertThat(browser.text(TOTALS)).startsWith("geen sessies, 0 u gelogd van 10 u gepland");

		logSession(browser, "2026-10-05", "2", "Intake met het zorgteam");
		browser.until((driver) -> totals(browser).startsWith("1 sessie,"), () -> "first session not shown");
		logSession(browser, "2026-10-19", "1,5", "Coaching van het team");
		browser.until((driver) -> totals(browser).startsWith("2 sessies"), () -> "second session not shown");

		assertThat(browser.currentPath()).isEqualTo(page);
		assertThat(browser.text(TOTALS)).startsWith("2 sessies, 3,5 u gelogd van 10 u gepland");
		assertThat(browser.text(By.cssSelector("#sessies table"))).contains("Intake met het zorgteam",
				"Coaching van het team");

		// a new trajectory is requested: shown apart, not yet counted towards the target
		browser.open(dashboard);
		assertThat(Integer.parseInt(browser.text(BAO_REQUESTED))).isEqualTo(requestedBefore + 1);
		assertThat(browser.text(BAO_HOURS)).isNotEqualTo(hoursBefore);
	}

	@Test
	void aPartnerLogsASessionOnATrajectoryOfItsOrganisationAndCannotOpenAnother(Browser browser) {
		long own = trajectory("Arktos");
		long other = trajectory("Profo");
		browser.loginAs("partner");

		browser.open("/trajecten/" + own);
		String before = browser.text(TOTALS);
		assertThat(browser.isPresent(By.linkText("Bewerken"))).isFalse();
		logSession(browser, "2022-03-14", "1", "Nabespreking met het team");
		browser.until((driver) -> !totals(browser).equals(before), () -> "totals did not change");
		assertThat(browser.text(By.cssSelector("#sessies table"))).contains("Nabespreking met het team");

		browser.open("/trajecten/" + other);
		assertThat(browser.text(By.cssSelector("main h1"))).isNotBlank();
		assertThat(browser.isPresent(TOTALS)).isFalse();
	}

	@Test
	void aPartnerCorrectsAndThenRemovesASessionItLogged(Browser browser) {
		long own = trajectory("Arktos");
		browser.loginAs("partner");
		browser.open("/trajecten/" + own);
		String before = browser.text(TOTALS);
		logSession(browser, "2022-04-25", "1", "Klasobservatie om te corrigeren");
		browser.until((driver) -> !totals(browser).equals(before), () -> "totals did not change");
		long session = this.jdbc.sql("select id from trajectory_session where activity = ? order by id desc limit 1")
			.param("Klasobservatie om te corrigeren")
			.query(Long.class)
			.single();

		browser.clickToNavigate(By.cssSelector("#sessie-" + session + " a.session-edit"));
		assertThat(browser.text(By.cssSelector("main h1"))).isEqualTo("Sessie van 25/04/2022 corrigeren");
		browser.find(By.id("hours")).clear();
		browser.type(By.id("hours"), "3");
		browser.find(By.id("activity")).clear();
		browser.type(By.id("activity"), "Klasobservatie met nabespreking");
		browser.clickToNavigate(button("Opslaan"));

		assertThat(browser.currentPath()).isEqualTo("/trajecten/" + own);
		assertThat(browser.text(By.cssSelector("main [role=status].alert"))).isEqualTo("De sessie is gecorrigeerd.");
		assertThat(browser.text(By.cssSelector("#sessie-" + session))).contains("25/04/2022", "3 u",
				"Klasobservatie met nabespreking", "Pia Partner (demo)");

		browser.clickToNavigate(By.cssSelector("#sessie-" + session + " a.session-edit"));
		browser.clickToNavigate(button("Sessie verwijderen"));
		assertThat(browser.text(By.cssSelector("main [role=status].alert"))).isEqualTo("De sessie is verwijderd.");
		assertThat(browser.isPresent(By.id("sessie-" + session))).isFalse();
		assertThat(browser.text(TOTALS)).isEqualTo(before);
	}

	@Test
	void aSessionLoggedAfterTheLoginExpiredLeadsToLoginAndBackToTheTrajectory(Browser browser) {
		long own = trajectory("Arktos");
		browser.loginAs("partner");
		browser.open("/trajecten/" + own);
		String before = browser.text(TOTALS);
		this.jdbc.sql("delete from spring_session where principal_name = 'partner'").update();

		logSession(browser, "2022-03-21", "1", "Overleg na het verlopen van de sessie");
		browser.waitFor(By.id("username"));
		assertThat(browser.currentPath()).isEqualTo("/login");
		browser.type(By.id("username"), "partner");
		browser.type(By.id("password"), TestAccounts.DEMO_PASSWORD);
		browser.clickToNavigate(By.cssSelector("main form[action$='/login'] [type=submit]"));
		browser.waitFor(TOTALS);
		assertThat(browser.currentPath()).isEqualTo("/trajecten/" + own);
		assertThat(browser.text(TOTALS)).as("the session before sign-in was not saved").isEqualTo(before);

		logSession(browser, "2022-03-21", "1", "Overleg na opnieuw aanmelden");
		browser.until((driver) -> !totals(browser).equals(before), () -> "totals did not change");
		assertThat(browser.text(By.cssSelector("#sessies table"))).contains("Overleg na opnieuw aanmelden");
	}

	/** The totals, or nothing while htmx is replacing them. */
	private static String totals(Browser browser) {
		try {
			return browser.text(TOTALS);
		}
		catch (StaleElementReferenceException replacedMeanwhile) {
			return "";
		}
	}

	private void logSession(Browser browser, String date, String hours, String activity) {
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
				browser.find(By.id("sessionDate")), date);
		browser.type(By.id("hours"), hours);
		browser.type(By.id("activity"), activity);
		browser.click(button("Sessie opslaan"));
	}

	private long trajectory(String partner) {
		return this.jdbc.sql("""
				select t.id from trajectory t join project p on p.id = t.project_id
				join organisation o on o.id = t.partner_id
				where p.code = 'RISK_SO' and t.school_year = 2021 and o.name = ? order by t.id limit 1""")
			.param(partner)
			.query(Long.class)
			.single();
	}

}
