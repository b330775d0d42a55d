package be.aanboord.account;

import be.aanboord.Browser;
import be.aanboord.BrowserTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import static be.aanboord.Browser.button;
import static be.aanboord.Browser.link;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each kind of visitor sees and can reach, in a real browser; every page on the way
 * is checked with axe-core by {@link Browser}.
 */
@BrowserTest
class CoordinatorNavigationBrowserIT {

	private static final By MAIN_NAV = By.cssSelector("header nav");

	private static final By HEADING = By.cssSelector("main h1");

	@Test
	void coordinatorSeesTheNavigationOfTheRoleAndTheirProjectsThenLogsOut(Browser browser) {
		browser.loginAs("coordinator");

		assertThat(browser.currentPath()).isEqualTo("/start");
		assertThat(browser.text(HEADING)).isEqualTo("Welkom, Koen Coördinator (demo)");
		WebElement nav = browser.find(MAIN_NAV);
		assertThat(nav.findElements(link("Mijn projecten"))).singleElement()
			.satisfies(
					(myProjects) -> assertThat(myProjects.getDomAttribute("href")).endsWith("/start#mijn-projecten"));
		assertThat(nav.findElements(link("Gebruikers"))).isEmpty();
		assertThat(browser.findAll(By.cssSelector("section[aria-labelledby=mijn-projecten] tbody th a")))
			.extracting(WebElement::getText)
			.containsExactly("Ris+K basisonderwijs", "Ris+K secundair onderwijs");

		browser.clickToNavigate(button("Afmelden"));

		assertThat(browser.currentPath()).isEqualTo("/");
		assertThat(browser.text(By.cssSelector("main [role=status]"))).isEqualTo("Je bent afgemeld.");
		assertThat(browser.text(HEADING)).isEqualTo("Iedereen aan boord");
		assertThat(browser.find(MAIN_NAV).findElements(link("Aanmelden"))).hasSize(1);
		assertThat(browser.isPresent(link("Mijn projecten"))).isFalse();
		assertThat(browser.isPresent(button("Afmelden"))).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/projecten", "/projecten/risk-bao", "/partners", "/toegankelijkheid", "/login" })
	void anonymousVisitorReadsEveryPublicPage(String path, Browser browser) {
		browser.open(path);

		assertThat(browser.currentPath()).isEqualTo(path);
		assertThat(browser.text(HEADING)).isNotBlank();
		assertThat(browser.find(MAIN_NAV).findElements(link("Aanmelden"))).hasSize(1);
		assertThat(browser.isPresent(button("Afmelden"))).isFalse();
	}

	@Test
	void adminSeesAndOpensAccountManagement(Browser browser) {
		browser.loginAs("beheerder");

		WebElement nav = browser.find(MAIN_NAV);
		assertThat(nav.findElements(link("Gebruikers"))).hasSize(1);
		assertThat(nav.findElements(link("Mijn projecten"))).isEmpty();

		browser.clickToNavigate(link("Gebruikers"));
		assertThat(browser.currentPath()).isEqualTo("/beheer/gebruikers");
		assertThat(browser.text(HEADING)).isEqualTo("Gebruikers");
		assertThat(browser.findAll(By.cssSelector("main table tbody td:first-child a"))).extracting(WebElement::getText)
			.contains("beheerder", "coordinator", "partner", "redactie", "stad");

		browser.clickToNavigate(link("Nieuwe gebruiker"));
		assertThat(browser.currentPath()).isEqualTo("/beheer/gebruikers/nieuw");
		assertThat(browser.text(HEADING)).isEqualTo("Nieuwe gebruiker");
		assertThat(browser.find(By.cssSelector("label[for=username]")).getText()).isEqualTo("Gebruikersnaam");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/projecten/risk-bao" })
	void skipLinkIsTheFirstStopOfTheKeyboardAndMovesFocusToTheContent(String path, Browser browser) {
		browser.open(path);

		browser.press(Keys.TAB);
		WebElement skipLink = browser.focused();
		assertThat(skipLink.getText()).isEqualTo("Naar de inhoud");
		assertThat(skipLink.getDomAttribute("href")).isEqualTo("#inhoud");
		assertThat(skipLink.isDisplayed()).isTrue();
		assertThat(skipLink.getRect().getY()).as("the focused skip link is on screen").isNotNegative();
		browser.checkAccessibility(); // now that the skip link shows, its contrast counts
										// too

		browser.press(Keys.ENTER);
		WebElement content = browser.focused();
		assertThat(content.getTagName()).isEqualTo("main");
		assertThat(content.getDomAttribute("id")).isEqualTo("inhoud");
	}

}
