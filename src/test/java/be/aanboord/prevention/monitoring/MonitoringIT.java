package be.aanboord.prevention.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import be.aanboord.IntegrationTest;
import be.aanboord.SignedIn;
import be.aanboord.project.SchoolYear;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A school fills in its monthly monitoring counts for the school year of its plan, one
 * form for the months from September up to the current month: what is saved comes back on
 * the page and through {@link MonitoringCounts}; a cell that is no whole number from 0 to
 * 100,000 is refused in Dutch next to that cell with the input kept and nothing saved; a
 * month someone else changed since the form was opened is a conflict. The school's CLB
 * reads the counts; nobody else opens them.
 */
@IntegrationTest
class MonitoringIT {

	private static final String VRIJ_CLB = "Vrij CLB Leuven";

	private static final String GO_CLB = "GO! CLB Leuven-Tienen-Landen";

	@Autowired
	SignedIn signedIn;

	@Autowired
	MonitoringFixture fixture;

	@Autowired
	MonitoringCounts counts;

	@Autowired
	JdbcClient jdbc;

	long school;

	long plan;

	String schoolUser;

	int thisYear;

	List<LocalDate> months;

	@BeforeEach
	void aSchoolWithAPlanForThisSchoolYear() {
		this.school = this.fixture.school(VRIJ_CLB);
		this.thisYear = SchoolYear.startYearOf(LocalDate.now(ZoneId.of("Europe/Brussels")));
		this.plan = this.fixture.plan(this.school, this.thisYear);
		this.schoolUser = this.fixture.schoolUser(this.school);
		LocalDate first = LocalDate.of(this.thisYear, 9, 1);
		LocalDate now = LocalDate.now(ZoneId.of("Europe/Brussels")).withDayOfMonth(1);
		this.months = first.datesUntil(now.plusMonths(1), java.time.Period.ofMonths(1)).toList();
	}

	@AfterEach
	void removeTheSchools() {
		this.fixture.removeAll();
	}

	private String address() {
		return "/preventieplan/" + this.plan + "/monitoring";
	}

	private static String key(LocalDate month) {
		return java.time.YearMonth.from(month).toString();
	}

	/**
	 * The form as the page has it (every row's month, version and counts), with some
	 * fields changed: name, value, name, value…
	 */
	private MockHttpServletRequestBuilder form(Document page, String... changes) {
		java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
		for (org.jsoup.nodes.Element input : page.select("form input[name^=rows]")) {
			fields.put(input.attr("name"), input.val());
		}
		for (int i = 0; i < changes.length; i += 2) {
			fields.put(changes[i], changes[i + 1]);
		}
		MockHttpServletRequestBuilder request = post(address()).with(csrf());
		fields.forEach(request::param);
		return request;
	}

	@Test
	void theSchoolSavesItsCountsAndSeesThemAgain() throws Exception {
		Document page = this.signedIn.page(this.schoolUser, get(address()));
		assertThat(page.select("#maanden tbody tr")).as("September up to this month").hasSize(this.months.size());
		assertThat(page.select("#maanden tbody tr").first().id()).isEqualTo("rij-" + key(this.months.getFirst()));
		assertThat(page.select("#maanden tbody th").first().text()).isEqualTo("september " + this.thisYear);
		assertThat(page.select("#enkel-totalen").text()).contains("enkel totalen")
			.contains("nooit namen, codes, geboortedata");

		MockHttpServletResponse saved = this.signedIn.as(this.schoolUser, form(page, "rows[0].halfDays5", "1.200",
				"rows[0].halfDays30", "12", "rows[0].truancyContracts", " 0 ", "rows[0].clbConsultations", ""));
		assertThat(saved.getRedirectedUrl()).isEqualTo(address());

		List<MonitoringCounts.MonthCounts> stored = this.counts.forSchoolYear(this.school, this.thisYear);
		assertThat(stored).singleElement().satisfies((row) -> {
			assertThat(row.month()).isEqualTo(this.months.getFirst());
			assertThat(row.halfDays5()).as("digits grouped by a dot").isEqualTo(1200);
			assertThat(row.halfDays30()).isEqualTo(12);
			assertThat(row.truancyContracts()).isZero();
			assertThat(row.clbConsultations()).as("an empty cell").isNull();
			assertThat(row.version()).isZero();
		});
		Document again = this.signedIn.page(this.schoolUser, get(address()));
		assertThat(again.select("input[name='rows[0].halfDays5']").val()).isEqualTo("1200");
		assertThat(again.select("input[name='rows[0].version']").val()).isEqualTo("0");

		// saving the same again changes nothing; a changed month gets a new version
		this.signedIn.as(this.schoolUser, form(again, "rows[0].halfDays5", "13"));
		assertThat(this.counts.forSchoolYear(this.school, this.thisYear)).singleElement().satisfies((row) -> {
			assertThat(row.halfDays5()).isEqualTo(13);
			assertThat(row.halfDays30()).isEqualTo(12);
			assertThat(row.version()).isEqualTo(1);
		});
	}

