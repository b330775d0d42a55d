package be.aanboord.budget;

import be.aanboord.Browser;
import be.aanboord.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;

import static be.aanboord.Browser.button;
import static be.aanboord.Browser.link;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A city official reviews the budget advice of 2019-2020 in the browser: reads the total,
 * comments on one project and records the decision.
 */
@BrowserTest
class CityReviewBrowserIT {

	@Autowired
	BudgetFixture fixture;

	@BeforeEach
	void adviceSent() {
		this.fixture.adviceSent2019();
	}

	@Test
	void theCityOpensTheAdviceCommentsOnAProjectAndRecordsTheDecision(Browser browser) {
		browser.loginAs("stad");
		browser.clickToNavigate(By.cssSelector("header nav a[href='/budget']"));
		browser.clickToNavigate(link("Budgetadvies 2019-2020"));

		assertThat(browser.text(By.cssSelector("main h1"))).isEqualTo("Budgetadvies 2019-2020");
		assertThat(browser.text(By.id("totaal-advised"))).isEqualTo("€ 80.390,00");
		assertThat(browser.text(By.id("envelop"))).isEqualTo("€ 80.390,00");
		assertThat(browser.text(By.id("budget-stap"))).isEqualTo("Advies verstuurd");

		browser.clickToNavigate(link("Opmerking bij Naft-Leerrecht"));
		browser.type(By.id("text"), "Graag de resultaten van de supplementaire trajecten in het verslag.");
		browser.clickToNavigate(button("Opmerking plaatsen"));

		assertThat(browser.text(By.cssSelector("main [role=status]"))).isEqualTo("Je opmerking is geplaatst.");
		assertThat(browser.text(By.cssSelector("#project-naft .budget-comments")))
			.contains("Graag de resultaten van de supplementaire trajecten in het verslag.")
			.contains("Sofie Stad (demo)");

		browser.clickToNavigate(link("Beslissing vastleggen"));
		assertThat(browser.find(By.id("lines5.amount")).getDomProperty("value")).isEqualTo("4.000,00");
		browser.type(By.id("remarks"), "Goedgekeurd door het college van burgemeester en schepenen.");
		browser.clickToNavigate(button("Beslissing vastleggen"));

		assertThat(browser.text(By.cssSelector("main [role=status]")))
			.isEqualTo("De beslissing is vastgelegd; de bedragen zijn nu vergrendeld.");
		assertThat(browser.text(By.id("budget-stap"))).isEqualTo("Beslissing van de stad");
		assertThat(browser.text(By.id("totaal-decided"))).isEqualTo("€ 80.390,00");
		assertThat(browser.isPresent(link("Beslissing vastleggen"))).isFalse();
		assertThat(this.fixture.step(2019)).isEqualTo("DECIDED");
		// after the decision only the decision's state is shown
		assertThat(browser.isPresent(By.cssSelector(".over-envelope-box"))).isFalse();
		assertThat(browser.text(By.id("stand-beslissing"))).startsWith("De stad besliste op ")
			.endsWith("samen € 80.390,00, binnen de envelop van € 80.390,00.");
	}

	@Test
	void theChartsHaveALegendEveryYearAndReadableLabelsAlsoOnAPhoneAndTheBannersFollowTheStep(Browser browser) {
		browser.loginAs("stad");
		browser.open("/budget/2019-2020");
		assertThat(browser.isPresent(By.id("waarschuwing-aanvragen"))).as("requests after the advice is sent")
			.isFalse();
		assertThat(browser.text(By.id("totaal-decided"))).isEqualTo("nog niet beslist");
		assertThat(browser.findAll(By.cssSelector("#project-risk-bao .chart-legend li")))
			.extracting(WebElement::getText)
			.containsExactly("Gevraagd", "Advies", "Beslist", "Besteed");
		assertThat(browser.findAll(By.cssSelector("#project-risk-bao svg.budget-chart g"))).hasSize(9);
		assertThat(smallestChartLabel(browser)).as("label size in CSS pixels at 100 %").isGreaterThanOrEqualTo(12.0);

		Dimension desktop = browser.driver().manage().window().getSize();
		try {
			browser.driver().manage().window().setSize(new Dimension(390, 844));
			browser.open("/budget/2019-2020");
			assertThat(smallestChartLabel(browser)).as("label size on a phone").isGreaterThanOrEqualTo(12.0);
			assertThat(((Number) ((JavascriptExecutor) browser.driver())
				.executeScript("return document.documentElement.scrollWidth - window.innerWidth")).intValue())
				.as("the page is not wider than the phone: %s", tooWide(browser))
				.isLessThanOrEqualTo(0);
		}
		finally {
			browser.driver().manage().window().setSize(desktop);
		}

		browser.open("/budget/2024-2025");
		assertThat(browser.isPresent(By.cssSelector(".over-envelope-box"))).isFalse();
		assertThat(browser.text(By.id("stand-beslissing"))).startsWith("De stad besliste op 30/06/2024");
	}

	private static double smallestChartLabel(Browser browser) {
		return ((Number) ((JavascriptExecutor) browser.driver()).executeScript("""
				return Math.min(...Array.from(document.querySelectorAll('svg.budget-chart text'))
				    .map((t) => t.getScreenCTM().a * parseFloat(getComputedStyle(t).fontSize)));""")).doubleValue();
	}

	/** The elements that reach past the right edge of the window, for the message. */
	private static Object tooWide(Browser browser) {
		return ((JavascriptExecutor) browser.driver()).executeScript(
				"""
						return Array.from(document.querySelectorAll('body *'))
						    .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1
						        && !e.closest('.table-responsive'))
						    .slice(-5).map((e) => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))
						    .join(', ');""");
	}

}
