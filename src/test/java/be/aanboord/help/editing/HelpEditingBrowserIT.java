package be.aanboord.help.editing;

import be.aanboord.Browser;
import be.aanboord.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static be.aanboord.Browser.button;
import static be.aanboord.Browser.link;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a phone, an editor creates an offer (the kind pre-selects its level of care, the
 * municipalities are ticked in their own scrolling box), a visitor proposes a correction
 * from the offer's page, and the editor applies it beside the offer's form; every page
 * passes axe and fits the phone's width.
 */
@BrowserTest
class HelpEditingBrowserIT {

	@Autowired
	HelpEditingFixture fixture;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void removeTheOffers() {
		this.fixture.removeAll();
	}

	@Test
	void anEditorCreatesAnOfferOnAPhoneAndAppliesACorrectionProposedFromItsPage(Browser browser) {
		browser.phone();
		browser.loginAs("redactie");
		browser.open("/hulp/beheer");
		browser.clickToNavigate(link("Nieuw aanbod"));
		browser.type(By.id("name"), "Test Brugfiguur Heverlee");
		new Select(browser.find(By.id("kind"))).selectByValue("LOCAL_INITIATIVE");
		assertThat(new Select(browser.find(By.id("careLevel"))).getFirstSelectedOption().getAttribute("value"))
			.as("the kind pre-selects its level of care")
			.isEqualTo("INCREASED_CARE");
		WebElement leuven = browser.find(By.cssSelector("input[name=municipalityCodes][value=leuven]"));
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", leuven);
		browser.click(By.cssSelector("input[name=municipalityCodes][value=leuven]"));
		browser.type(By.id("phone"), "016 12 34 56");
		browser.clickToNavigate(button("Opslaan"));
		assertThat(browser.text(By.cssSelector(".alert-success"))).contains("opgeslagen");
		long id = Long.parseLong(browser.currentPath().replaceAll("\\D", ""));
		assertThat(this.jdbc.queryForList("select municipality_code from help_offer_municipality where offer_id = ?",
				String.class, id))
			.containsExactly("leuven");

		browser.open("/hulp/test-brugfiguur-heverlee");
		browser.clickToNavigate(By.id("correctie-voorstellen"));
		browser.type(By.id("body"), "Het nummer is nu 016 65 43 21.");
		browser.clickToNavigate(button("Correctie versturen"));
		assertThat(browser.text(By.id("correctie-ontvangen"))).startsWith("Bedankt!");

		browser.open("/hulp/beheer/correcties");
		browser.clickToNavigate(link("Het nummer is nu 016 65 43 21."));
		assertThat(browser.text(By.cssSelector(".help-correction-text"))).isEqualTo("Het nummer is nu 016 65 43 21.");
		browser.type(By.id("phone"), "016 65 43 21");
		browser.clickToNavigate(button("Toepassen"));
		assertThat(browser.text(By.cssSelector(".alert-success"))).contains("toegepast");

		browser.open("/hulp/beheer/" + id + "/geschiedenis");
		assertThat(browser.text(By.cssSelector(".help-change .badge"))).startsWith("Correctie #");
		assertThat(browser.text(By.cssSelector(".help-history"))).contains("016 12 34 56").contains("016 65 43 21");
	}

}
