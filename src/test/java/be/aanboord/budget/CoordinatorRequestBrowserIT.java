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
 * A coordinator drafts a funding request in the browser: budget lines that do not add up
 * are refused next to the field with the input kept, then corrected and saved.
 */
@BrowserTest
class CoordinatorRequestBrowserIT {

	@Autowired
	BudgetFixture fixture;

	@BeforeEach
	void freshYear() {
		this.fixture.freshYear();
	}

	@Test
	void aCoordinatorDraftsARequestAndCorrectsBudgetLinesThatDoNotAddUp(Browser browser) {
		browser.loginAs("coordinator");
		browser.clickToNavigate(By.cssSelector("header nav a[href='/budget']"));
		assertThat(browser.isPresent(link("Budgetadvies 2019-2020"))).isFalse();
		browser.clickToNavigate(link("Aanvraag indienen voor Ris+K basisonderwijs (2026-2027)"));

		browser.type(By.id("requested"), "30.000,00");
		browser.type(By.id("personnel"), "20.000");
		browser.type(By.id("operations"), "5.000");
		browser.type(By.id("motivation"), "Trajecten in 19 basisscholen.");
		browser.clickToNavigate(button("Opslaan"));

		assertThat(browser.text(By.id("requested-fout"))).isEqualTo(
				"De budgetlijnen tellen op tot € 25.000,00, maar het gevraagde bedrag is € 30.000,00. Pas de lijnen of het bedrag aan.");
		assertThat(browser.find(By.id("personnel")).getDomProperty("value")).isEqualTo("20.000");
		browser.type(By.id("training"), "5.000");
		browser.clickToNavigate(button("Opslaan"));

		assertThat(browser.text(By.cssSelector("main [role=status]"))).isEqualTo("De aanvraag is bewaard.");
		assertThat(this.fixture.amount(2026, "RISK_BAO", "requested")).isEqualTo("30000.00");
		assertThat(this.fixture.amount(2026, "RISK_BAO", "training")).isEqualTo("5000.00");
	}

}
