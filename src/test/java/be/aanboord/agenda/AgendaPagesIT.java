package be.aanboord.agenda;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import be.aanboord.IntegrationTest;
import be.aanboord.SignedIn;
import be.aanboord.trajectory.StatementCounter;
import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The public agenda as visitors see it: the list with its filters and past activities,
 * the month, an activity's page with its schema.org markup, the iCalendar feeds read back
 * with the library, and addresses that make no sense.
 */
@IntegrationTest
class AgendaPagesIT {

	private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	@Autowired
	SignedIn signedIn;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeTestActivities() {
		this.jdbc.sql("delete from activity where slug like 'test-%'").update();
	}

	@Test
	void theAgendaListsUpcomingPublicActivitiesWithFiltersAndKeepsThePastOnes() throws Exception {
		Document agenda = this.signedIn.page(null, get("/agenda"));
		assertThat(titles(agenda))
			.contains("Leerlabo basisonderwijs: moeilijk hanteerbaar gedrag in de klas",
					"Leerlabo secundair onderwijs: spijbelen en schoolmoeheid")
			// drafts, meetings and past activities are not in the upcoming list
			.doesNotContain("Studiedag herstelgericht werken (ontwerp)",
					"CLZ intern lerend netwerk gewoon onderwijs: bijeenkomst 3",
					"Meet & Greet: Samen tegen Schooluitval");

		assertThat(titles(this.signedIn.page(null, get("/agenda?niveau=SO"))))
			.contains("Leerlabo secundair onderwijs: spijbelen en schoolmoeheid")
			.doesNotContain("Leerlabo basisonderwijs: moeilijk hanteerbaar gedrag in de klas");
		assertThat(titles(this.signedIn.page(null, get("/agenda?type=studiedag"))))
			.containsExactly("Studiedag aanwezigheidsbeleid");
		assertThat(titles(this.signedIn.page(null, get("/agenda?doelgroep=PARENTS")))).isEmpty();

		Document past = this.signedIn.page(null, get("/agenda?weergave=voorbij"));
		assertThat(titles(past)).contains("Meet & Greet: Samen tegen Schooluitval",
				"Leerlabo basisonderwijs: de agressiecurve");
		Document report = this.signedIn.page(null, get("/agenda/meet-and-greet-2026"));
		assertThat(report.select("#verslag-titel").text()).isEqualTo("Verslag");
		assertThat(report.select(".agenda-programme").text()).contains("11:15 – 12:30", "Illias El Hadioui",
				"De transformatieve school");

		// filters that make no sense are ignored, never an error
		for (String odd : List.of("/agenda?type=onbekend", "/agenda?pagina=-1", "/agenda?pagina=abc",
				"/agenda?niveau=%00", "/agenda?doelgroep=TEACHER&doelgroep=CLB", "/agenda?pagina=999999")) {
			assertThat(this.signedIn.status(null, get(odd))).as(odd).isEqualTo(200);
		}
	}

	@Test
	void theMonthShowsEachDaysActivitiesAndRefusesMonthsThatDoNotExist() throws Exception {
		Document june = this.signedIn.page(null, get("/agenda/maand?maand=2026-06"));
		assertThat(june.select("h1").text()).isEqualTo("juni 2026");
		assertThat(june.select("table.agenda-month td:not(.agenda-other-month)")).hasSize(30);
		assertThat(june.select(".agenda-month-list h2").eachText()).containsExactly("02/06/2026");
		assertThat(june.select(".agenda-month-list a").eachText())
			.containsExactly("Meet & Greet: Samen tegen Schooluitval");
		assertThat(this.signedIn.status(null, get("/agenda/maand"))).isEqualTo(200);
		for (String bad : List.of("2026-13", "2026-00", "abc", "2026-1", "99999-01", "1900-01")) {
			assertThat(this.signedIn.status(null, get("/agenda/maand?maand=" + bad))).as(bad).isEqualTo(404);
		}
	}

	@Test
	void anActivityPageCarriesSchemaOrgMarkupAndHidesWhatIsNotPublic() throws Exception {
		MockHttpServletResponse response = this.signedIn.as(null, get("/agenda/meet-and-greet-2026"));
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getCookies()).isEmpty();
		Document page = Jsoup.parse(response.getContentAsString());
		JsonNode event = JsonMapper.builder()
			.build()
			.readTree(page.select("script[type=application/ld+json]").first().data());
		assertThat(event.get("@type").asString()).isEqualTo("Event");
		assertThat(event.get("startDate").asString()).isEqualTo("2026-06-02T09:30:00+02:00");
		assertThat(event.get("location").get("address").asString()).contains("Leuven");

