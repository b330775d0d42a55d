package be.aanboord.home;

import be.aanboord.IntegrationTest;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

@IntegrationTest
class HomePageIT {

	@Autowired
	MockMvc mvc;

	@Test
	void theHomePageExplainsTheLabInDutch() throws Exception {
		String page = this.mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("<html lang=\"nl\"")
			.contains("Iedereen aan boord")
			.contains("12,9 %")
			.contains("Diversiteit als kracht")
			.contains("href=\"#inhoud\"")
			.contains("<main id=\"inhoud\"")
			.contains("href=\"/projecten/naft\"");
	}

	@Test
	void everyPageNamesItselfBeforeThePortalAndKeepsItsOwnHeadAndBreadcrumbs() throws Exception {
		assertThat(this.mvc.perform(get("/")).andReturn().getResponse().getContentAsString())
			.contains("<title>Welkom · Aan Boord</title>")
			.doesNotContain("aria-label=\"Kruimelpad\"");
		String toolbox = this.mvc.perform(get("/toolbox")).andReturn().getResponse().getContentAsString();
		assertThat(toolbox).contains("<title>Toolbox · Aan Boord</title>")
			.contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/toolbox/nieuw.atom\"")
			.contains("aria-label=\"Kruimelpad\"");
		assertThat(toolbox.indexOf("application/atom+xml")).isLessThan(toolbox.indexOf("</head>"));
	}

	@Test
	void theLanguageSwitchGivesEnglishAndIsRemembered() throws Exception {
		var response = this.mvc.perform(get("/").param("lang", "en")).andReturn().getResponse();
		assertThat(response.getContentAsString()).contains("<html lang=\"en\"").contains("Nederlands");
		Cookie language = response.getCookie("aanboord-taal");
		assertThat(language).isNotNull();
		assertThat(this.mvc.perform(get("/partners").cookie(language)).andReturn().getResponse().getContentAsString())
			.contains("<html lang=\"en\"");
	}

	@Test
	void stylesheetsAndScriptsAreServedToEveryoneAndCached() throws Exception {
		String page = this.mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("href=\"/static/css/aanboord.css\"")
			.containsPattern("href=\"/webjars/bootstrap/[0-9.]+/css/bootstrap.min.css\"");
		var css = this.mvc.perform(get("/static/css/aanboord.css")).andReturn().getResponse();
		assertThat(css.getStatus()).isEqualTo(200);
		assertThat(css.getHeader("Cache-Control")).contains("max-age=604800");
		assertThat(
				this.mvc.perform(get("/webjars/bootstrap/css/bootstrap.min.css")).andReturn().getResponse().getStatus())
			.isEqualTo(200);
		assertThat(this.mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andReturn().getResponse().getStatus())
			.isEqualTo(200);
	}

	@Test
	void theAccessibilityStatementIsPublished() throws Exception {
		assertThat(this.mvc.perform(get("/toegankelijkheid")).andReturn().getResponse().getContentAsString())
			.contains("Toegankelijkheidsverklaring")
			.contains("WCAG")
			.contains("Vlaamse Ombudsdienst");
	}

	@Test
	void theHomePageLeadsToTheToolboxWithASearchBox() throws Exception {
		Document page = Jsoup.parse(this.mvc.perform(get("/")).andReturn().getResponse().getContentAsString());
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
		var response = this.mvc.perform(get("/contact")).andReturn().getResponse();
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
		Document english = Jsoup.parse(
				this.mvc.perform(get("/contact").param("lang", "en")).andReturn().getResponse().getContentAsString());
		assertThat(english.select("main h1").text()).isEqualTo("Contact and requests");
		assertThat(english.select("#naft h2").text()).isEqualTo("Referring a pupil to NAFT");
	}

}
