package be.aanboord.help.card;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import be.aanboord.Browser;
import be.aanboord.BrowserTest;
import be.aanboord.PdfInspection;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A teacher on a phone looks for the help serving their school's municipality, makes the
 * card of their school, ticks the CLB they work with and fills in its contact person,
 * prints the card as a PDF, and opens it again from its private link in a fresh browser
 * session. Every page is checked with axe and at 390 px.
 */
@BrowserTest
class HelpCardBrowserIT {

	private static final String CLB = "Vrij CLB Leuven";

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void removeTheCards() {
		this.jdbc.update("delete from help_card where token_hash <> decode(?, 'hex')", CardFixture.DEMO_TOKEN_HASH);
	}

	@Test
	void aTeacherFindsHelpForTheirMunicipalityMakesTheCardPrintsItAndOpensItAgain(Browser browser) throws Exception {
		browser.phone().open("/hulp");
		new Select(browser.find(By.id("gemeente"))).selectByVisibleText("Leuven");
		browser.clickToNavigate(Browser.button("Zoek"));
		assertThat(browser.currentUrl()).contains("gemeente=leuven");
		assertThat(browser.text(By.cssSelector("main"))).contains("hulpaanbiedingen gevonden",
				"Stad Leuven – Afdeling Onderwijs");

		browser.open("/hulp/kaart");
		assertThat(browser.text(By.cssSelector("main h1"))).isEqualTo("Maak je eigen kaart");
		new Select(browser.find(By.id("schoolId"))).selectByVisibleText("Basisschool De Linde (fictief) (Heverlee)");
		browser.clickToNavigate(Browser.button("Maak de kaart"));
		assertThat(browser.currentPath()).matches("/hulp/kaart/[A-Za-z0-9_-]{43}");
		assertThat(browser.text(By.id("kaart-gemaakt"))).contains("De kaart is gemaakt");

		String offer = "//fieldset[legend[normalize-space(.)='" + CLB + "']]";
		WebElement tick = browser.find(By.xpath(offer + "//input[@type='checkbox']"));
		browser.click(By.cssSelector("label[for='" + tick.getAttribute("id") + "']"));
		browser.type(By.xpath(offer + "//input[contains(@id, '-person')]"), "Ilse Kaarttest");
		browser.type(By.xpath(offer + "//input[contains(@id, '-phone')]"), "016 12 34 56");
		browser.clickToNavigate(Browser.button("Bewaar de kaart"));
		assertThat(browser.text(By.id("kaart-bewaard"))).isEqualTo("De kaart is bewaard.");
		assertThat(browser.text(By.cssSelector(".help-card-sheet"))).contains(CLB, "Ilse Kaarttest", "016 12 34 56");

		String pdfAddress = browser.find(By.id("kaart-pdf")).getAttribute("href");
		HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(pdfAddress)).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		PdfInspection printed = new PdfInspection(pdf.body());
		assertThat(printed.pages()).isEqualTo(1);
		assertThat(printed.text()).contains("Basisschool De Linde (fictief)", CLB, "Ilse Kaarttest");

		String link = browser.find(By.id("kaart-link")).getAttribute("value");
		String path = URI.create(link).getPath();
		browser.driver().manage().deleteAllCookies();
		browser.open(path);
		assertThat(browser.text(By.cssSelector("main h1"))).contains("Basisschool De Linde (fictief)");
		assertThat(browser.text(By.cssSelector(".help-card-sheet"))).contains(CLB, "Ilse Kaarttest");
		assertThat(browser.find(By.xpath(offer + "//input[@type='checkbox']")).isSelected()).isTrue();
	}

}