	@Test
	void aCellThatIsNoCountIsRefusedInDutchNextToItWithTheInputKept() throws Exception {
		Document page = this.signedIn.page(this.schoolUser, get(address()));
		MockHttpServletResponse refused = this.signedIn.as(this.schoolUser,
				form(page, "rows[0].halfDays5", "-1", "rows[0].halfDays30", "abc", "rows[0].truancyContracts", "100001",
						"rows[0].clbConsultations", "100000"));
		assertThat(refused.getStatus()).isEqualTo(200);
		Document shown = org.jsoup.Jsoup.parse(refused.getContentAsString());
		String month = key(this.months.getFirst());
		for (String[] cell : new String[][] { { "halfDays5", "-1" }, { "halfDays30", "abc" },
				{ "truancyContracts", "100001" } }) {
			String id = "cel-" + month + "-" + cell[0];
			assertThat(shown.select("#" + id).val()).as("input kept").isEqualTo(cell[1]);
			assertThat(shown.select("#" + id).attr("aria-invalid")).isEqualTo("true");
			assertThat(shown.select("#" + id + "-fout").text())
				.isEqualTo("Vul een geheel getal van 0 tot 100.000 in, of laat het vak leeg.");
		}
		assertThat(shown.select("#cel-" + month + "-clbConsultations-fout")).as("100,000 is allowed").isEmpty();
		assertThat(shown.select("#cel-" + month + "-clbConsultations").val()).isEqualTo("100000");
		assertThat(shown.select(".alert-danger").text()).contains("Het formulier bevat fouten");
		assertThat(this.counts.forSchoolYear(this.school, this.thisYear)).as("nothing saved").isEmpty();

		Document more = org.jsoup.Jsoup
			.parse(this.signedIn.as(this.schoolUser, form(page, "rows[0].halfDays5", "1", "rows[0].halfDays30", "50"))
				.getContentAsString());
		assertThat(more.select("#cel-" + month + "-halfDays30-fout").text()).contains("kan niet groter zijn");
		assertThat(more.select("#cel-" + month + "-halfDays30").val()).isEqualTo("50");
		assertThat(this.counts.forSchoolYear(this.school, this.thisYear)).as("nothing saved").isEmpty();
	}

	@Test
	void aMonthChangedSinceTheFormWasOpenedIsAConflictAndSavingAgainOverwrites() throws Exception {
		Document opened = this.signedIn.page(this.schoolUser, get(address()));
		// a colleague saves the first month meanwhile
		String colleague = this.fixture.schoolUser(this.school);
		this.signedIn.as(colleague, form(opened, "rows[0].halfDays5", "5"));

		MockHttpServletResponse conflict = this.signedIn.as(this.schoolUser, form(opened, "rows[0].halfDays5", "7"));
		assertThat(conflict.getStatus()).isEqualTo(200);
		Document shown = org.jsoup.Jsoup.parse(conflict.getContentAsString());
		String month = key(this.months.getFirst());
		assertThat(shown.select("#conflict").text()).contains("Iemand anders bewaarde intussen");
		assertThat(shown.select("#rij-" + month).hasClass("table-warning")).isTrue();
		assertThat(shown.select("#rij-" + month + " .monitoring-stored").text()).isEqualTo("Nu bewaard: 5 / – / – / –");
		assertThat(shown.select("#cel-" + month + "-halfDays5").val()).as("input kept").isEqualTo("7");
		assertThat(this.counts.forSchoolYear(this.school, this.thisYear).getFirst().halfDays5()).isEqualTo(5);

		// saving the form as shown now overwrites deliberately
		MockHttpServletResponse overwritten = this.signedIn.as(this.schoolUser, form(shown));
		assertThat(overwritten.getRedirectedUrl()).isEqualTo(address());
		assertThat(this.counts.forSchoolYear(this.school, this.thisYear).getFirst().halfDays5()).isEqualTo(7);
	}

