package be.aanboord.budget;

import be.aanboord.Browser;
import be.aanboord.BrowserTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

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
	}

}