		// a lab meeting is for signed-in users, a draft for its organisers
		assertThat(this.signedIn.status(null, get("/agenda/labo-2022-02"))).isEqualTo(404);
		assertThat(this.signedIn.status("partner", get("/agenda/labo-2022-02"))).isEqualTo(200);
		assertThat(this.signedIn.status(null, get("/agenda/studiedag-ontwerp-2027"))).isEqualTo(404);
		assertThat(this.signedIn.status("partner", get("/agenda/studiedag-ontwerp-2027"))).isEqualTo(404);
		assertThat(this.signedIn.status("coordinator", get("/agenda/studiedag-ontwerp-2027"))).isEqualTo(200);
		assertThat(this.signedIn.status(null, get("/agenda/bestaat-niet"))).isEqualTo(404);
		assertThat(this.signedIn.page(null, get("/agenda/leerlabo-so-2026")).html())
			.doesNotContain(AgendaAccessMatrixRows.ONLINE_LINK);
	}

	@Test
	void theFeedsAreICalendarInBrusselsTimeWhateverTheTitlesHold() throws Exception {
		this.jdbc.sql("""
				insert into activity (slug, type, title, description, starts_at, ends_at, status)
				values ('test-control', 'STUDY_DAY', E'Studie\\u0001dag; met, tekens\\nen regel', E'<b>x</b>\\u0007',
				        timestamp '2027-03-31 09:00' at time zone 'Europe/Brussels',
				        timestamp '2027-03-31 12:00' at time zone 'Europe/Brussels', 'PUBLISHED')""").update();
		MockHttpServletResponse response = this.signedIn.as(null, get("/agenda/feed.ics"));
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("text/calendar");
		String body = response.getContentAsString();
		assertThat(body).contains("BEGIN:VTIMEZONE", "TZID:Europe/Brussels").doesNotContain("\u0001");
		ICalendar calendar = Biweekly.parse(body).first();
		// winter time (CET, +01:00) and summer time (CEST, +02:00) alike
		VEvent studyDay = event(calendar, "Studiedag aanwezigheidsbeleid");
		assertThat(ZonedDateTime.ofInstant(studyDay.getDateStart().getValue().toInstant(), BRUSSELS))
			.isEqualTo(ZonedDateTime.of(2027, 3, 10, 9, 0, 0, 0, BRUSSELS));
		assertThat(body).contains("DTSTART;TZID=Europe/Brussels:20270310T090000",
				"DTSTART;TZID=Europe/Brussels:20270331T090000");
		// activities older than three months are left out
		assertThat(calendar.getEvents())
			.noneMatch((e) -> e.getSummary().getValue().equals("Meet & Greet: Samen tegen Schooluitval"));
		VEvent control = event(calendar, "Studiedag; met, tekens\nen regel");
		assertThat(ZonedDateTime.ofInstant(control.getDateEnd().getValue().toInstant(), BRUSSELS).getHour())
			.isEqualTo(12);
		assertThat(calendar.getEvents()).noneMatch((e) -> e.getSummary().getValue().startsWith("CLZ intern"))
			.noneMatch((e) -> e.getSummary().getValue().contains("(ontwerp)"));

		ICalendar studyDays = Biweekly
			.parse(this.signedIn.as(null, get("/agenda/feed/studiedag.ics")).getContentAsString())
			.first();
		assertThat(studyDays.getEvents()).extracting((e) -> e.getSummary().getValue())
			.contains("Studiedag aanwezigheidsbeleid")
			.doesNotContain("Inspiratiedag: iedereen aan boord");
		assertThat(this.signedIn.status(null, get("/agenda/feed/onbekend.ics"))).isEqualTo(404);
		assertThat(this.signedIn.status(null, get("/agenda/feed/labovergadering.ics"))).isEqualTo(404);

		ICalendar one = Biweekly
			.parse(this.signedIn.as(null, get("/agenda/leerlabo-bao-2026.ics")).getContentAsString())
			.first();
		assertThat(one.getEvents()).singleElement()
			.satisfies((e) -> assertThat(e.getUrl().getValue()).endsWith("/agenda/leerlabo-bao-2026"));
		assertThat(this.signedIn.status(null, get("/agenda/bestaat-niet.ics"))).isEqualTo(404);
	}

	@Test
	void thePublicPagesRunAFewStatementsWhateverTheAgendaHolds() throws Exception {
		this.jdbc.sql("""
				insert into activity (slug, type, title, starts_at, ends_at, status)
				select 'test-many-' || n, 'LEERLABO', 'Veel ' || n, now() + n * interval '1 day',
				       now() + n * interval '1 day' + interval '2 hours', 'PUBLISHED'
				from generate_series(1, 300) n""").update();
		assertAtMost(2, "/agenda?type=leerlabo&niveau=BAO&pagina=1");
		assertAtMost(2, "/agenda?weergave=voorbij");
		assertAtMost(1, "/agenda/maand?maand=2026-06");
		assertAtMost(5, "/agenda/meet-and-greet-2026");
		assertAtMost(1, "/agenda/feed.ics");
	}

	private void assertAtMost(int max, String path) throws Exception {
		StatementCounter.start();
		int status;
		try {
			status = this.signedIn.status(null, get(path));
		}
		finally {
			StatementCounter.stop();
		}
		assertThat(status).isEqualTo(200);
		assertThat(StatementCounter.lastStatements()).as("SQL statements for %s", path).hasSizeLessThanOrEqualTo(max);
	}

	private static VEvent event(ICalendar calendar, String summary) {
		return calendar.getEvents()
			.stream()
			.filter((e) -> e.getSummary().getValue().equals(summary))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no event " + summary));
	}

	private static List<String> titles(Document page) {
		return page.select(".agenda-list h2 a").eachText();
	}

}