	@Test
	void theClbReadsTheCountsOtherSchoolsAndOtherClbsAndOtherRolesDoNot() throws Exception {
		this.jdbc.sql("insert into plan_monitoring (school_id, month, half_days_5) values (?, ?, 1234)")
			.params(this.school, this.months.getFirst())
			.update();
		String clb = this.fixture.clbUser(VRIJ_CLB);
		Document read = this.signedIn.page(clb, get(address()));
		assertThat(read.select("form input[name^=rows]")).as("no form for the CLB").isEmpty();
		assertThat(read.select("#maanden-lezen tbody tr").first().select("td").first().text()).isEqualTo("1.234");
		assertThat(this.signedIn.status(clb, post(address()).with(csrf()).param("rows[0].halfDays5", "1")))
			.as("only the school saves")
			.isEqualTo(403);

		String otherSchool = this.fixture.schoolUser(this.fixture.school(VRIJ_CLB));
		String otherClb = this.fixture.clbUser(GO_CLB);
		for (String user : List.of(otherSchool, otherClb)) {
			assertThat(this.signedIn.status(user, get(address()))).as(user).isEqualTo(404);
		}
		assertThat(this.signedIn.status(otherSchool, post(address()).with(csrf()).param("rows[0].halfDays5", "1")))
			.isEqualTo(404);
		for (String user : List.of("beheerder", "redactie", "coordinator", "partner", "stad")) {
			assertThat(this.signedIn.status(user, get(address()))).as(user).isEqualTo(403);
		}
		assertThat(this.signedIn.as(null, get(address())).getRedirectedUrl()).endsWith("/login");
		assertThat(this.counts.forSchoolYear(this.school, this.thisYear).getFirst().halfDays5()).isEqualTo(1234);

		for (String wrong : List.of("/preventieplan/abc/monitoring", "/preventieplan/99999999999999999999/monitoring",
				"/preventieplan/999999999/monitoring")) {
			assertThat(this.signedIn.status(this.schoolUser, get(wrong))).as(wrong).isEqualTo(404);
		}
	}

	@Test
	void theMonthsRunFromSeptemberToTheCurrentMonthInBrusselsTime() throws Exception {
		Clock december = Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC);
		Monitoring inDecember = new Monitoring(this.jdbc, this.counts, december);
		assertThat(inDecember.months(2026)).containsExactly(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 1),
				LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1));
		assertThat(inDecember.months(2025)).as("a past school year: all twelve")
			.hasSize(12)
			.startsWith(LocalDate.of(2025, 9, 1))
			.endsWith(LocalDate.of(2026, 8, 1));
		assertThat(inDecember.months(2027)).as("a school year not begun").isEmpty();

		// 31 August 22:30 UTC is 1 September 00:30 in Brussels: the new school year's
		// first month is there
		Monitoring atMidnight = new Monitoring(this.jdbc, this.counts,
				Clock.fixed(Instant.parse("2026-08-31T22:30:00Z"), ZoneOffset.UTC));
		assertThat(atMidnight.months(2026)).containsExactly(LocalDate.of(2026, 9, 1));

		// on the pages: last year's plan has twelve months, next year's none yet
		long lastYear = this.fixture.plan(this.school, this.thisYear - 1);
		assertThat(this.signedIn.page(this.schoolUser, get("/preventieplan/" + lastYear + "/monitoring"))
			.select("#maanden tbody tr")).hasSize(12);
		long nextYear = this.fixture.plan(this.school, this.thisYear + 1);
		Document next = this.signedIn.page(this.schoolUser, get("/preventieplan/" + nextYear + "/monitoring"));
		assertThat(next.select("#maanden")).isEmpty();
		assertThat(next.select("#nog-geen-maanden").text()).contains("vanaf september");
	}

}
