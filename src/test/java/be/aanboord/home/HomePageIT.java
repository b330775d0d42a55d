package be.aanboord.home;

import java.util.List;

import be.aanboord.IntegrationTest;
import be.aanboord.SignedIn;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

@IntegrationTest
class HomePageIT {

	@Autowired
	SignedIn signedIn;

	@Test
	void theHomePageExplainsTheLabInDutch() throws Exception {
		Document page = this.signedIn.page(null, get("/"));
		assertThat(page.select("html").attr("lang")).isEqualTo("nl");
		assertThat(page.text()).contains("Iedereen aan boord").contains("12,9 %").contains("Diversiteit als kracht");
		assertThat(page.select("a[href=#inhoud]")).isNotEmpty();
		assertThat(page.select("main#inhoud")).hasSize(1);
		assertThat(page.select("a[href=/projecten/naft]")).isNotEmpty();
	}

	@Test
	void everyPageNamesItselfBeforeThePortalAndKeepsItsOwnHeadAndBreadcrumbs() throws Exception {
		Document home = this.signedIn.page(null, get("/"));
		assertThat(home.title()).isEqualTo("Welkom · Aan Boord");
		assertThat(home.select("[aria-label=Kruimelpad]")).isEmpty();
		Document toolbox = this.signedIn.page(null, get("/toolbox"));
		assertThat(toolbox.title()).isEqualTo("Toolbox · Aan Boord");
		assertThat(toolbox.select("head > link[rel=alternate][type=application/atom+xml][href=/toolbox/nieuw.atom]"))
			.hasSize(1);
		assertThat(toolbox.select("[aria-label=Kruimelpad]")).isNotEmpty();
	}

	@Test
	void theLanguageSwitchGivesEnglishAndIsRemembered() throws Exception {
		var response = this.signedIn.as(null, get("/").param("lang", "en"));
		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(page.select("html").attr("lang")).isEqualTo("en");
		assertThat(page.text()).contains("Nederlands");
		Cookie language = response.getCookie("aanboord-taal");
		assertThat(language).isNotNull();
		assertThat(this.signedIn.page(null, get("/partners").cookie(language)).select("html").attr("lang"))
			.isEqualTo("en");
	}

	@Test
	void stylesheetsAndScriptsAreServedToEveryoneAndCached() throws Exception {
		List<String> stylesheets = this.signedIn.page(null, get("/")).select("link[rel=stylesheet]").eachAttr("href");
		assertThat(stylesheets).contains("/static/css/aanboord.css")
			.anySatisfy((href) -> assertThat(href).matches("/webjars/bootstrap/[0-9.]+/css/bootstrap.min.css"));
		var css = this.signedIn.as(null, get("/static/css/aanboord.css"));
		assertThat(css.getStatus()).isEqualTo(200);
		assertThat(css.getHeader("Cache-Control")).contains("max-age=604800");
		assertThat(this.signedIn.status(null, get("/webjars/bootstrap/css/bootstrap.min.css"))).isEqualTo(200);
		assertThat(this.signedIn.status(null, get("/webjars/htmx.org/dist/htmx.min.js"))).isEqualTo(200);
	}

	@Test
	void theAccessibilityStatementIsPublished() throws Exception {
		assertThat(this.signedIn.page(null, get("/toegankelijkheid")).text()).contains("Toegankelijkheidsverklaring")
			.contains("WCAG")
			.contains("Vlaamse Ombudsdienst");
	}

	@Test
	void theHomePageLeadsToTheToolboxWithASearchBox() throws Exception {
		Document page = this.signedIn.page(null, get("/"));
		Element form = page.selectFirst("main form[role=search][action=/toolbox]");
		assertThat(form).isNotNull();
		assertThat(form.attr("method")).isEqualTo("get");
		assertThat(form.select("input[type=search][name=q]").attr("id")).isEqualTo("toolbox-q");
		assertThat(form.select("label[for=toolbox-q]").text()).isEqualTo("Zoek een infofiche");
		assertThat(form.select("button[type=submit]").text()).isEqualTo("Zoeken");
		assertThat(form.select("input[name=_csrf]")).isEmpty();
		Element toolbox = page.selectFirst("#portaal-titel + ul .portal-toolbox");
		assertThat(toolbox.text()).startsWith("De toolbox:");
		assertThat(toolbox.select("a[href=/toolbox]").text()).isEqualTo("Naar de toolbox");
		assertThat(page.select("main a.contact-link[href=/contact]").text()).isEqualTo("Contact en aanvragen");
	}

	@Test
	void theContactPageSaysWhoRunsTheLabAndHowASchoolAsksForHelp() throws Exception {
		var response = this.signedIn.as(null, get("/contact"));
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getHeader("Set-Cookie")).isNull();
		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(page.title()).isEqualTo("Contact en aanvragen · Aan Boord");
		assertThat(page.select("main h2").eachText()).containsExactly("Wie trekt het labo?",
				"Een Ris+K-traject aanvragen", "Een leerling aanmelden voor NAFT", "Wie bel je?");
		assertThat(page.select("#risk").text()).contains("ongeveer tien uur").contains("Leuvens Steunpunt");
		assertThat(page.select("#naft").text()).contains("de aanmelding gebeurt altijd door het CLB")
			.contains("verwijs-rondetafel");
		assertThat(page.select("#bellen li").eachText()).hasSize(4);
		assertThat(page.text()).doesNotContainPattern("[0-9]{3} ?[0-9]{2} ?[0-9]{2} ?[0-9]{2}").doesNotContain("@");
		Document english = this.signedIn.page(null, get("/contact").param("lang", "en"));
		assertThat(english.select("main h1").text()).isEqualTo("Contact and requests");
		assertThat(english.select("#naft h2").text()).isEqualTo("Referring a pupil to NAFT");
	}

}
