package be.aanboord.toolbox;

import be.aanboord.IntegrationTest;
import be.aanboord.SignedIn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Characters PostgreSQL or XML refuse, and page numbers out of range, in the toolbox.
 */
@IntegrationTest
class ToolboxInputIT {

	private static final String TITLE = "Rustmomenten in de klas";

	@Autowired
	MockMvc mvc;

	@Autowired
	SignedIn signedIn;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void removeTheFichesWrittenHere() {
		this.jdbc.update("delete from fiche where title like 'Rustmomenten%'");
	}

	@Test
	void aNulCharacterInTheSearchIsNoServerError() throws Exception {
		assertThat(status(get("/toolbox").param("q", "\u0000"))).isEqualTo(200);
		Document found = Jsoup.parse(this.mvc.perform(get("/toolbox").param("q", "ouders\u0000"))
			.andReturn()
			.getResponse()
			.getContentAsString());
		Document plain = Jsoup.parse(
				this.mvc.perform(get("/toolbox").param("q", "ouders")).andReturn().getResponse().getContentAsString());
		assertThat(found.select("ol.fiche-results h2").eachText()).isNotEmpty()
			.isEqualTo(plain.select("ol.fiche-results h2").eachText());
	}

	@Test
	void aPagePastTheLastShowsTheLastPageOfResults() throws Exception {
		Document last = Jsoup.parse(this.mvc.perform(get("/toolbox").param("pagina", "2147483647"))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(last.select("ol.fiche-results li")).isNotEmpty();
		assertThat(last.select(".pagination [aria-current=page]").eachText())
			.allSatisfy((position) -> assertThat(position).matches("Pagina (\\d+) van \\1"));
		assertThat(status(get("/toolbox").param("pagina", "-5"))).isEqualTo(200);
	}

	@Test
	void controlCharactersInAFicheAreNotStoredAlsoFromAMultipartForm() throws Exception {
		MockHttpServletResponse created = this.signedIn.as("partner",
				post("/toolbox/mijn-fiches/nieuw").with(csrf())
					.param("title", "Rustmomenten\u000B in de\u0000 klas")
					.param("summary", "Korte\u0008 samenvatting\uFFFE van de fiche.")
					.param("body", "Eerste alinea.\u000C\r\n\r\nTweede\u0001 alinea.")
					.param("themes", "CLASS_CLIMATE")
					.param("phases", "PHASE_0")
					.param("levels", "PRIMARY")
					.param("audiences", "TEACHER")
					.param("licence", "CC_BY_SA")
					.param("version", "0"));
		assertThat(created.getStatus()).isEqualTo(302);
		long id = Long.parseLong(created.getRedirectedUrl().replace("/toolbox/mijn-fiches/", ""));
		var fiche = this.jdbc.queryForMap("select title, summary, body from fiche where id = ?", id);
		assertThat(fiche.get("title")).isEqualTo(TITLE);
		assertThat(fiche.get("summary")).isEqualTo("Korte samenvatting van de fiche.");
		assertThat(fiche.get("body")).isEqualTo("Eerste alinea.\r\n\r\nTweede alinea.");

		// the edit form is sent as multipart/form-data: its text fields are cleaned too
		MockHttpServletResponse edited = this.signedIn.as("partner",
				multipart("/toolbox/mijn-fiches/" + id).with(csrf())
					.param("title", "Rustmomenten\u000B in de\u0000 klas, herwerkt")
					.param("summary", "Korte samenvatting van de fiche.")
					.param("body", "Tekst.")
					.param("themes", "CLASS_CLIMATE")
					.param("phases", "PHASE_0")
					.param("levels", "PRIMARY")
					.param("audiences", "TEACHER")
					.param("licence", "CC_BY_SA")
					.param("version", String.valueOf(
							this.jdbc.queryForObject("select version from fiche where id = ?", Integer.class, id))));
		assertThat(edited.getStatus()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject("select title from fiche where id = ?", String.class, id))
			.isEqualTo(TITLE + ", herwerkt");
	}

	private int status(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getStatus();
	}

}
