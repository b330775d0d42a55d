package be.aanboord.agenda;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import be.aanboord.Browser;
import be.aanboord.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A teacher reads the public agenda on a phone and on a wide screen: the list, the past
 * activities, the month view and an activity with its programme. Every page is checked
 * with axe and for what sticks out of the phone's screen.
 */
@BrowserTest
class AgendaBrowserIT {

	@Test
	void theAgendaItsMonthViewAndAnActivityReadWellOnAPhoneAndOnAWideScreen(Browser browser) {
		for (Browser view : new Browser[] { browser.phone(), browser.desktop() }) {
			view.open("/agenda");
			assertThat(view.text(By.cssSelector("main h1"))).isEqualTo("Agenda");
			assertThat(view.text(By.cssSelector("main"))).contains("Leerlabo");

			view.clickToNavigate(Browser.link("Voorbije activiteiten"));
			assertThat(view.text(By.cssSelector("main"))).contains("Meet & Greet");

			view.open("/agenda/maand?maand=2026-06");
			assertThat(view.text(By.cssSelector("main"))).contains("juni 2026").contains("Meet & Greet");

			view.open("/agenda/meet-and-greet-2026");
			assertThat(view.text(By.cssSelector("main h1"))).contains("Meet & Greet");
			assertThat(view.text(By.cssSelector("main"))).contains("Workshop");
		}
	}

}
