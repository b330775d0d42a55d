package be.aanboord.account;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import be.aanboord.Browser;
import be.aanboord.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static be.aanboord.Browser.button;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lab's administrator finds a user the login throttle locked and unlocks them, on a
 * phone.
 */
@BrowserTest
class AccountAdminBrowserIT {

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theAdminSearchesALockedUserAndUnlocksThem(Browser browser) {
		String username = this.accounts.create("een lang wachtwoord", Role.CITY);
		this.jdbc.sql("update account set locked_until = ?, display_name = 'Lotte Slot' where username = ?")
			.params(java.sql.Timestamp.from(Instant.now().plus(15, ChronoUnit.MINUTES)), username)
			.update();
		Dimension desktop = browser.driver().manage().window().getSize();
		try {
			browser.driver().manage().window().setSize(new Dimension(390, 844));
			browser.loginAs("beheerder");
			browser.open("/beheer/gebruikers");
			browser.type(By.id("zoek"), "lotte slot");
			browser.clickToNavigate(button("Zoeken"));
			assertThat(browser.currentUrl()).contains("zoek=lotte");
			assertThat(browser.text(By.cssSelector("#gebruiker-" + username + " td.lock"))).startsWith("ja, tot ");
			assertThat(((Number) ((JavascriptExecutor) browser.driver())
				.executeScript("return document.documentElement.scrollWidth - window.innerWidth")).intValue())
				.as("the list scrolls in its own box, not the page: %s", tooWide(browser))
				.isLessThanOrEqualTo(0);

			browser.clickToNavigate(button("Ontgrendel " + username));
			assertThat(browser.text(By.cssSelector("main [role=status]")))
				.isEqualTo("Het account is ontgrendeld: de gebruiker kan weer aanmelden.");
			assertThat(browser.currentUrl()).contains("zoek=lotte");
			assertThat(browser.text(By.cssSelector("#gebruiker-" + username + " td.lock"))).isEqualTo("nee");
		}
		finally {
			browser.driver().manage().window().setSize(desktop);
		}
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
