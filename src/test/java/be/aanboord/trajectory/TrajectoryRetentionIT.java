package be.aanboord.trajectory;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import be.aanboord.IntegrationTest;
import be.aanboord.SignedIn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.support.TransactionOperations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The retention of pupil-level trajectories, with a fixed clock: NAFT and bridge-coaching
 * trajectories closed longer ago than the period lose their pupil code and every free
 * text, also in their change history; the counts, dates, hours and choices stay. One
 * closed just inside the period, an open one and a Ris+K trajectory keep theirs. The
 * pages of an anonymised trajectory say so and refuse changes. The trajectories are of
 * school year 2017-2018 (no demo data) and closed in 2005-2006, so the job touches no
 * other test's rows; they are removed afterwards.
 */
@IntegrationTest
class TrajectoryRetentionIT {

	/** The night the job runs: five years after 1 June 2006, Brussels time. */
	private static final Instant NIGHT = OffsetDateTime.parse("2011-06-01T03:15:00+02:00").toInstant();

	private static final String TEXT = "Vrije tekst die na de bewaartermijn weg moet";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SignedIn signedIn;

	@Autowired
	TransactionOperations transactions;

	@Autowired
	TrajectoryDashboard dashboard;

	@Autowired
	TrajectoryRows listRows;

	private final List<Long> created = new ArrayList<>();

	@AfterEach
	void removeTheTrajectories() {
		Long[] ids = this.created.toArray(Long[]::new);
		this.jdbc.sql("delete from trajectory_aud where id = any(?)").param(ids).update();
		this.jdbc.sql(
				"delete from revinfo where rev < 0 and not exists (select 1 from trajectory_aud a where a.rev = revinfo.rev)")
			.update();
		this.jdbc.sql("delete from trajectory where id = any(?)").param(ids).update();
	}

