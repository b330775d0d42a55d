package be.aanboord.privacy;

import be.aanboord.Browser;
import be.aanboord.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static be.aanboord.Browser.link;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The privacy notice and the register of processing on a phone: axe-core finds nothing
 * (WCAG 2.1 A and AA, as on every page the browser opens) and neither page is wider than
 * the screen; the notice's contents lead to an entry, the admin page's overview to an
 * entry's columns.
 */
@BrowserTest
class PrivacyBrowserIT {

	@Test
	void aVisitorReadsTheNoticeOnAPhone(Browser browser) {
		browser.phone().open("/");
		browser.clickToNavigate(link("Privacyverklaring"));
		assertThat(browser.currentPath()).isEqualTo("/privacy");
		browser.click(By.cssSelector("nav a[href='#REGISTRATIONS']"));
		assertThat(browser.text(By.cssSelector("section#REGISTRATIONS"))).contains("tot 12 maanden na de activiteit");
		browser.checkAccessibility();
	}

	@Test
	void theAdministratorReadsTheRegisterOnAPhone(Browser browser) {
		browser.phone().loginAs("beheerder");
		browser.open("/beheer/privacy");
		assertThat(browser.findAll(By.cssSelector("#register-overzicht tbody tr")))
			.hasSize(ProcessingActivity.values().length);
		browser.click(By.cssSelector("#register-overzicht a[href='#TRAJECTORIES']"));
		assertThat(browser.text(By.cssSelector("section#TRAJECTORIES .privacy-columns")))
			.contains("trajectory.pupil_code");
		browser.desktop().open("/beheer/privacy");
	}

}
