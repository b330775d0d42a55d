package be.aanboord.toolbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import be.aanboord.Browser;
import be.aanboord.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static be.aanboord.Browser.button;
import static be.aanboord.Browser.link;
import static org.assertj.core.api.Assertions.assertThat;

/** The toolbox journeys in a real browser, each page checked with axe-core. */
@BrowserTest
class ToolboxBrowserIT {

	private static final By HEADING = By.cssSelector("main h1");

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ToolboxCache cache;

	@AfterEach
	void removeTheFichesWrittenHere() {
		this.jdbc
			.update("delete from fiche where contributor_id = (select id from account where username = 'partner')");
		this.jdbc.execute("refresh materialized view fiche_word");
		this.cache.clear();
	}

	@Test
	void aVisitorSearchesNarrowsWithAFacetOpensAFicheAndDownloadsItsPdf(Browser browser) throws Exception {
		browser.open("/toolbox");
		assertThat(browser.text(By.cssSelector(".result-count"))).isEqualTo("18 fiches");

		browser.type(By.id("q"), "ouders");
		browser.clickToNavigate(By.cssSelector("form[role=search] button[type=submit].btn-primary"));
		assertThat(browser.currentUrl()).contains("q=ouders");
		assertThat(browser.findAll(By.cssSelector(".fiche-results h2 a")).get(0).getText())
			.isEqualTo("Samenwerking tussen school en ouders verbeteren");

		browser.click(By.cssSelector("label[for='"
				+ browser.find(By.cssSelector("input[name=doelgroep][value=CLB]")).getDomAttribute("id") + "']"));
		browser.clickToNavigate(button("Filters toepassen"));
		assertThat(browser.currentUrl()).contains("doelgroep=CLB");
		assertThat(browser.findAll(By.cssSelector(".fiche-results h2 a"))).extracting((a) -> a.getText())
			.doesNotContain("Samenwerking tussen school en ouders verbeteren")
			.contains("Dialoogdocument ouders: in gesprek over een spijbelende leerling");

		browser.clickToNavigate(link("Dialoogdocument ouders: in gesprek over een spijbelende leerling"));
		assertThat(browser.text(HEADING)).isEqualTo("Dialoogdocument ouders: in gesprek over een spijbelende leerling");
		String pdf = browser.find(link("Download als PDF")).getDomProperty("href");
		HttpResponse<byte[]> download = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(pdf)).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(new String(download.body(), 0, 5)).isEqualTo("%PDF-");
	}

	@Test
	void aPartnerSubmitsAFicheAndAnEditorPublishesIt(Browser browser) {
		browser.loginAs("partner");
		browser.open("/toolbox");
		browser.clickToNavigate(link("Mijn fiches"));
		browser.clickToNavigate(link("Nieuwe fiche"));
		browser.type(By.id("title"), "Een rustig begin van de dag");
		browser.type(By.id("summary"), "Een vast onthaalmoment brengt rust in de klas.");
		browser.type(By.id("body"), "## Wat?\n\nElke ochtend een kort **onthaalmoment**.");
		for (String value : new String[] { "CLASS_CLIMATE", "PHASE_0", "PRIMARY", "TEACHER" }) {
			String id = browser.find(By.cssSelector("input[type=checkbox][value=" + value + "]")).getDomAttribute("id");
			browser.click(By.cssSelector("label[for='" + id + "']"));
		}
		browser.type(By.id("images-0-url"), "https://example.org/onthaal.jpg");
		browser.type(By.id("images-0-text"), "Een klas zit in een kring bij het onthaal");
		browser.type(By.id("videos-0-url"), "https://example.org/onthaal-film");
		browser.clickToNavigate(button("Opslaan"));
		assertThat(browser.text(By.id("videos-0-text-fout"))).isEqualTo("Geef de titel van de video.");
		assertThat(browser.find(By.id("videos-0-url")).getDomProperty("value"))
			.isEqualTo("https://example.org/onthaal-film");
		browser.type(By.id("videos-0-text"), "Het onthaalmoment in beeld");
		browser.clickToNavigate(button("Opslaan"));
		assertThat(browser.text(By.cssSelector("main [role=status]"))).isEqualTo("De fiche is bewaard.");
		browser.clickToNavigate(button("Indienen bij de redactie"));
		assertThat(browser.text(By.cssSelector("main [role=status]")))
			.isEqualTo("De fiche is ingediend bij de redactie.");
		browser.clickToNavigate(button("Afmelden"));

		browser.loginAs("redactie");
		browser.open("/toolbox/redactie");
		browser.clickToNavigate(link("Een rustig begin van de dag"));
		browser.clickToNavigate(button("Publiceren"));
		assertThat(browser.currentPath()).isEqualTo("/toolbox/een-rustig-begin-van-de-dag");
		assertThat(browser.text(HEADING)).isEqualTo("Een rustig begin van de dag");
		assertThat(browser.text(By.cssSelector("main [role=status]"))).isEqualTo("De fiche is gepubliceerd.");
		assertThat(browser.text(By.cssSelector(".fiche-body strong"))).isEqualTo("onthaalmoment");
		assertThat(browser.find(link("Een klas zit in een kring bij het onthaal")).getDomAttribute("href"))
			.isEqualTo("https://example.org/onthaal.jpg");
		assertThat(browser.find(link("Het onthaalmoment in beeld")).getDomAttribute("href"))
			.isEqualTo("https://example.org/onthaal-film");
	}

}
