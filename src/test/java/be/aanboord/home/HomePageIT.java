package be.aanboord.home;

import be.aanboord.IntegrationTest;
import jakarta.servlet.http.Cookie;
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

}
