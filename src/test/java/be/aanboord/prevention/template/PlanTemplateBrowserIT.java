package be.aanboord.prevention.template;

import be.aanboord.Browser;
import be.aanboord.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static be.aanboord.Browser.button;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a phone, an editor makes a new draft of the template, edits a goal's questions and
 * sees them on the draft's page; every page passes axe and fits the phone's width.
 */
@BrowserTest
class PlanTemplateBrowserIT {

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	@AfterEach
	void onlyVersionOne() {
		this.jdbc.update("delete from plan_template where version > 1 and published_at is null");
	}

	@Test
	void anEditorMakesADraftAndEditsAGoalOnAPhone(Browser browser) {
		browser.phone();
		browser.loginAs("redactie");
		browser.open("/preventieplan/sjabloon");
		browser.clickToNavigate(By.id("nieuw-concept"));
		assertThat(browser.text(By.cssSelector(".alert-success"))).contains("nieuwe concept is klaar");
		assertThat(browser.text(By.id("status"))).startsWith("Concept");

		browser.clickToNavigate(By.xpath("//a[normalize-space(.)='Doel G0.2 bewerken']"));
		browser.find(By.id("questions")).clear();
		browser.type(By.id("questions"), "Is het inschrijvingsbeleid transparant?\nWie legt het uit aan ouders?");
		browser.clickToNavigate(button("Opslaan"));
		assertThat(browser.text(By.cssSelector(".alert-success"))).isEqualTo("Het doel is bewaard.");
		assertThat(browser.text(
				By.xpath("//article[.//span[normalize-space(.)='G0.2']]//ol[contains(@class, 'template-questions')]")))
			.contains("Wie legt het uit aan ouders?");
	}

}
