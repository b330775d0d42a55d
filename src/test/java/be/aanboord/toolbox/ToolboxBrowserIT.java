package be.aanboord.toolbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import be.aanboord.Browser;
import be.aanboord.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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

	private Path pdf;

	@BeforeEach
	void aPdfToUpload() throws IOException {
		this.pdf = Files.createTempDirectory("toolbox-upload").resolve("onthaal.pdf");
		Files.write(this.pdf, TestFiles.pdf());
	}

	@AfterEach
	void removeTheFichesWrittenHere() throws IOException {
		Files.deleteIfExists(this.pdf);
		Files.deleteIfExists(this.pdf.getParent());
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

		// ticking a facet applies it at once; the focus stays on the option that was
		// ticked
		assertThat(browser.text(By.id("facets-hint")))
			.isEqualTo("Een vinkje zetten of weghalen past de filter meteen toe.");
		browser.clickToNavigate(By.cssSelector("label[for='"
				+ browser.find(By.cssSelector("input[name=doelgroep][value=CLB]")).getDomAttribute("id") + "']"));
		assertThat(browser.currentUrl()).contains("doelgroep=CLB").contains("q=ouders");
		assertThat(browser.find(By.cssSelector("input[name=doelgroep][value=CLB]")).isSelected()).isTrue();
		browser.until((driver) -> "CLB".equals(browser.focused().getDomAttribute("value")),
				() -> "the focus is not back on the ticked facet");
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
		browser.find(By.id("bestand")).sendKeys(this.pdf.toString());
		browser.clickToNavigate(button("Opslaan"));
		assertThat(browser.text(By.cssSelector("main [role=status]"))).isEqualTo("De fiche is bewaard.");
		assertThat(browser.text(By.cssSelector("#bijlagen .attachment-list li"))).contains("onthaal.pdf");

		browser.clickToNavigate(link("Voorbeeld bekijken"));
		assertThat(browser.text(HEADING)).isEqualTo("Een rustig begin van de dag");
		assertThat(browser.text(By.cssSelector(".fiche-preview .fiche-body strong"))).isEqualTo("onthaalmoment");
		assertThat(browser.text(By.cssSelector(".fiche-preview .attachments a"))).isEqualTo("onthaal.pdf");
		browser.clickToNavigate(button("Indienen bij de redactie"));
		assertThat(browser.text(By.cssSelector("main [role=status]")))
			.isEqualTo("De fiche is ingediend bij de redactie.");
		browser.clickToNavigate(button("Afmelden"));

		browser.loginAs("redactie");
		browser.open("/toolbox/redactie");
		browser.clickToNavigate(link("Een rustig begin van de dag"));
		assertThat(browser.text(By.cssSelector(".review-changes .first-version")))
			.isEqualTo("Deze fiche werd nog nooit gepubliceerd: alles is nieuw.");
		assertThat(browser.text(By.cssSelector(".review-attachments .attachment-list a"))).isEqualTo("onthaal.pdf");
		browser.click(By.cssSelector("label[for=nagekeken]"));
		browser.clickToNavigate(button("Publiceren"));
		assertThat(browser.currentPath()).isEqualTo("/toolbox/een-rustig-begin-van-de-dag");
		assertThat(browser.text(HEADING)).isEqualTo("Een rustig begin van de dag");
		assertThat(browser.text(By.cssSelector("main [role=status]"))).isEqualTo("De fiche is gepubliceerd.");
		assertThat(browser.text(By.cssSelector(".fiche-body strong"))).isEqualTo("onthaalmoment");
		assertThat(browser.find(link("Een klas zit in een kring bij het onthaal")).getDomAttribute("href"))
			.isEqualTo("https://example.org/onthaal.jpg");
		assertThat(browser.find(link("Het onthaalmoment in beeld")).getDomAttribute("href"))
			.isEqualTo("https://example.org/onthaal-film");
		assertThat(browser.text(By.cssSelector(".attachments a"))).isEqualTo("onthaal.pdf");

		// a new version in review: the editor sees what changed and confirms before
		// publishing
		this.jdbc
			.update("""
					update fiche set title = 'Een rustig begin van de schooldag',
					                 body = '## Wat?' || chr(10) || chr(10) || 'Elke ochtend een kort **onthaalmoment** in de kring.',
					                 themes = '{CLASS_CLIMATE,PARENTS}', status = 'IN_REVIEW'
					where slug = 'een-rustig-begin-van-de-dag'""");
		browser.open("/toolbox/redactie");
		browser.clickToNavigate(link("Een rustig begin van de schooldag"));
		assertThat(browser.text(By.cssSelector(".text-diff[data-field='toolbox.field.title'] .diff-added ins")))
			.isEqualTo("schooldag");
		assertThat(browser.text(By.cssSelector(".facet-added"))).isEqualTo("nieuw: Samenwerking met ouders");
		browser.click(By.cssSelector("label[for=nagekeken]"));
		browser.clickToNavigate(button("Publiceren"));
		assertThat(browser.text(HEADING)).isEqualTo("Een rustig begin van de schooldag");
	}

	@Test
	void theHomePageSearchBoxLeadsToTheToolboxResults(Browser browser) {
		browser.open("/");
		browser.type(By.id("toolbox-q"), "agressiecurve");
		browser.clickToNavigate(By.cssSelector("main form[action='/toolbox'] button[type=submit]"));
		assertThat(browser.currentPath()).isEqualTo("/toolbox");
		assertThat(browser.currentUrl()).contains("q=agressiecurve");
		assertThat(browser.find(By.id("q")).getDomProperty("value")).isEqualTo("agressiecurve");
		assertThat(browser.findAll(By.cssSelector(".fiche-results h2 a")).get(0).getText())
			.isEqualTo("Gepast reageren op moeilijk hanteerbaar gedrag met de agressiecurve in het achterhoofd");
		browser.open("/contact");
		assertThat(browser.text(HEADING)).isEqualTo("Contact en aanvragen");
	}

	@Test
	void onAPhoneTheResultsComeBeforeTheFacets(Browser browser) {
		browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
		browser.open("/toolbox");
		int results = browser.find(By.id("resultaten")).getRect().getY();
		int facets = browser.find(By.cssSelector(".toolbox-facets")).getRect().getY();
		assertThat(results).isLessThan(facets);
		browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1366, 900));
		browser.open("/toolbox");
		assertThat(browser.find(By.cssSelector(".toolbox-facets")).getRect().getX())
			.isLessThan(browser.find(By.id("resultaten")).getRect().getX());
	}

}
