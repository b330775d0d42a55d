package be.aanboord.privacy.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import be.aanboord.IntegrationTest;
import be.aanboord.PdfInspection;
import be.aanboord.SignedIn;
import be.aanboord.account.Role;
import be.aanboord.account.TestAccounts;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A user's data across the modules: the page, the JSON and the PDF hold it; an erasure
 * request carried out by an administrator leaves no row of any text column with the
 * user's e-mail address, name or username, except the trajectories' access log (which
 * keeps the username) and the budget's comments and history (now holding the role); a
 * refused request changes nothing; two administrators at once carry it out once; an
 * administrator cannot handle their own request.
 */
@IntegrationTest
class PersonalDataIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int BUDGET_YEAR = 2018;

	@Autowired
	SignedIn signedIn;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	private final List<String> cleanup = new ArrayList<>();

	@AfterEach
	void removeTestRows() {
		this.transactions.executeWithoutResult((status) -> {
			this.jdbc.sql("set local session_replication_role = replica").update();
			this.cleanup.forEach((statement) -> this.jdbc.sql(statement).update());
			this.jdbc.sql("delete from budget_change where school_year = ?").param(BUDGET_YEAR).update();
			this.jdbc.sql("delete from budget_comment where school_year = ?").param(BUDGET_YEAR).update();
			this.jdbc.sql("delete from budget_year where school_year = ?").param(BUDGET_YEAR).update();
			this.jdbc.sql("delete from budget_plan where title = 'Privacytest'").update();
		});
		this.cleanup.clear();
	}

	@Test
	void theUserDownloadsTheirDataAsPageJsonAndPdf() throws Exception {
		String user = this.accounts.create(TestAccounts.DEMO_PASSWORD, Role.CITY);
		String name = "Test " + user;
		dataEverywhere(user);

		Document page = this.signedIn.page(user, get("/mijn-account/gegevens"));
		assertThat(page.select("h2").eachText()).contains("Account", "Budget", "Trajecten", "Toolbox",
				"Agenda en vergaderingen", "Nieuwsbrief", "Preventieplannen", "Hulpaanbod en kaarten");
		assertThat(page.text()).contains(user + "@aanboord.test", "Dit commentaar is van mij <b>", "2,5 u");

		MockHttpServletResponse json = this.signedIn.as(user, get("/mijn-account/gegevens.json"));
		assertThat(json.getContentType()).startsWith("application/json");
		JsonNode document = JSON.readTree(json.getContentAsByteArray());
		Map<String, JsonNode> sections = new java.util.HashMap<>();
		document.get("sections").forEach((section) -> sections.put(section.get("code").asString(), section));
		assertThat(sections.get("personalData.account").get("records").get(0).get("E-mailadres").asString())
			.isEqualTo(user + "@aanboord.test");
		assertThat(sections.get("personalData.budget").get("records").get(0).get("Commentaar").asString())
			.contains("Dit commentaar is van mij", "\u0001");
		assertThat(sections.get("personalData.trajectory").get("records")).isNotEmpty();
		assertThat(sections.get("personalData.news").get("records")).hasSize(1);
		assertThat(sections.get("personalData.agenda").get("records")).isNotEmpty();
		assertThat(sections.get("personalData.prevention").get("records")).hasSize(1);
		assertThat(sections.get("personalData.help").get("records")).hasSize(2);
		assertThat(sections.get("personalData.partner").get("records")).hasSize(1);

		MockHttpServletResponse pdf = this.signedIn.as(user, get("/mijn-account/gegevens.pdf"));
		assertThat(pdf.getContentType()).isEqualTo("application/pdf");
		String text = new PdfInspection(pdf.getContentAsByteArray()).text();
		assertThat(text).contains("Mijn gegevens", name, user + "@aanboord.test", "Dit commentaar is van mij",
				PdfInspection.GLYPHS);

		MockHttpServletResponse english = this.signedIn.as(user,
				get("/mijn-account/gegevens.json").param("lang", "en"));
		assertThat(english.getContentAsString()).contains("\"E-mail address\"");
	}

	@Test
	void anAdministratorErasesEverythingButWhatTheLawKeeps() throws Exception {
		String user = this.accounts.create(TestAccounts.DEMO_PASSWORD, Role.CITY);
		long id = this.accounts.idOf(user);
		String name = "Test " + user;
		String email = user + "@aanboord.test";
		dataEverywhere(user);

		MvcResult requested = this.signedIn.result(user,
				post("/mijn-account/gegevens/verwijdering").param("reden", "Ik, " + name + ", vertrek.").with(csrf()));
		assertThat(requested.getFlashMap().get("success")).isEqualTo("erasureRequest.requested");
		Document mine = this.signedIn.page(user, get("/mijn-account/gegevens"));
		assertThat(mine.text()).contains("Je verzoek om verwijdering is in behandeling");
		assertThat(mine.select("form[action$=/verwijdering]")).isEmpty();
		MvcResult twice = this.signedIn.result(user,
				post("/mijn-account/gegevens/verwijdering").param("reden", "nog eens").with(csrf()));
		assertThat(twice.getFlashMap().get("warning")).isEqualTo("erasureRequest.alreadyOpen");

		long request = this.jdbc.sql("select id from erasure_request where account_id = ? and status = 'OPEN'")
			.param(id)
			.query(Long.class)
			.single();
		this.cleanup.add("delete from erasure_request where id = " + request);
		Document list = this.signedIn.page("beheerder", get("/beheer/verwijderingsverzoeken"));
		assertThat(list.select("table.erasure-requests td").eachText()).contains(name);
		Document show = this.signedIn.page("beheerder", get("/beheer/verwijderingsverzoeken/" + request));
		String preview = show.select(".erasure-preview").text();
		assertThat(preview).contains("account uitgeschakeld en geanonimiseerd", "1 sessie beëindigd",
				"naam bij 1 commentaar vervangen door de rol", "naam bij 1 wijziging vervangen door de rol",
				"inschrijving op de nieuwsbrief verwijderd", "naam bij 1 sessie vervangen");
		assertThat(this.jdbc.sql("select username from account where id = ?").param(id).query(String.class).single())
			.as("the preview changes nothing")
			.isEqualTo(user);
		MvcResult unconfirmed = this.signedIn.result("beheerder",
				post("/beheer/verwijderingsverzoeken/" + request + "/uitvoeren").param("versie", "0").with(csrf()));
		assertThat(unconfirmed.getFlashMap().get("warning")).isEqualTo("erasureRequest.admin.confirmRequired");
		assertThat(this.jdbc.sql("select username from account where id = ?").param(id).query(String.class).single())
			.as("nothing is erased without the confirmation")
			.isEqualTo(user);

		MvcResult done = this.signedIn.result("beheerder",
				post("/beheer/verwijderingsverzoeken/" + request + "/uitvoeren").param("bevestigd", "ja")
					.param("versie", "0")
					.with(csrf()));
		assertThat(done.getFlashMap().get("success")).isEqualTo("erasureRequest.admin.executed");

		assertThat(this.jdbc.sql("select username || ' ' || display_name || ' ' || enabled from account where id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("verwijderd-" + id + " verwijderd-" + id + " false");
		assertThat(this.jdbc.sql("select count(*) from spring_session where principal_name = ?")
			.param(user)
			.query(Integer.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select author from budget_comment where school_year = ?")
			.param(BUDGET_YEAR)
			.query(String.class)
			.single()).isEqualTo("Stad Leuven");
		assertThat(this.jdbc.sql("select changed_by from budget_change where school_year = ?")
			.param(BUDGET_YEAR)
			.query(String.class)
			.single()).isEqualTo("Stad Leuven");
		assertThat(this.jdbc.sql("select status || ' ' || coalesce(reason, '-') from erasure_request where id = ?")
			.param(request)
			.query(String.class)
			.single()).isEqualTo("DONE -");

		List<String> hits = new ArrayList<>();
		for (String term : List.of(email, name, user)) {
			hits.addAll(textColumnsHolding(term));
		}
		assertThat(hits).as("rows still holding the user's e-mail address, name or username")
			.containsOnly("trajectory_access_log.username");
		assertThat(this.jdbc.sql("select count(*) from trajectory_access_log where username = ?")
			.param(user)
			.query(Integer.class)
			.single()).as("the access log is kept").isEqualTo(1);

		Document handled = this.signedIn.page("beheerder", get("/beheer/verwijderingsverzoeken/" + request));
		assertThat(handled.text()).contains("Uitgevoerd").doesNotContain(name);
		assertThat(handled.select("form[action$=/uitvoeren]")).isEmpty();
	}

	@Test
	void rowsHoldingANameSomeoneElseCarriesAreNeitherExportedNorErased() throws Exception {
		String user = this.accounts.create(TestAccounts.DEMO_PASSWORD, Role.COORDINATOR);
		long id = this.accounts.idOf(user);
		String approver = this.jdbc.sql("select min(approved_by) from meeting_minutes where approved_by is not null")
			.query(String.class)
			.single();
		assertThat(this.jdbc.sql("select count(*) from person where full_name = ?")
			.param(approver)
			.query(Integer.class)
			.single()).as("the minutes' approver is a person of the lab").isPositive();
		String title = this.jdbc.sql("""
				select min(a.title) from meeting_minutes m join activity a on a.id = m.activity_id
				where m.approved_by = ?""").param(approver).query(String.class).single();
		int approved = approvedBy(approver);
		this.jdbc.sql("update account set display_name = ? where id = ?").params(approver, id).update();

		String json = this.signedIn.as(user, get("/mijn-account/gegevens.json")).getContentAsString();
		assertThat(json).as("the other person's minutes are not in the download").doesNotContain(title);
		assertThat(json).as("roles by their names").contains("Coördinator").doesNotContain("COORDINATOR");

		this.signedIn.result(user, post("/mijn-account/gegevens/verwijdering").with(csrf()));
		long request = this.jdbc.sql("select id from erasure_request where account_id = ? and status = 'OPEN'")
			.param(id)
			.query(Long.class)
			.single();
		this.cleanup.add("delete from erasure_request where id = " + request);
		MvcResult done = this.signedIn.result("beheerder",
				post("/beheer/verwijderingsverzoeken/" + request + "/uitvoeren").param("bevestigd", "ja")
					.param("versie", "0")
					.with(csrf()));
		assertThat(done.getFlashMap().get("success")).isEqualTo("erasureRequest.admin.executed");
		assertThat(approvedBy(approver)).as("the other person's name stays on their minutes").isEqualTo(approved);
		assertThat(
				this.jdbc.sql("select display_name from account where id = ?").param(id).query(String.class).single())
			.isEqualTo("verwijderd-" + id);
	}

	@Test
	void aReasonCountsItsLineBreaksAsTheBrowserDoes() throws Exception {
		String user = this.accounts.create(TestAccounts.DEMO_PASSWORD, Role.PARTNER);
		String reason = "Lijn\r\n".repeat(10) + "x".repeat(2000 - 50);
		MvcResult requested = this.signedIn.result(user,
				post("/mijn-account/gegevens/verwijdering").param("reden", reason).with(csrf()));
		assertThat(requested.getFlashMap().get("success")).isEqualTo("erasureRequest.requested");
		long request = this.jdbc.sql("select id from erasure_request where account_id = ?")
			.param(this.accounts.idOf(user))
			.query(Long.class)
			.single();
		this.cleanup.add("delete from erasure_request where id = " + request);
		assertThat(this.jdbc.sql("select reason from erasure_request where id = ?")
			.param(request)
			.query(String.class)
			.single()).startsWith("Lijn\nLijn\n");
	}

	private int approvedBy(String name) {
		return this.jdbc.sql("select count(*) from meeting_minutes where approved_by = ?")
			.param(name)
			.query(Integer.class)
			.single();
	}

	@Test
	void aRefusedRequestKeepsEverything() throws Exception {
		String user = this.accounts.create(TestAccounts.DEMO_PASSWORD, Role.COORDINATOR);
		long id = this.accounts.idOf(user);
		this.signedIn.as(user, post("/mijn-account/gegevens/verwijdering").with(csrf()));
		long request = this.jdbc.sql("select id from erasure_request where account_id = ?")
			.param(id)
			.query(Long.class)
			.single();
		this.cleanup.add("delete from erasure_request where id = " + request);

		MvcResult noReason = this.signedIn.result("beheerder",
				post("/beheer/verwijderingsverzoeken/" + request + "/weigeren").param("versie", "0").with(csrf()));
		assertThat(noReason.getFlashMap().get("warning")).isEqualTo("erasureRequest.admin.refusalReason");
		MvcResult refused = this.signedIn.result("beheerder",
				post("/beheer/verwijderingsverzoeken/" + request + "/weigeren").param("versie", "0")
					.param("reden", "Je lopende trajecten moeten eerst afgesloten worden.")
					.with(csrf()));
		assertThat(refused.getFlashMap().get("success")).isEqualTo("erasureRequest.admin.refused");

		assertThat(this.jdbc.sql("select username || ' ' || enabled from account where id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo(user + " true");
		Document mine = this.signedIn.page(user, get("/mijn-account/gegevens"));
		assertThat(mine.text()).contains("Geweigerd",
				"Reden van de weigering: Je lopende trajecten moeten eerst afgesloten worden.");
		assertThat(mine.select("form[action$=/verwijdering]")).as("a new request may be made").hasSize(1);
		MvcResult late = this.signedIn.result("beheerder",
				post("/beheer/verwijderingsverzoeken/" + request + "/uitvoeren").param("bevestigd", "ja")
					.param("versie", "1")
					.with(csrf()));
		assertThat(late.getFlashMap().get("warning")).isEqualTo("erasureRequest.admin.handledMeanwhile");
	}

	@Test
	void twoAdministratorsAtOnceCarryItOutOnce() throws Exception {
		String second = this.accounts.create(TestAccounts.DEMO_PASSWORD, Role.ADMIN);
		String user = this.accounts.create(TestAccounts.DEMO_PASSWORD, Role.PARTNER);
		this.signedIn.as(user, post("/mijn-account/gegevens/verwijdering").with(csrf()));
		long request = this.jdbc.sql("select id from erasure_request where account_id = ?")
			.param(this.accounts.idOf(user))
			.query(Long.class)
			.single();
		this.cleanup.add("delete from erasure_request where id = " + request);

		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Callable<Object>> clicks = List.of("beheerder", second)
				.stream()
				.map((admin) -> (Callable<Object>) () -> this.signedIn
					.result(admin,
							post("/beheer/verwijderingsverzoeken/" + request + "/uitvoeren").param("bevestigd", "ja")
								.param("versie", "0")
								.with(csrf()))
					.getFlashMap())
				.toList();
			List<Object> answers = new ArrayList<>();
			for (Future<Object> answer : pool.invokeAll(clicks)) {
				answers.add(answer.get());
			}
			assertThat(answers.toString()).containsOnlyOnce("erasureRequest.admin.executed")
				.containsOnlyOnce("erasureRequest.admin.handledMeanwhile");
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void anAdministratorCannotHandleTheirOwnRequest() throws Exception {
		String admin = this.accounts.create(TestAccounts.DEMO_PASSWORD, Role.ADMIN);
		this.signedIn.as(admin, post("/mijn-account/gegevens/verwijdering").with(csrf()));
		long request = this.jdbc.sql("select id from erasure_request where account_id = ?")
			.param(this.accounts.idOf(admin))
			.query(Long.class)
			.single();
		this.cleanup.add("delete from erasure_request where id = " + request);
		MvcResult own = this.signedIn.result(admin,
				post("/beheer/verwijderingsverzoeken/" + request + "/uitvoeren").param("bevestigd", "ja")
					.param("versie", "0")
					.with(csrf()));
		assertThat(own.getFlashMap().get("warning")).isEqualTo("erasureRequest.own");
		Document page = this.signedIn.page(admin, get("/beheer/verwijderingsverzoeken/" + request));
		assertThat(page.select("form[action$=/uitvoeren], form[action$=/weigeren]"))
			.as("no buttons on one's own request")
			.isEmpty();
		assertThat(page.text()).contains("Dit is je eigen verzoek");
		assertThat(this.signedIn.status("coordinator", get("/beheer/verwijderingsverzoeken/" + request)))
			.isEqualTo(403);
		assertThat(this.signedIn.status("coordinator",
				post("/beheer/verwijderingsverzoeken/" + request + "/uitvoeren").param("bevestigd", "ja")
					.param("versie", "0")
					.with(csrf())))
			.isEqualTo(403);
	}

	@Test
	void theLastAdministratorIsNeverErased() throws Exception {
		String admin = this.accounts.create(TestAccounts.DEMO_PASSWORD, Role.ADMIN);
		long id = this.accounts.idOf(admin);
		this.signedIn.as(admin, post("/mijn-account/gegevens/verwijdering").with(csrf()));
		long request = this.jdbc.sql("select id from erasure_request where account_id = ?")
			.param(id)
			.query(Long.class)
			.single();
		this.cleanup.add("delete from erasure_request where id = " + request);
		List<Long> others = this.jdbc.sql("""
				update account set enabled = false where enabled and id <> ?
				   and id in (select account_id from account_role where role = 'ADMIN') returning id""")
			.param(id)
			.query(Long.class)
			.list();
		try {
			MvcResult last = this.signedIn.result("beheerder",
					post("/beheer/verwijderingsverzoeken/" + request + "/uitvoeren").param("bevestigd", "ja")
						.param("versie", "0")
						.with(csrf()));
			assertThat(last.getFlashMap().get("warning")).isEqualTo("erasureRequest.lastAdmin");
		}
		finally {
			this.jdbc.sql("update account set enabled = true where id in (:ids)").param("ids", others).update();
		}
		assertThat(this.jdbc.sql("select username || ' ' || enabled from account where id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo(admin + " true");
		assertThat(this.jdbc.sql("select status from erasure_request where id = ?")
			.param(request)
			.query(String.class)
			.single()).isEqualTo("OPEN");
	}

	/**
	 * Text, character and JSON columns of every table ("table.column") holding the term.
	 */
	private List<String> textColumnsHolding(String term) {
		List<String> columns = this.jdbc.sql("""
				select c.table_name || '.' || c.column_name from information_schema.columns c
				join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
				where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
				  and c.data_type in ('character varying', 'text', 'json', 'jsonb', 'character')
				order by 1""").query(String.class).list();
		List<String> hits = new ArrayList<>();
		for (String column : columns) {
			String[] parts = column.split("\\.");
			long found = this.jdbc
				.sql("select count(*) from \"" + parts[0] + "\" where strpos(lower(\"" + parts[1]
						+ "\"::text), lower(?)) > 0")
				.param(term)
				.query(Long.class)
				.single();
			if (found > 0) {
				hits.add(column);
			}
		}
		return hits;
	}

	/**
	 * The user's data in most modules, written as those modules write it: sessions,
	 * trajectory sessions, corrections and revisions, the access log, budget comments and
	 * history (in a school year of its own), a registration, a person of the lab and a
	 * learning-network participant, a review comment, a correction and a card contact, a
	 * newsletter subscription, a plan comment and a queued event.
	 */
	private void dataEverywhere(String user) {
		long id = this.accounts.idOf(user);
		String name = "Test " + user;
		String email = user + "@aanboord.test";
		String hostile = "Dit commentaar is van mij <b>\u0001 " + PdfInspection.GLYPHS;
		String session = UUID.randomUUID().toString();
		this.jdbc.sql("""
				insert into spring_session (primary_id, session_id, creation_time, last_access_time,
				    max_inactive_interval, expiry_time, principal_name) values (?, ?, 0, 0, 1800, 9999999999999, ?)""")
			.params(session, session, user)
			.update();
		this.cleanup.add("delete from spring_session where primary_id = '" + session + "'");
		long trajectory = this.jdbc.sql("select min(id) from trajectory").query(Long.class).single();
		long sessionId = this.jdbc.sql("""
				insert into trajectory_session (trajectory_id, session_date, hours, activity, logged_by_id,
				    logged_by_name) values (?, date '2025-10-01', 2.5, 'Overleg', ?, ?) returning id""")
			.params(trajectory, id, name)
			.query(Long.class)
			.single();
		this.cleanup.add("delete from trajectory_session where id = " + sessionId);
		long change = this.jdbc
			.sql("""
					insert into trajectory_session_change (trajectory_id, session_id, account_id, username, action,
					    old_session_date, old_hours, old_activity) values (?, ?, ?, ?, 'EDIT', date '2025-10-01', 2, 'Overleg')
					returning id""")
			.params(trajectory, sessionId, id, user)
			.query(Long.class)
			.single();
		this.cleanup.add("delete from trajectory_session_change where id = " + change);
		int rev = this.jdbc.sql("select coalesce(max(rev), 0) + 1000 from revinfo").query(Integer.class).single();
		this.jdbc.sql("insert into revinfo (rev, revtstmp, username) values (?, 0, ?)").params(rev, user).update();
		this.cleanup.add("delete from revinfo where rev = " + rev);
		this.jdbc.sql("""
				insert into trajectory_access_log (account_id, username, roles, trajectory_id, action)
				values (?, ?, 'CITY', ?, 'READ')""").params(id, user, trajectory).update();

		this.jdbc.sql("insert into budget_plan (title, first_year, last_year) values ('Privacytest', ?, ?)")
			.params(BUDGET_YEAR, BUDGET_YEAR)
			.update();
		this.jdbc.sql("""
				insert into budget_year (school_year, plan_id, envelope, step, opened_on)
				select ?, id, 1000.00, 'REQUESTS_OPEN', current_date from budget_plan where title = 'Privacytest'""")
			.param(BUDGET_YEAR)
			.update();
		long project = this.jdbc.sql("select min(id) from project").query(Long.class).single();
		this.jdbc.sql("""
				insert into budget_comment (school_year, project_id, author, written_at, text)
				values (?, ?, ?, now(), ?)""").params(BUDGET_YEAR, project, name, hostile).update();
		this.jdbc.sql("""
				insert into budget_change (school_year, project_id, changed_at, changed_by, what, old_value, new_value)
				values (?, ?, now(), ?, 'decided', null, '1000.00')""").params(BUDGET_YEAR, project, name).update();

		long activity = this.jdbc.sql("select min(id) from activity").query(Long.class).single();
		this.jdbc.sql("""
				insert into activity_registration (activity_id, name, email, organisation, job_function, status,
				    registered_at, consented_at, cancelled_at)
				values (?, ?, ?, 'Stad Leuven', 'Schepen', 'CANCELLED', now(), now(), now())""")
			.params(activity, name, email)
			.update();
		long organisation = this.jdbc.sql("select min(id) from organisation").query(Long.class).single();
		long person = this.jdbc.sql("""
				insert into person (full_name, function_title, organisation_id, lab_role, email)
				values (?, 'Schepen', ?, 'PARTICIPANT', ?) returning id""")
			.params(name, organisation, email)
			.query(Long.class)
			.single();
		this.cleanup.add("delete from person where id = " + person);
		Map<String, Object> membership = this.jdbc
			.sql("select school_id, school_year, network from school_network_membership limit 1")
			.query()
			.singleRow();
		long participant = this.jdbc.sql("""
				insert into network_participant (school_id, school_year, network, full_name, function_title)
				values (?, ?, ?, ?, 'Zorgcoördinator') returning id""")
			.params(membership.get("school_id"), membership.get("school_year"), membership.get("network"), name)
			.query(Long.class)
			.single();
		this.cleanup.add("delete from network_participant where id = " + participant);

		long fiche = this.jdbc.sql("select min(id) from fiche").query(Long.class).single();
		long comment = this.jdbc.sql("""
				insert into fiche_comment (fiche_id, author, kind, text, created_at)
				values (?, ?, 'COMMENT', 'Mooi.', now()) returning id""")
			.params(fiche, name)
			.query(Long.class)
			.single();
		this.cleanup.add("delete from fiche_comment where id = " + comment);
		long offer = this.jdbc.sql("select min(id) from help_offer").query(Long.class).single();
		long correction = this.jdbc.sql("""
				insert into help_correction (offer_id, body, email, status, proposed_at)
				values (?, 'Het nummer klopt niet.', ?, 'PROPOSED', now()) returning id""")
			.params(offer, email)
			.query(Long.class)
			.single();
		this.cleanup.add("delete from help_correction where id = " + correction);
		long card = this.jdbc.sql("select min(id) from help_card").query(Long.class).single();
		long line = this.jdbc.sql("""
				insert into help_card_line (card_id, care_level, name, contact_person, email, position)
				values (?, 'BASIC_CARE', 'Zorgboerderij', ?, ?, 99) returning id""")
			.params(card, name, email)
			.query(Long.class)
			.single();
		this.cleanup.add("delete from help_card_line where id = " + line);
		this.jdbc.sql("insert into newsletter_subscriber (email, requested_at, confirmed_at) values (?, now(), now())")
			.param(email)
			.update();
		this.cleanup.add("delete from newsletter_subscriber where email = '" + email + "'");
		long plan = this.jdbc.sql("select min(id) from prevention_plan").query(Long.class).single();
		long planComment = this.jdbc.sql("""
				insert into plan_comment (plan_id, goal_id, author_id, author_name, body, created_at)
				select ?, min(g.id), ?, ?, 'Goed plan.', now() from plan_goal g
				join prevention_plan p on p.template_id = g.template_id where p.id = ? returning id""")
			.params(plan, id, name, plan)
			.query(Long.class)
			.single();
		this.cleanup.add("delete from plan_comment where id = " + planComment);
		UUID event = UUID.randomUUID();
		this.jdbc.sql("""
				insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
				    completion_date, status) values (?, 'test', 'test', ?, now(), now(), 'COMPLETED')""")
			.params(event, "{\"to\":\"" + email + "\"}")
			.update();
		this.cleanup.add("delete from event_publication where id = '" + event + "'");
	}

}
