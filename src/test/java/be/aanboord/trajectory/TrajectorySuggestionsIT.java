package be.aanboord.trajectory;

import java.util.List;
import java.util.Set;

import be.aanboord.IntegrationTest;
import be.aanboord.SignedIn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A trajectory's page suggests help offers and fiches by the rule of
 * {@link TrajectorySuggestions}: every suggestion is checked against the rule in the
 * database, not against a fixed list.
 */
@IntegrationTest
class TrajectorySuggestionsIT {

	@Autowired
	SignedIn signedIn;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void aRisKTrajectoryGetsTheSchoolsOwnLevelsOfCareAndFichesAboutItsQuestion() throws Exception {
		long id = trajectory("RISK", "PREVENTIVE");
		Document page = Jsoup
			.parse(this.signedIn.as("beheerder", get("/trajecten/" + id + "/suggesties")).getContentAsString());
		List<String> offers = slugs(page, "ul.suggested-offers a[href^=/hulp/]", "/hulp/");
		assertThat(offers).isNotEmpty().hasSizeLessThanOrEqualTo(TrajectorySuggestions.OFFERS);
		String municipality = municipalityOfSchool(id);
		assertThat(page.select("#suggesties h3").first().text()).contains(municipalityName(municipality));
		for (String slug : offers) {
			assertThat(careLevel(slug)).isIn("BASIC_CARE", "INCREASED_CARE", "EXTENDED_CARE");
			assertThat(serves(slug, municipality, level(id))).as(slug).isTrue();
		}
		List<String> fiches = slugs(page, "ul.suggested-fiches a", "/toolbox/");
		assertThat(fiches).isNotEmpty().hasSizeLessThanOrEqualTo(TrajectorySuggestions.FICHES);
		for (String slug : fiches) {
			assertThat(ficheThemes(slug)).containsAnyOf("CLASS_CLIMATE", "WELLBEING", "RELATIONSHIP");
		}
		assertThat(page.text()).contains("niets over de leerling");
	}

	@Test
	void aNaftTrajectoryGetsTheHelpThroughTheClbAndTheStepToWork() throws Exception {
		long id = this.jdbc.sql("""
				select t.id from trajectory t join school s on s.id = t.school_id
				where t.kind = 'NAFT' and s.postal_code like '30%' order by t.id limit 1""").query(Long.class).single();
		Document page = Jsoup
			.parse(this.signedIn.as("beheerder", get("/trajecten/" + id + "/suggesties")).getContentAsString());
		List<String> offers = slugs(page, "ul.suggested-offers a[href^=/hulp/]", "/hulp/");
		assertThat(offers).isNotEmpty();
		assertThat(offers.stream().map(this::careLevel))
			.allMatch(Set.of("EXTENDED_CARE", "THROUGH_CLB", "STEP_TO_WORK")::contains);
		assertThat(page.select("ul.suggested-fiches a")).isNotEmpty();
	}

	@Test
	void theTrajectorysPageLoadsTheSuggestionsWhenTheyComeIntoViewAndWithoutJavaScriptByALink() throws Exception {
		long id = trajectory("RISK", "CURATIVE");
		Document page = Jsoup.parse(this.signedIn.as("beheerder", get("/trajecten/" + id)).getContentAsString());
		Element section = page.selectFirst("section#suggesties");
		assertThat(section.attr("hx-get")).isEqualTo("/trajecten/" + id + "/suggesties");
		assertThat(section.attr("hx-trigger")).isEqualTo("revealed");
		assertThat(section.select("a[href=/trajecten/" + id + "/suggesties]")).hasSize(1);
		String fragment = this.signedIn
			.as("beheerder", get("/trajecten/" + id + "/suggesties").header("HX-Request", "true"))
			.getContentAsString();
		assertThat(fragment).startsWith("<section id=\"suggesties\"").doesNotContain("<html");
	}

	@Test
	void aLoadInTheBackgroundAfterTheSessionEndedDoesNotTakeTheUserAwayFromThePage() throws Exception {
		long id = trajectory("RISK", "CURATIVE");
		MockHttpServletResponse background = this.mvc
			.perform(get("/trajecten/" + id + "/suggesties").header("HX-Request", "true")
				.header("Aanboord-Background-Load", "true"))
			.andReturn()
			.getResponse();
		assertThat(background.getStatus()).isEqualTo(401);
		assertThat(background.getHeader("HX-Redirect")).isNull();
		assertThat(background.getContentAsString()).doesNotContain("suggested-offers");
		MockHttpServletResponse asked = this.mvc
			.perform(get("/trajecten/" + id + "/suggesties").header("HX-Request", "true"))
			.andReturn()
			.getResponse();
		assertThat(asked.getStatus()).isEqualTo(401);
		assertThat(asked.getHeader("HX-Redirect")).isEqualTo("/login");
	}

	@Test
	void someoneWhoMayNotReadTheTrajectoryGetsNotFound() throws Exception {
		long id = this.jdbc.sql("""
				select t.id from trajectory t
				where t.partner_id is distinct from (select organisation_id from account where username = 'partner')
				order by t.id limit 1""").query(Long.class).single();
		MockHttpServletResponse response = this.signedIn.as("partner", get("/trajecten/" + id + "/suggesties"));
		assertThat(response.getStatus()).isEqualTo(404);
		assertThat(response.getContentAsString()).doesNotContain("suggested-offers");
	}

	private long trajectory(String kind, String questionType) {
		return this.jdbc.sql("""
				select t.id from trajectory t join school s on s.id = t.school_id
				where t.kind = ? and t.question_type = ? and s.postal_code like '30%' order by t.id limit 1""")
			.params(kind, questionType)
			.query(Long.class)
			.single();
	}

	private static List<String> slugs(Document page, String selector, String prefix) {
		return page.select(selector).stream().map((a) -> a.attr("href").substring(prefix.length())).toList();
	}

	private String municipalityOfSchool(long trajectoryId) {
		return this.jdbc.sql("""
				select m.municipality_code from trajectory t join school s on s.id = t.school_id
				join municipality_postal_code m on m.postal_code = s.postal_code where t.id = ?""")
			.param(trajectoryId)
			.query(String.class)
			.single();
	}

	private String municipalityName(String code) {
		return this.jdbc.sql("select name from municipality where code = ?").param(code).query(String.class).single();
	}

	private String level(long trajectoryId) {
		return this.jdbc.sql("select level from trajectory where id = ?")
			.param(trajectoryId)
			.query(String.class)
			.single();
	}

	private String careLevel(String slug) {
		return this.jdbc.sql("select care_level from help_offer where slug = ?")
			.param(slug)
			.query(String.class)
			.single();
	}

	private boolean serves(String slug, String municipality, String level) {
		String helpLevel = switch (level) {
			case "SO" -> "SO";
			case "BUBAO", "BUSO" -> "BUO";
			default -> "BAO";
		};
		return this.jdbc.sql("""
				select (o.flanders_wide or exists (select 1 from help_offer_municipality m
				                                  where m.offer_id = o.id and m.municipality_code = ?))
				       and (cardinality(o.levels) = 0 or o.levels @> array[cast(? as varchar)])
				from help_offer o where o.slug = ? and o.status = 'PUBLISHED'""")
			.params(municipality, helpLevel, slug)
			.query(Boolean.class)
			.single();
	}

	private List<String> ficheThemes(String slug) {
		return this.jdbc.sql("select unnest(themes) from published_fiche where slug = ?")
			.param(slug)
			.query(String.class)
			.list();
	}

}
