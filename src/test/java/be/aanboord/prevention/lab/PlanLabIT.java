package be.aanboord.prevention.lab;

import java.util.List;
import java.util.Map;
import java.util.Set;

import be.aanboord.IntegrationTest;
import be.aanboord.SignedIn;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The lab's figures over shared plans, on schools and plans of the test's own (school
 * years 2040 and 2041, which nothing else uses): averages to the decimal in the Belgian
 * format, counts and focus goals; every figure based on fewer than five schools
 * suppressed, also when levels are combined; unshared plans never counted; the year and
 * level filters; bad parameters; who may see the page; never a school's name.
 */
@IntegrationTest
class PlanLabIT {

	private static final String PREFIX = "Labotestschool ";

	@Autowired
	SignedIn signedIn;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlanAggregates aggregates;

	private long templateId;

	private int schools;

	@BeforeEach
	void plans() {
		removeTheSchools();
		this.templateId = this.jdbc.queryForObject(
				"select id from plan_template where published_at is not null order by version desc limit 1",
				Long.class);
		// 2040, BAO: six shared plans. G0.1 rated by all six (7,7,8,6,9,8: 7,5), G0.2 by
		// five (6,7,5,8,6: 6,4), G0.3 by four only; G1.1 by five (3,4,4,5,5: 4,2); G1.2
		// by all six (each 6). Focus: G0.1 in six plans, G0.2 in five, G0.3 in two.
		int[][] bao = { { 7, 6, 5, 3, 6 }, { 7, 7, 5, 4, 6 }, { 8, 5, 5, 4, 6 }, { 6, 8, 5, 5, 6 }, { 9, 6, -1, 5, 6 },
				{ 8, -1, -1, -1, 6 } };
		for (int i = 0; i < bao.length; i++) {
			plan("BAO", 2040, true, Map.of("G0.1", bao[i][0], "G0.2", bao[i][1], "G0.3", bao[i][2], "G1.1", bao[i][3],
					"G1.2", bao[i][4]), (i < 5) ? Set.of("G0.1", "G0.2") : Set.of("G0.1", "G0.3"));
		}
		// the same schools' plans for 2041: five of them share, all G0.1 = 8
		// (by new schools: one plan per school and year)
		for (int i = 0; i < 5; i++) {
			plan("BAO", 2041, true, Map.of("G0.1", 8), Set.of());
		}
		// 2040, BUSO: five shared plans, G0.1 = 2,2,2,2,3, G1.2 rated by two of them (1)
		for (int i = 0; i < 5; i++) {
			plan("BUSO", 2040, true, (i < 2) ? Map.of("G0.1", 2, "G1.2", 1) : Map.of("G0.1", (i == 4) ? 3 : 2),
					Set.of("G0.1"));
		}
		// 2040, SO: four shared plans (too few: the level counts nowhere)
		for (int i = 0; i < 4; i++) {
			plan("SO", 2040, true, Map.of("G0.1", 1, "G0.2", 1), Set.of("G0.2"));
		}
		// 2040, BAO: three plans not shared (never counted)
		for (int i = 0; i < 3; i++) {
			plan("BAO", 2040, false, Map.of("G0.1", 0, "G0.2", 0, "G0.3", 0), Set.of("G0.3"));
		}
		this.aggregates.forget();
	}

	@AfterEach
	void removeTheSchools() {
		this.jdbc.update("delete from school where name like ?", PREFIX + "%");
		this.aggregates.forget();
	}

	private void plan(String level, int year, boolean shared, Map<String, Integer> ratings, Set<String> focus) {
		this.schools++;
		long school = this.jdbc.queryForObject(
				"insert into school (name, level, network) values (?, ?, 'GO') returning id", Long.class,
				PREFIX + this.schools + " (fictief)", level);
		long plan = this.jdbc.queryForObject("insert into prevention_plan (school_id, start_year, template_id, shared)"
				+ " values (?, ?, ?, ?) returning id", Long.class, school, year, this.templateId, shared);
		Set<String> codes = new java.util.TreeSet<>(ratings.keySet());
		codes.addAll(focus);
		for (String code : codes) {
			Integer rating = ratings.get(code);
			this.jdbc.update(
					"insert into plan_goal_entry (plan_id, goal_id, rating, focus)"
							+ " select ?, id, ?, ? from plan_goal where template_id = ? and code = ?",
					plan, (rating == null || rating < 0) ? null : rating, focus.contains(code), this.templateId, code);
		}
	}