	@Test
	void closedNaftAndBridgeTrajectoriesPastThePeriodLoseTheirCodeAndEveryFreeText() {
		long naftPast = trajectory("NAFT", "FINISHED", "2006-05-31T12:00:00+02:00");
		long bridgePast = trajectory("BRUGCOACHES", "STOPPED", "2003-02-01T12:00:00+01:00");
		long naftInside = trajectory("NAFT", "FINISHED", "2006-06-02T12:00:00+02:00");
		long bridgeOpen = trajectory("BRUGCOACHES", "RUNNING", null);
		long riskPast = trajectory("RISK_BAO", "FINISHED", "2003-02-01T12:00:00+01:00");

		assertThat(retention().anonymise()).isEqualTo(2);

		for (long id : List.of(naftPast, bridgePast)) {
			assertThat(texts(id)).as("trajectory %d", id).containsOnlyNulls();
			assertThat(this.jdbc.sql("select anonymised_at from trajectory where id = ?")
				.param(id)
				.query(OffsetDateTime.class)
				.single()
				.toInstant()).isEqualTo(NIGHT);
			assertThat(this.jdbc.sql("select activity, note from trajectory_session where trajectory_id = ?")
				.param(id)
				.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) })
				.list()).hasSize(1).allSatisfy((row) -> assertThat(row).containsOnlyNulls());
			assertThat(this.jdbc
				.sql("""
						select concat(pupil_code, question, evaluation, intensity, coach) from trajectory_aud where id = ?""")
				.param(id)
				.query(String.class)
				.list()).hasSize(2).allMatch(String::isEmpty);
			assertThat(this.jdbc.sql("""
					select concat(old_activity, old_note, new_activity, new_note) from trajectory_session_change
					where trajectory_id = ?""").param(id).query(String.class).list()).hasSize(1)
				.allMatch(String::isEmpty);
			// what the reports count stays
			assertThat(this.jdbc
				.sql("""
						select concat_ws('|', status, level, start_date, end_date, planned_hours, logged_hours, session_count)
						from trajectory where id = ?""")
				.param(id)
				.query(String.class)
				.single()).contains("|SO|2017-10-02|2018-05-31|10.00|2.50|1");
			assertThat(this.jdbc.sql("select hours from trajectory_session where trajectory_id = ?")
				.param(id)
				.query(String.class)
				.single()).isEqualTo("2.50");
		}
		for (long id : List.of(naftInside, bridgeOpen, riskPast)) {
			assertThat(texts(id)).as("trajectory %d", id).contains(TEXT);
			assertThat(this.jdbc.sql("select note from trajectory_session where trajectory_id = ?")
				.param(id)
				.query(String.class)
				.single()).isEqualTo(TEXT);
		}
		assertThat(retention().anonymise()).as("the next night finds nothing left").isZero();
	}

	/**
	 * A text column added to a trajectory table later must be placed here: removed by the
	 * retention (and added to its statements) or kept on purpose (a choice, a status, the
	 * name of the staff member who entered it).
	 */
	@Test
	void everyTextColumnOfTheTrajectoryTablesIsRemovedOrKeptOnPurpose() {
		List<String> removed = List.of("trajectory.pupil_code", "trajectory.question", "trajectory.evaluation",
				"trajectory.intensity", "trajectory.coach", "trajectory_aud.pupil_code", "trajectory_aud.question",
				"trajectory_aud.evaluation", "trajectory_aud.intensity", "trajectory_aud.coach",
				"trajectory_session.activity", "trajectory_session.note", "trajectory_session_change.old_activity",
				"trajectory_session_change.old_note", "trajectory_session_change.new_activity",
				"trajectory_session_change.new_note");
		List<String> kept = List.of("trajectory.kind", "trajectory.status", "trajectory.question_type",
				"trajectory.level", "trajectory.round_table_participants", "trajectory.naft_forms",
				"trajectory.outcome", "trajectory.logged_by_name", "trajectory_aud.kind", "trajectory_aud.status",
				"trajectory_aud.question_type", "trajectory_aud.level", "trajectory_aud.round_table_participants",
				"trajectory_aud.naft_forms", "trajectory_aud.outcome", "trajectory_session.logged_by_name",
				"trajectory_session_change.username", "trajectory_session_change.action");
		List<String> columns = this.jdbc.sql("""
				select table_name || '.' || column_name from information_schema.columns
				where table_schema = current_schema() and data_type in ('character varying', 'text', 'character')
				  and table_name in ('trajectory', 'trajectory_aud', 'trajectory_session', 'trajectory_session_change')
				""").query(String.class).list();
		List<String> expected = new ArrayList<>(removed);
		expected.addAll(kept);
		assertThat(columns).containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void theClosingMomentIsKeptByTheDatabaseOnEveryPath() {
		long open = trajectory("NAFT", "RUNNING", null);
		assertThat(closedAt(open)).isNull();
		this.jdbc.sql("update trajectory set status = 'FINISHED' where id = ?").param(open).update();
		Instant closed = closedAt(open);
		assertThat(closed).isNotNull();
		this.jdbc.sql("update trajectory set status = 'FINISHED', planned_hours = 12 where id = ?")
			.param(open)
			.update();
		assertThat(closedAt(open)).as("a later save keeps the moment it closed").isEqualTo(closed);
	}

	@Test
	void anAnonymisedTrajectorysPagesSaySoShowNoTextAndRefuseChanges() throws Exception {
		long naft = trajectory("NAFT", "FINISHED", "2005-01-10T12:00:00+01:00");
		String code = this.jdbc.sql("select pupil_code from trajectory where id = ?")
			.param(naft)
			.query(String.class)
			.single();
		assertThat(retention().anonymise()).isOne();

		MockHttpServletResponse shown = this.signedIn.as("beheerder", get("/trajecten/" + naft));
		assertThat(shown.getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(shown.getContentAsString());
		assertThat(page.select("main").text())
			.contains("Geanonimiseerd op 01/06/2011", "geanonimiseerd", "1 sessie", "2,5 u")
			.doesNotContain(TEXT, code, "Begeleiding thuis");
		assertThat(page.select("a[href$=/bewerken]")).as("no edit links").isEmpty();
		assertThat(page.select("form[action$=/sessies]")).as("no session form").isEmpty();
		assertThat(page.select("main").text()).as("the history is shown, without the texts").contains("Wijzigingen");

		long bridge = trajectory("BRUGCOACHES", "STOPPED", "2005-01-10T12:00:00+01:00");
		this.jdbc.sql("update trajectory set partner_id = null where id = ?").param(bridge).update();
		assertThat(retention().anonymise()).isOne();
		Document bridgePage = this.signedIn.page("beheerder", get("/trajecten/" + bridge));
		assertThat(bridgePage.select("main").text()).as("a bridge-coaching trajectory without partner")
			.contains("Geanonimiseerd op 01/06/2011")
			.doesNotContain(TEXT);

		assertThat(this.signedIn.status("beheerder", get("/trajecten/" + naft + "/bewerken"))).isEqualTo(403);
		assertThat(this.signedIn.status("beheerder",
				post("/trajecten/" + naft + "/sessies").with(csrf())
					.param("sessionDate", "2018-01-08")
					.param("hours", "1")
					.param("activity", "Nieuwe tekst")))
			.isEqualTo(403);
		assertThat(texts(naft)).containsOnlyNulls();

		String list = this.signedIn.as("beheerder", get("/trajecten").param("schooljaar", "2017-2018"))
			.getContentAsString();
		assertThat(list).contains(naft + " (geanonimiseerd)");
		String csv = this.signedIn.as("beheerder", get("/trajecten/export.csv").param("schooljaar", "2017-2018"))
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("geanonimiseerd").doesNotContain(code);
		String log = this.signedIn.as("beheerder", get("/beheer/toegangslog").param("traject", String.valueOf(naft)))
			.getContentAsString();
		assertThat(Jsoup.parse(log).select("main table tbody tr").first().text()).contains("geanonimiseerd");
		String project = this.jdbc.sql("select id from project where code = 'NAFT'").query(String.class).single();
		MockHttpServletResponse report = this.signedIn.as("beheerder",
				get("/trajecten/jaarverslag").param("project", project).param("schooljaar", "2017-2018"));
		assertThat(report.getStatus()).isEqualTo(200);
		assertThat(report.getContentAsString()).doesNotContain(code);
		MockHttpServletResponse pdf = this.signedIn.as("beheerder",
				get("/trajecten/jaarverslag.pdf").param("project", project).param("schooljaar", "2017-2018"));
		assertThat(pdf.getStatus()).isEqualTo(200);
		assertThat(pdf.getContentType()).isEqualTo("application/pdf");
	}

	private TrajectoryRetention retention() {
		return new TrajectoryRetention(this.jdbc, this.transactions, this.dashboard, this.listRows,
				Clock.fixed(NIGHT, ZoneId.of("Europe/Brussels")), "P5Y");
	}

	/**
	 * A trajectory of school year 2017 in the project, with a free text in every
	 * free-text column, one session of 2.5 hours, two revisions in its change history and
	 * one session correction; closed at the moment given (null: open).
	 */
	private long trajectory(String projectCode, String status, String closedAt) {
		TrajectoryKind kind = TrajectoryKind.ofProject(projectCode);
		String code = kind.isPupilLevel() ? Trajectory.newPupilCode(kind, 2017) : null;
		long id = this.jdbc
			.sql("""
					insert into trajectory (kind, project_id, school_year, school_id, partner_id, status, start_date,
					  end_date, planned_hours, logged_hours, session_count, question_type, level, question, evaluation,
					  pupil_code, intensity, coach, logged_by_name)
					select ?, p.id, 2017, (select min(id) from school), (select id from organisation where name = 'Arktos'), ?, date '2017-10-02', date '2018-05-31', 10, 2.5, 1,
					  ?, 'SO', ?, ?, ?, ?, ?, 'test'
					from project p where p.code = ?
					returning id""")
			.params(kind.name(), status, (kind == TrajectoryKind.RISK) ? "CURATIVE" : null, TEXT, TEXT, code, TEXT,
					TEXT, projectCode)
			.query(Long.class)
			.single();
		this.created.add(id);
		if (closedAt != null) {
			this.jdbc.sql("update trajectory set closed_at = ? where id = ?")
				.params(OffsetDateTime.parse(closedAt), id)
				.update();
		}
		long session = this.jdbc.sql("""
				insert into trajectory_session (trajectory_id, session_date, hours, activity, note, logged_by_name)
				values (?, date '2017-11-06', 2.5, ?, ?, 'test') returning id""")
			.params(id, "Begeleiding thuis", TEXT)
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into trajectory_session_change (trajectory_id, session_id, username, action, old_session_date,
				  old_hours, old_activity, old_note, new_session_date, new_hours, new_activity, new_note)
				values (?, ?, 'test', 'EDIT', date '2017-11-06', 2, 'Begeleiding', ?, date '2017-11-06', 2.5,
				  'Begeleiding thuis', ?)""").params(id, session, TEXT, TEXT).update();
		for (int revtype = 0; revtype <= 1; revtype++) {
			int rev = this.jdbc.sql("""
					insert into revinfo (rev, revtstmp, username)
					values ((select least(min(rev), 0) - 1 from revinfo), 1506000000000, 'test') returning rev""")
				.query(Integer.class)
				.single();
			this.jdbc.sql("""
					insert into trajectory_aud (id, rev, revtype, kind, project_id, school_year, school_id, status,
					  question, evaluation, pupil_code, intensity, coach)
					select id, ?, ?, kind, project_id, school_year, school_id, ?, question, evaluation, pupil_code,
					  ? || intensity, coach
					from trajectory where id = ?""")
				.params(rev, revtype, (revtype == 0) ? "REQUESTED" : status, (revtype == 0) ? "eerst: " : "", id)
				.update();
		}
		return id;
	}

	private List<String> texts(long id) {
		return this.jdbc.sql("select pupil_code, question, evaluation, intensity, coach from trajectory where id = ?")
			.param(id)
			.query((rs, n) -> {
				List<String> texts = new ArrayList<>();
				for (int i = 1; i <= 5; i++) {
					texts.add(rs.getString(i));
				}
				return texts;
			})
			.single();
	}

	private Instant closedAt(long id) {
		OffsetDateTime at = this.jdbc.sql("select closed_at from trajectory where id = ?")
			.param(id)
			.query((rs, n) -> rs.getObject(1, OffsetDateTime.class))
			.list()
			.getFirst();
		return (at != null) ? at.toInstant() : null;
	}

}
