package be.aanboord.trajectory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import be.aanboord.HeldRowLock;
import be.aanboord.IntegrationTest;
import be.aanboord.SignedIn;
import be.aanboord.account.Role;
import be.aanboord.account.TestAccounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Correcting and removing a logged session: who may, what the history keeps, the totals,
 * the warning for a date outside the school year and two corrections at the same moment.
 */
@IntegrationTest
class SessionCorrectionIT {

	@Autowired
	SignedIn signedIn;

	private static final String CONFLICT = "Iemand anders heeft deze gegevens intussen gewijzigd";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void theAuthorCorrectsASessionAndTheHistoryShowsWhoWhatBeforeAndAfter() throws Exception {
		long trajectory = arktosTrajectory();
		long session = logSession("partner", trajectory, "1");
		String date = dateOf(session);

		Document form = Jsoup.parse(html("partner", "/trajecten/" + trajectory + "/sessies/" + session + "/bewerken"));
		assertThat(form.select("h1").text()).isEqualTo("Sessie van " + date + " corrigeren");
		assertThat(form.select("input[name=version]").val()).isEqualTo("0");
		assertThat(form.select("input#activity").val()).startsWith("Opvolging ");

		MockHttpServletResponse saved = perform("partner",
				edit(trajectory, session, "3", "Gecorrigeerde activiteit").param("version", "0"));
		assertThat(saved.getStatus()).isEqualTo(302);
		assertThat(saved.getRedirectedUrl()).isEqualTo("/trajecten/" + trajectory + "#sessies");
		assertTotalsMatchTheSessions(trajectory);
		assertThat(this.jdbc.sql("select hours from trajectory_session where id = ?")
			.param(session)
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo("3");

		List<List<String>> history = history("coordinator", trajectory);
		assertThat(history).contains(List.of("Pia Partner (demo)", "Sessie van " + date + ": Uren", "1 u", "3 u"));
		assertThat(history).anySatisfy(
				(row) -> assertThat(row).startsWith("Pia Partner (demo)", "Sessie van " + date + ": Activiteit"));
		Document page = Jsoup.parse(html("partner", "/trajecten/" + trajectory));
		Element row = page.selectFirst("#sessie-" + session);
		assertThat(row.select("td").eachText()).startsWith(date, "3 u", "Gecorrigeerde activiteit");
	}

	@Test
	void theCoordinatorRemovesASessionTheTotalsDropAndTheHistoryKeepsTheRemoval() throws Exception {
		long trajectory = arktosTrajectory();
		long session = logSession("partner", trajectory, "2");
		String date = dateOf(session);
		String activity = this.jdbc.sql("select activity from trajectory_session where id = ?")
			.param(session)
			.query(String.class)
			.single();

		MockHttpServletResponse removed = perform("coordinator",
				post("/trajecten/" + trajectory + "/sessies/" + session + "/verwijderen").with(csrf())
					.param("version", "0"));
		assertThat(removed.getStatus()).isEqualTo(302);
		assertThat(this.jdbc.sql("select count(*) from trajectory_session where id = ?")
			.param(session)
			.query(Long.class)
			.single()).isZero();
		assertTotalsMatchTheSessions(trajectory);
		assertThat(history("coordinator", trajectory)).contains(List.of("Koen Coördinator (demo)",
				"Sessie van " + date + " verwijderd", date + ", 2 u: " + activity, ""));
	}

	@Test
	void theAdminMayCorrectAnySessionAndTheCoordinatorOneOfItsProjects() throws Exception {
		long trajectory = arktosTrajectory();
		long session = logSession("partner", trajectory, "1");
		assertThat(perform("beheerder", edit(trajectory, session, "2", "Door de beheerder").param("version", "0"))
			.getStatus()).isEqualTo(302);
		assertThat(perform("coordinator", edit(trajectory, session, "1", "Door de coördinator").param("version", "1"))
			.getStatus()).isEqualTo(302);
		assertTotalsMatchTheSessions(trajectory);
	}

	@Test
	void othersCannotCorrectOrRemoveASession() throws Exception {
		long trajectory = arktosTrajectory();
		long session = logSession("partner", trajectory, "1");
		String address = "/trajecten/" + trajectory + "/sessies/" + session;

		String otherPartner = this.accounts.create(TestAccounts.DEMO_PASSWORD, Role.PARTNER);
		organisation(otherPartner, "Profo");
		String colleague = this.accounts.create(TestAccounts.DEMO_PASSWORD, Role.PARTNER);
		organisation(colleague, "Arktos");
		String naftCoordinator = this.accounts.create(TestAccounts.DEMO_PASSWORD, Role.COORDINATOR);
		this.jdbc
			.sql("insert into account_project (account_id, project_id) select ?, id from project where code = 'NAFT'")
			.param(this.accounts.idOf(naftCoordinator))
			.update();

		for (String who : List.of(otherPartner, naftCoordinator)) {
			assertThat(perform(who, get(address + "/bewerken")).getStatus()).as(who).isEqualTo(404);
			assertThat(perform(who, edit(trajectory, session, "4", "Niet van mij").param("version", "0")).getStatus())
				.as(who)
				.isEqualTo(404);
			assertThat(perform(who, post(address + "/verwijderen").with(csrf()).param("version", "0")).getStatus())
				.as(who)
				.isEqualTo(404);
		}
		for (String who : List.of(colleague, "stad", "redactie")) {
			assertThat(perform(who, get(address + "/bewerken")).getStatus()).as(who).isEqualTo(403);
			assertThat(perform(who, post(address + "/verwijderen").with(csrf()).param("version", "0")).getStatus())
				.as(who)
				.isEqualTo(403);
		}
		assertThat(this.jdbc.sql("select hours from trajectory_session where id = ?")
			.param(session)
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo("1");
		Document page = Jsoup.parse(html(colleague, "/trajecten/" + trajectory));
		assertThat(page.select("#sessie-" + session + " a.session-edit")).isEmpty();
		assertThat(Jsoup.parse(html("partner", "/trajecten/" + trajectory))
			.select("#sessie-" + session + " a.session-edit")).hasSize(1);
	}

	@Test
	void aStaleVersionShowsTheConflictWithTheInputKeptAndChangesNothing() throws Exception {
		long trajectory = arktosTrajectory();
		long session = logSession("partner", trajectory, "1");
		assertThat(perform("coordinator", edit(trajectory, session, "2", "Eerste correctie").param("version", "0"))
			.getStatus()).isEqualTo(302);

		Document page = Jsoup
			.parse(perform("partner", edit(trajectory, session, "4", "Mijn late correctie").param("version", "0"))
				.getContentAsString());
		assertThat(page.select("[role=alert]").text()).contains(CONFLICT);
		assertThat(page.select("input#activity").val()).isEqualTo("Mijn late correctie");
		assertThat(this.jdbc.sql("select activity from trajectory_session where id = ?")
			.param(session)
			.query(String.class)
			.single()).isEqualTo("Eerste correctie");

		String removal = perform("partner",
				post("/trajecten/" + trajectory + "/sessies/" + session + "/verwijderen").with(csrf())
					.param("version", "0"))
			.getContentAsString();
		assertThat(removal).contains(CONFLICT);
		assertThat(this.jdbc.sql("select count(*) from trajectory_session where id = ?")
			.param(session)
			.query(Long.class)
			.single()).isOne();
	}

	@Test
	void whenTwoCorrectionsPassTheVersionCheckTogetherTheSecondSeesTheConflict() throws Exception {
		long trajectory = arktosTrajectory();
		long session = logSession("partner", trajectory, "1");
		MockHttpServletRequestBuilder first = edit(trajectory, session, "2", "Correctie van de partner")
			.param("version", "0")
			.with(user(this.accounts.signedIn("partner")));
		MockHttpServletRequestBuilder second = edit(trajectory, session, "3", "Correctie van de coördinator")
			.param("version", "0")
			.with(user(this.accounts.signedIn("coordinator")));

		List<MockHttpServletResponse> responses = new ArrayList<>();
		try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
			List<Future<MockHttpServletResponse>> pending;
			try (HeldRowLock lock = HeldRowLock.on(this.dataSource, "trajectory_session", session)) {
				pending = List.of(first, second)
					.stream()
					.map((request) -> threads.submit(() -> this.mvc.perform(request).andReturn().getResponse()))
					.toList();
				lock.awaitWaiting(2);
			}
			for (Future<MockHttpServletResponse> response : pending) {
				responses.add(response.get(30, TimeUnit.SECONDS));
			}
		}

		assertThat(responses).extracting(MockHttpServletResponse::getStatus).containsExactlyInAnyOrder(302, 200);
		boolean firstWon = responses.get(0).getStatus() == 302;
		Document loser = Jsoup.parse(responses.get(firstWon ? 1 : 0).getContentAsString());
		assertThat(loser.select("[role=alert]").text()).contains(CONFLICT);
		assertThat(loser.select("input#activity").val())
			.isEqualTo(firstWon ? "Correctie van de coördinator" : "Correctie van de partner");
		assertThat(this.jdbc.sql("select activity from trajectory_session where id = ?")
			.param(session)
			.query(String.class)
			.single()).isEqualTo(firstWon ? "Correctie van de partner" : "Correctie van de coördinator");
		assertTotalsMatchTheSessions(trajectory);
		assertThat(this.jdbc.sql("select count(*) from trajectory_session_change where session_id = ?")
			.param(session)
			.query(Long.class)
			.single()).isOne();
	}

	@Test
	void aSessionDatedOutsideTheSchoolYearWarnsUntilConfirmedWithTheInputKept() throws Exception {
		long trajectory = arktosTrajectory();
		int year = schoolYear(trajectory);
		String outside = (year + 2) + "-03-10";
		String activity = "Buiten het schooljaar " + UUID.randomUUID();
		MockHttpServletRequestBuilder log = post("/trajecten/" + trajectory + "/sessies").with(csrf())
			.param("sessionDate", outside)
			.param("hours", "1")
			.param("activity", activity);

		Document warned = Jsoup.parse(perform("partner", log).getContentAsString());
		assertThat(warned.select("#sessionDate-fout").text()).isEqualTo(
				"Let op: deze datum valt buiten het schooljaar van dit traject (" + year + "-" + (year + 1) + ").");
		assertThat(warned.select("input#sessionDate").val()).isEqualTo(outside);
		assertThat(warned.select("input#activity").val()).isEqualTo(activity);
		assertThat(warned.select("input[type=checkbox][name=confirmWarnings]")).hasSize(1);
		assertThat(sessionsWith(activity)).isZero();

		assertThat(perform("partner", log.param("confirmWarnings", "true")).getStatus()).isEqualTo(302);
		assertThat(sessionsWith(activity)).isOne();
		long session = this.jdbc.sql("select id from trajectory_session where activity = ?")
			.param(activity)
			.query(Long.class)
			.single();

		String alsoOutside = (year - 1) + "-11-05";
		MockHttpServletRequestBuilder correction = post(
				"/trajecten/" + trajectory + "/sessies/" + session + "/bewerken")
			.with(csrf())
			.param("sessionDate", alsoOutside)
			.param("hours", "2")
			.param("activity", activity)
			.param("version", "0");
		Document again = Jsoup.parse(perform("partner", correction).getContentAsString());
		assertThat(again.select("#sessionDate-fout").text()).contains("buiten het schooljaar van dit traject");
		assertThat(again.select("input#sessionDate").val()).isEqualTo(alsoOutside);
		assertThat(again.select("input[type=checkbox][name=confirmWarnings]")).hasSize(1);
		assertThat(perform("partner", correction.param("confirmWarnings", "true")).getStatus()).isEqualTo(302);
		assertTotalsMatchTheSessions(trajectory);
	}

	@Test
	void badInputIsRefusedNextToTheFieldWithTheInputKept() throws Exception {
		long trajectory = arktosTrajectory();
		long session = logSession("partner", trajectory, "1");
		Document page = Jsoup.parse(perform("partner",
				post("/trajecten/" + trajectory + "/sessies/" + session + "/bewerken").with(csrf())
					.param("sessionDate", "abc")
					.param("hours", "1.1")
					.param("activity", "")
					.param("version", "0"))
			.getContentAsString());
		assertThat(page.select("#sessionDate-fout").text()).isEqualTo("Geef een geldige datum.");
		assertThat(page.select("#hours-fout").text()).contains("kwartieren");
		assertThat(page.select("#activity-fout").text()).isEqualTo("Beschrijf wat er gedaan werd.");
		assertThat(page.select("input#sessionDate").val()).isEqualTo("abc");
	}

	private List<List<String>> history(String who, long trajectory) throws Exception {
		Document page = Jsoup.parse(html(who, "/trajecten/" + trajectory));
		Element table = page.selectFirst("section[aria-labelledby=historiek-titel] table");
		return table.select("tbody tr")
			.stream()
			.map((row) -> row.select("td").stream().map(Element::text).toList().subList(1, 5))
			.toList();
	}

	/** A session logged through the page, dated inside the trajectory's school year. */
	private long logSession(String who, long trajectory, String hours) throws Exception {
		String activity = "Opvolging " + UUID.randomUUID();
		MockHttpServletResponse response = perform(who,
				post("/trajecten/" + trajectory + "/sessies").with(csrf())
					.param("sessionDate", (schoolYear(trajectory) + 1) + "-01-15")
					.param("hours", hours)
					.param("activity", activity));
		assertThat(response.getStatus()).isEqualTo(302);
		return this.jdbc.sql("select id from trajectory_session where activity = ?")
			.param(activity)
			.query(Long.class)
			.single();
	}

	private MockHttpServletRequestBuilder edit(long trajectory, long session, String hours, String activity) {
		return post("/trajecten/" + trajectory + "/sessies/" + session + "/bewerken").with(csrf())
			.param("sessionDate", (schoolYear(trajectory) + 1) + "-01-15")
			.param("hours", hours)
			.param("activity", activity);
	}

	private String dateOf(long session) {
		return this.jdbc.sql("select to_char(session_date, 'DD/MM/YYYY') from trajectory_session where id = ?")
			.param(session)
			.query(String.class)
			.single();
	}

	private int schoolYear(long trajectory) {
		return this.jdbc.sql("select school_year from trajectory where id = ?")
			.param(trajectory)
			.query(Integer.class)
			.single();
	}

	private long sessionsWith(String activity) {
		return this.jdbc.sql("select count(*) from trajectory_session where activity = ?")
			.param(activity)
			.query(Long.class)
			.single();
	}

	/**
	 * A Ris+K secondary trajectory executed by Arktos: the demo partner's and
	 * coordinator's. What its totals differ from its sessions now (other tests may have
	 * written them directly) must stay as it is.
	 */
	private long arktosTrajectory() {
		long id = this.jdbc.sql("""
				select t.id from trajectory t join project p on p.id = t.project_id
				join organisation o on o.id = t.partner_id
				where p.code = 'RISK_SO' and o.name = 'Arktos' order by t.id desc limit 1""")
			.query(Long.class)
			.single();
		this.drift = drift(id);
		return id;
	}

	private List<BigDecimal> drift;

	/** Logged hours and session count minus what the sessions add up to. */
	private List<BigDecimal> drift(long id) {
		Map<String, Object> totals = this.jdbc.sql("""
				select t.logged_hours - (select coalesce(sum(s.hours), 0) from trajectory_session s
				  where s.trajectory_id = t.id) as hours, t.session_count - (select count(*) from trajectory_session s
				  where s.trajectory_id = t.id) as sessions
				from trajectory t where t.id = ?""").param(id).query().singleRow();
		return List.of(((BigDecimal) totals.get("hours")).stripTrailingZeros(),
				new BigDecimal(totals.get("sessions").toString()));
	}

	private void organisation(String username, String name) {
		this.jdbc
			.sql("update account set organisation_id = (select id from organisation where name = ?) where username = ?")
			.params(name, username)
			.update();
	}

	private void assertTotalsMatchTheSessions(long id) {
		assertThat(drift(id)).as("totals against the sessions").isEqualTo(this.drift);
	}

	private MockHttpServletResponse perform(String username, MockHttpServletRequestBuilder request) throws Exception {
		return this.signedIn.as(username, request);
	}

	private String html(String username, String path) throws Exception {
		return perform(username, get(path)).getContentAsString();
	}

}