	private Document lab(String query) throws Exception {
		MockHttpServletResponse response = this.signedIn.as("coordinator", get("/preventieplan/labo" + query));
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).doesNotContain(PREFIX.strip());
		return org.jsoup.Jsoup.parse(response.getContentAsString());
	}

	private static Element goal(Document page, String code) {
		Element row = page.selectFirst("table.lab-goals tr[data-code=\"" + code + "\"]");
		assertThat(row).as("row of %s", code).isNotNull();
		return row;
	}

	private static List<String> cells(Element row) {
		return row.select("td").eachText();
	}

	private static String levelCount(Document page, String level) {
		return page.select("table.lab-levels tbody tr")
			.stream()
			.filter((row) -> row.selectFirst("th").text().equals(level))
			.findFirst()
			.orElseThrow()
			.selectFirst("td")
			.text();
	}

	@Test
	void averagesAndCountsOfOneLevelToTheDecimal() throws Exception {
		Document page = lab("?schooljaar=2040-2041&niveau=BAO");
		assertThat(page.selectFirst("h1").text()).contains("2040-2041");
		assertThat(page.select("#lab-niveau option[selected]").attr("value")).isEqualTo("BAO");
		assertThat(page.select("table.lab-levels tfoot td").text()).isEqualTo("6");
		// phase, average, schools that rated, focus
		assertThat(cells(goal(page, "G0.1"))).containsExactly("Fase 0: brede basiszorg", "7,5", "6", "6");
		assertThat(goal(page, "G0.1").selectFirst("th").text()).isEqualTo("G0.1 verbindend schoolklimaat");
		assertThat(cells(goal(page, "G0.2")).subList(1, 4)).containsExactly("6,4", "5", "5");
		// rated by four schools of six plans; focus in one plan
		assertThat(cells(goal(page, "G0.3")).subList(1, 4)).containsExactly("< 5", "< 5", "< 5");
		assertThat(cells(goal(page, "G1.1")).subList(1, 4)).containsExactly("4,2", "5", "0");
		assertThat(cells(goal(page, "G1.2")).subList(1, 3)).containsExactly("6", "6");
		assertThat(cells(goal(page, "G3.2")).subList(1, 4)).containsExactly("geen scores", "0", "0");
		// most chosen focus goals, the suppressed one left out
		assertThat(page.select("ol.lab-focus-ranking li").eachAttr("data-code")).containsExactly("G0.1", "G0.2");
		assertThat(page.select("ol.lab-focus-ranking li").first().text())
			.isEqualTo("G0.1 verbindend schoolklimaat: 6 plannen");
		assertThat(page.selectFirst("#lab-suppression").text()).startsWith("< 5: gebaseerd op minder dan 5 scholen");
	}

	@Test
	void allLevelsCountOnlyLevelsWithFivePlansAndNeverUnsharedPlans() throws Exception {
		Document page = lab("?schooljaar=2040-2041");
		assertThat(page.select("#lab-niveau option[selected]")).isEmpty();
		assertThat(levelCount(page, "Basisonderwijs")).isEqualTo("6");
		assertThat(levelCount(page, "Buitengewoon secundair onderwijs")).isEqualTo("5");
		assertThat(levelCount(page, "Secundair onderwijs")).isEqualTo("< 5");
		assertThat(levelCount(page, "Kleuteronderwijs")).isEqualTo("0");
		// BAO 6 + BUSO 5; the four SO plans and the three unshared plans count nowhere
		assertThat(page.select("table.lab-levels tfoot td").text()).isEqualTo("11");
		// (7+7+8+6+9+8 + 2+2+2+2+3) / 11 = 5,09
		assertThat(cells(goal(page, "G0.1")).subList(1, 4)).containsExactly("5,1", "11", "11");
		assertThat(cells(goal(page, "G0.2")).subList(1, 4)).containsExactly("6,4", "5", "5");
		// eight schools rated G1.2, but two of them are BUSO's: comparing with the BAO
		// figure would give those two away
		assertThat(cells(goal(page, "G1.2")).subList(1, 3)).containsExactly("< 5", "< 5");
		// trend: 2040 with phase 0 hidden (G0.3 is), phase 1 hidden (G1.2 is); 2041
		Element y2040 = page.selectFirst("table.lab-trend tr[data-year=\"2040-2041\"]");
		assertThat(cells(y2040)).containsExactly("11", "< 5", "< 5", "geen scores", "geen scores");
		Element y2041 = page.selectFirst("table.lab-trend tr[data-year=\"2041-2042\"]");
		assertThat(cells(y2041)).containsExactly("5", "8", "geen scores", "geen scores", "geen scores");
	}

	@Test
	void theTrendFollowsTheLevelFilter() throws Exception {
		Document page = lab("?schooljaar=2041-2042&niveau=BAO");
		assertThat(cells(goal(page, "G0.1")).subList(1, 3)).containsExactly("8", "5");
		Element y2040 = page.selectFirst("table.lab-trend tr[data-year=\"2040-2041\"]");
		// BAO only: phase 0 hidden (G0.3), phase 1 = (3+4+4+5+5 + 6×6) / 11 = 5,2
		assertThat(cells(y2040)).containsExactly("6", "< 5", "5,2", "geen scores", "geen scores");
		assertThat(page.select("#lab-schooljaar option").eachAttr("value")).contains("2040-2041", "2041-2042");
	}

	@Test
	void fewerThanFivePlansShowsNothingElse() throws Exception {
		Document so = lab("?schooljaar=2040-2041&niveau=SO");
		assertThat(so.selectFirst("#lab-too-few").text()).contains("minder dan 5");
		assertThat(so.select("table.lab-goals, table.lab-trend, ol.lab-focus-ranking")).isEmpty();
		assertThat(so.select("table.lab-levels tfoot td").text()).isEqualTo("< 5");
		Document empty = lab("?schooljaar=2039-2040");
		assertThat(empty.selectFirst("#lab-too-few")).isNotNull();
		assertThat(empty.select("table.lab-goals")).isEmpty();
	}

	@Test
	void badParametersGiveADutchMessageAndTheDefault() throws Exception {
		Document year = lab("?schooljaar=2040-2042");
		assertThat(year.selectFirst(".alert-warning").text()).startsWith("Dat schooljaar konden we niet lezen");
		Document nonsense = lab("?schooljaar=%3Cscript%3E&niveau=%27%3B--");
		List<String> warnings = nonsense.select(".alert-warning").eachText();
		assertThat(warnings).hasSize(2);
		assertThat(warnings.get(0)).startsWith("Dat schooljaar konden we niet lezen. We tonen ");
		assertThat(warnings.get(1)).isEqualTo("Dat onderwijsniveau kennen we niet. We tonen alle niveaus.");
		assertThat(nonsense.select("#lab-niveau option[selected]")).isEmpty();
		Document level = lab("?schooljaar=2040-2041&niveau=bao");
		assertThat(level.select(".alert-warning").eachText())
			.containsExactly("Dat onderwijsniveau kennen we niet. We tonen alle niveaus.");
		assertThat(lab("?schooljaar=&niveau=").select(".alert-warning")).isEmpty();
	}

	@Test
	void onlyAdministratorsAndCoordinators() throws Exception {
		assertThat(this.signedIn.status("beheerder", get("/preventieplan/labo?schooljaar=2040-2041"))).isEqualTo(200);
		for (String user : List.of("school", "clb", "partner", "stad", "redactie")) {
			assertThat(this.signedIn.status(user, get("/preventieplan/labo"))).as(user).isEqualTo(403);
		}
		MockHttpServletResponse anonymous = this.signedIn.as(null, get("/preventieplan/labo"));
		assertThat(anonymous.getStatus()).isEqualTo(302);
		assertThat(anonymous.getRedirectedUrl()).endsWith("/login");
	}

}
