package be.aanboord.prevention.template;

import java.util.List;
import java.util.Map;

import be.aanboord.IntegrationTest;
import be.aanboord.SignedIn;
import be.aanboord.prevention.PlanTemplates;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The lab's editors keep the plan's template in versions: a new draft copies the latest
 * published version whole; in the draft they edit goals (questions one per line, fiche
 * links among the published fiches), add and remove goals (codes unique in the version)
 * and edit the dialogue steps; publishing makes the version read-only for good and the
 * one new plans start from, while existing plans keep theirs. Two editors of the draft:
 * the second save of a form opened before the first is a conflict. Only editors and
 * administrators open the editor.
 * <p>
 * Every test starts and ends with version 1 as the only version (drafts and versions made
 * here are removed, with the test's plans), so that other tests keep starting plans from
 * version 1.
 */
@IntegrationTest
class PlanTemplateIT {

	private static final String BASE = "/preventieplan/sjabloon";

	@Autowired
	SignedIn signedIn;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlanTemplates templates;

	@BeforeEach
	@AfterEach
	void onlyVersionOne() {
		this.jdbc
			.sql("delete from prevention_plan where template_id in (select id from plan_template where version > 1)")
			.update();
		this.jdbc.sql("delete from school where name like 'Testschool sjabloon %'").update();
		this.jdbc.sql("delete from plan_template where version > 1").update();
	}

	/** Starts a draft as the editor; returns its version number. */
	private int newDraft() throws Exception {
		MockHttpServletResponse created = this.signedIn.as("redactie", post(BASE + "/concept").with(csrf()));
		assertThat(created.getRedirectedUrl()).matches(BASE + "/\\d+");
		return Integer.parseInt(created.getRedirectedUrl().substring(BASE.length() + 1));
	}

	private long templateId(int version) {
		return this.jdbc.sql("select id from plan_template where version = ?")
			.param(version)
			.query(Long.class)
			.single();
	}

	private long goalId(int version, String code) {
		return this.jdbc
			.sql("select g.id from plan_goal g join plan_template t on t.id = g.template_id"
					+ " where t.version = ? and g.code = ?")
			.params(version, code)
			.query(Long.class)
			.single();
	}

	private int lockVersion(int version) {
		return this.jdbc.sql("select lock_version from plan_template where version = ?")
			.param(version)
			.query(Integer.class)
			.single();
	}

	private long count(String sql, int version) {
		return this.jdbc.sql(sql).param(templateId(version)).query(Long.class).single();
	}

	private static MockHttpServletRequestBuilder goalForm(String address, int lock, String statement, String label,
			String questions, String... ficheIds) {
		return post(address).with(csrf())
			.param("lockVersion", String.valueOf(lock))
			.param("statement", statement)
			.param("label", label)
			.param("explanation", "Toelichting")
			.param("questions", questions)
			.param("ficheIds", ficheIds);
	}

	private String flash(MvcResult result, String name) {
		Object value = result.getFlashMap().get(name);
		return (value != null) ? value.toString() : null;
	}

	@Test
	void theVersionsAreListedAndANewDraftCopiesTheLatestVersionWhole() throws Exception {
		long plansOnOne = this.jdbc.sql("select count(*) from prevention_plan where template_id = ?")
			.param(templateId(1))
			.query(Long.class)
			.single();
		Document list = this.signedIn.page("redactie", get(BASE));
		assertThat(list.select("#versie-1 td").get(1).text()).startsWith("Gepubliceerd op ");
		assertThat(list.select("#versie-1 td").get(3).text())
			.isEqualTo(plansOnOne == 1 ? "1 plan" : plansOnOne + " plannen");
		assertThat(list.select("#nieuw-concept").text()).isEqualTo("Nieuw concept");

		int draft = newDraft();
		assertThat(draft).isEqualTo(2);
		for (String sql : List.of("select count(*) from plan_goal where template_id = ?",
				"select count(*) from plan_question q join plan_goal g on g.id = q.goal_id where g.template_id = ?",
				"select count(*) from plan_goal_fiche l join plan_goal g on g.id = l.goal_id where g.template_id = ?",
				"select count(*) from plan_dialogue_step where template_id = ?",
				"select count(distinct code) from plan_goal where template_id = ?")) {
			assertThat(count(sql, draft)).as(sql).isEqualTo(count(sql, 1)).isPositive();
		}
		assertThat(this.jdbc.sql("""
				select string_agg(g.code || ':' || g.statement || ':' || q.position || ':' || q.text, '|'
				                  order by g.code, q.position)
				from plan_goal g join plan_question q on q.goal_id = g.id where g.template_id = ?""")
			.param(templateId(draft))
			.query(String.class)
			.single())
			.as("the same questions in the same order")
			.isEqualTo(this.jdbc.sql("""
					select string_agg(g.code || ':' || g.statement || ':' || q.position || ':' || q.text, '|'
					                  order by g.code, q.position)
					from plan_goal g join plan_question q on q.goal_id = g.id where g.template_id = ?""")
				.param(templateId(1))
				.query(String.class)
				.single());

		// a second "Nieuw concept" opens the same draft
		MvcResult again = this.signedIn.result("beheerder", post(BASE + "/concept").with(csrf()));
		assertThat(again.getResponse().getRedirectedUrl()).isEqualTo(BASE + "/" + draft);
		assertThat(flash(again, "success")).isEqualTo("prevention.template.draft.existing");
		assertThat(this.jdbc.sql("select count(*) from plan_template where published_at is null")
			.query(Long.class)
			.single()).isEqualTo(1);

		Document versions = this.signedIn.page("redactie", get(BASE));
		assertThat(versions.select("#versie-" + draft + " td").get(1).text()).isEqualTo("Concept");
		assertThat(versions.select("#nieuw-concept").text()).isEqualTo("Concept (versie " + draft + ") openen");
		Document page = this.signedIn.page("redactie", get(BASE + "/" + draft));
		assertThat(page.select(".template-goal"))
			.hasSize((int) count("select count(*) from plan_goal" + " where template_id = ?", draft));
		assertThat(page.select("#fase-0 h3").text()).isEqualTo("Fase 0: brede basiszorg");
		assertThat(page.select("#stap-1 h3").text()).isEqualTo("Stap 1: Breed kijken");
		assertThat(page.select("#doel-" + goalId(draft, "G0.1") + " .template-fiches li")).isNotEmpty();
		assertThat(page.select("#publiceren")).hasSize(1);
		assertThat(this.signedIn.page("redactie", get(BASE + "/1")).select("#publiceren, form[action$=verwijderen]"))
			.as("a published version has no edit forms")
			.isEmpty();
	}

	@Test
	void anEditorChangesAGoalItsQuestionsAndItsFichesInTheDraftOnly() throws Exception {
		int draft = newDraft();
		long goal = goalId(draft, "G0.3");
		List<Long> published = this.jdbc.sql("select id from published_fiche order by id limit 2")
			.query(Long.class)
			.list();
		assertThat(published).hasSize(2);
		Document form = this.signedIn.page("redactie", get(BASE + "/" + draft + "/doelen/" + goal));
		assertThat(form.select("textarea[name=statement]").text())
			.isEqualTo("De school beschikt over een strikt beleid m.b.t. registratie van afwezigheden.");
		assertThat(form.select("textarea[name=questions]").val()).startsWith("Worden de codes B, Z, P en L")
			.contains("\nWie registreert de afwezigheden, en hoe?\n");
		assertThat(form.select("input[name=ficheIds]")).as("the published fiches to choose from").isNotEmpty();
		int lock = Integer.parseInt(form.select("input[name=lockVersion]").val());
		PlanTemplates.Goal before = this.templates.get(templateId(draft)).goal(goal).orElseThrow();

		MockHttpServletResponse saved = this.signedIn.as("redactie",
				goalForm(BASE + "/" + draft + "/doelen/" + goal, lock, "  Een strikt registratiebeleid.  ",
						"registratie", "Eerste vraag?\n\n  Tweede vraag?  \r\nDerde vraag?\n",
						String.valueOf(published.get(1)), "999999999"));
		assertThat(saved.getRedirectedUrl()).isEqualTo(BASE + "/" + draft + "#doel-" + goal);
		assertThat(lockVersion(draft)).as("every change raises the lock").isEqualTo(lock + 1);

		PlanTemplates.Goal after = this.templates.get(templateId(draft)).goal(goal).orElseThrow();
		assertThat(before.statement()).isNotEqualTo(after.statement());
		assertThat(after.statement()).isEqualTo("Een strikt registratiebeleid.");
		assertThat(after.label()).isEqualTo("registratie");
		assertThat(after.explanation()).isEqualTo("Toelichting");
		assertThat(after.questions()).extracting(PlanTemplates.Question::text)
			.containsExactly("Eerste vraag?", "Tweede vraag?", "Derde vraag?");
		assertThat(this.jdbc.sql("select fiche_id from plan_goal_fiche where goal_id = ?")
			.param(goal)
			.query(Long.class)
			.list()).as("only published fiches").containsExactly(published.get(1));

		// version 1 is as it was
		PlanTemplates.Goal one = this.templates.get(templateId(1)).goal(goalId(1, "G0.3")).orElseThrow();
		assertThat(one.statement())
			.isEqualTo("De school beschikt over een strikt beleid m.b.t. registratie van afwezigheden.");
		assertThat(one.questions()).hasSize(3);

		Document page = this.signedIn.page("redactie", get(BASE + "/" + draft));
		assertThat(page.select("#doel-" + goal + " .template-questions li").eachText()).containsExactly("Eerste vraag?",
				"Tweede vraag?", "Derde vraag?");
	}

	@Test
	void badInputIsRefusedInDutchWithTheInputKeptAndNothingSaved() throws Exception {
		int draft = newDraft();
		long goal = goalId(draft, "G0.1");
		int lock = lockVersion(draft);
		String address = BASE + "/" + draft + "/doelen/" + goal;

		Document blank = Jsoup.parse(this.signedIn.as("redactie", goalForm(address, lock, " ", "x".repeat(81), "\n \n"))
			.getContentAsString());
		assertThat(blank.select("#statement-fout").text()).isEqualTo("Vul de doelstelling in.");
		assertThat(blank.select("#label-fout").text()).isEqualTo("Het label heeft hoogstens 80 tekens.");
		assertThat(blank.select("#questions-fout").text())
			.isEqualTo("Geef minstens één checklistvraag, één per regel.");
		assertThat(blank.select("input[name=label]").val()).isEqualTo("x".repeat(81));

		Document tooLong = Jsoup
			.parse(this.signedIn.as("redactie", goalForm(address, lock, "Doel", "label", "Goed?\n" + "v".repeat(1001)))
				.getContentAsString());
		assertThat(tooLong.select("#questions-fout").text())
			.isEqualTo("Vraag 2 is te lang: hoogstens 1.000 tekens per vraag.");
		assertThat(tooLong.select("textarea[name=questions]").val()).endsWith("v".repeat(1001));

		assertThat(lockVersion(draft)).as("nothing saved").isEqualTo(lock);
		assertThat(this.templates.get(templateId(draft)).goal(goal).orElseThrow().statement())
			.startsWith("De school zet zich in");
	}

	@Test
	void aGoalIsAddedWithACodeUniqueInTheVersionAndRemoved() throws Exception {
		int draft = newDraft();
		String address = BASE + "/" + draft + "/doelen/nieuw";
		Document form = this.signedIn.page("beheerder", get(address + "?fase=2"));
		assertThat(form.select("select[name=phase] option[selected]").val()).isEqualTo("2");

		MockHttpServletRequestBuilder taken = goalForm(address, lockVersion(draft), "Nog een doel", "extra", "Vraag?")
			.param("phase", "0")
			.param("code", " g0.1 ");
		Document takenPage = Jsoup.parse(this.signedIn.as("beheerder", taken).getContentAsString());
		assertThat(takenPage.select("#code-fout").text())
			.isEqualTo("Een ander doel van deze versie heeft deze code al.");
		assertThat(takenPage.select("input[name=code]").val()).isEqualTo(" g0.1 ");

		Document badCode = Jsoup.parse(
				this.signedIn
					.as("beheerder",
							goalForm(address, lockVersion(draft), "Nog een doel", "extra", "Vraag?").param("phase", "7")
								.param("code", "G 0.6!"))
					.getContentAsString());
		assertThat(badCode.select("#code-fout").text()).startsWith("Geef een code van hoogstens 20 tekens");
		assertThat(badCode.select("#phase-fout").text()).isEqualTo("Kies een fase van 0 tot 3.");
		long goals = count("select count(*) from plan_goal where template_id = ?", draft);

		MockHttpServletResponse added = this.signedIn.as("beheerder",
				goalForm(address, lockVersion(draft), "De school viert aanwezigheid.", "aanwezigheid vieren",
						"Hoe?\nWanneer?")
					.param("phase", "0")
					.param("code", "g0.6"));
		long goal = goalId(draft, "G0.6");
		assertThat(added.getRedirectedUrl()).isEqualTo(BASE + "/" + draft + "#doel-" + goal);
		PlanTemplates.Goal stored = this.templates.get(templateId(draft)).goal(goal).orElseThrow();
		assertThat(stored.position()).as("last in its phase").isEqualTo(6);
		assertThat(stored.questions()).hasSize(2);
		assertThat(count("select count(*) from plan_goal where template_id = ?", draft)).isEqualTo(goals + 1);

		MvcResult removed = this.signedIn.result("beheerder",
				post(BASE + "/" + draft + "/doelen/" + goal + "/verwijderen").with(csrf())
					.param("lockVersion", String.valueOf(lockVersion(draft))));
		assertThat(flash(removed, "success")).isEqualTo("prevention.template.goal.removed");
		assertThat(count("select count(*) from plan_goal where template_id = ?", draft)).isEqualTo(goals);
		assertThat(this.templates.get(templateId(draft)).goal(goal)).isEmpty();

		// removing with a form opened before another change is a conflict
		long other = goalId(draft, "G3.2");
		MvcResult stale = this.signedIn.result("beheerder",
				post(BASE + "/" + draft + "/doelen/" + other + "/verwijderen").with(csrf())
					.param("lockVersion", String.valueOf(lockVersion(draft) - 1)));
		assertThat(flash(stale, "refused")).isEqualTo("prevention.template.conflict");
		assertThat(this.templates.get(templateId(draft)).goal(other)).isPresent();
	}

	@Test
	void aDialogueStepIsEditedInTheDraft() throws Exception {
		int draft = newDraft();
		String address = BASE + "/" + draft + "/stappen/2";
		Document form = this.signedIn.page("redactie", get(address));
		assertThat(form.select("input[name=title]").val()).isEqualTo("Focus bepalen");
		MockHttpServletResponse saved = this.signedIn.as("redactie",
				post(address).with(csrf())
					.param("lockVersion", form.select("input[name=lockVersion]").val())
					.param("title", "Samen focussen")
					.param("aim", "Een gerichte focus.")
					.param("guidance", "## Afbakening\nWelke doelgroep?\n## Draagvlak\nWie doet mee?")
					.param("clbRole", "Kritische vriend."));
		assertThat(saved.getRedirectedUrl()).isEqualTo(BASE + "/" + draft + "#stap-2");
		PlanTemplates.DialogueStep step = this.templates.get(templateId(draft)).steps().get(1);
		assertThat(step.title()).isEqualTo("Samen focussen");
		assertThat(step.guidanceByTopic()).containsExactly(Map.entry("Afbakening", List.of("Welke doelgroep?")),
				Map.entry("Draagvlak", List.of("Wie doet mee?")));
		assertThat(this.templates.get(templateId(1)).steps().get(1).title()).isEqualTo("Focus bepalen");

		Document empty = Jsoup.parse(
				this.signedIn
					.as("redactie",
							post(address).with(csrf())
								.param("lockVersion", String.valueOf(lockVersion(draft)))
								.param("title", "")
								.param("aim", "a")
								.param("guidance", "g")
								.param("clbRole", "r"))
					.getContentAsString());
		assertThat(empty.select("#title-fout").text()).isEqualTo("Vul de titel in.");
		assertThat(this.signedIn.status("redactie", get(BASE + "/" + draft + "/stappen/6"))).isEqualTo(404);
	}

	@Test
	void twoEditorsOfTheDraftTheSecondGetsAConflictWithItsInputKept() throws Exception {
		int draft = newDraft();
		long goal = goalId(draft, "G1.1");
		String address = BASE + "/" + draft + "/doelen/" + goal;
		int opened = Integer
			.parseInt(this.signedIn.page("redactie", get(address)).select("input[name=lockVersion]").val());
		assertThat(
				Integer.parseInt(this.signedIn.page("beheerder", get(address)).select("input[name=lockVersion]").val()))
			.isEqualTo(opened);

		assertThat(this.signedIn.as("beheerder", goalForm(address, opened, "Eerst bewaard.", "eerst", "Vraag 1?"))
			.getRedirectedUrl()).isNotNull();
		MockHttpServletResponse second = this.signedIn.as("redactie",
				goalForm(address, opened, "Later bewaard.", "later", "Vraag 2?"));
		assertThat(second.getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(second.getContentAsString());
		assertThat(page.select("#conflict").text()).contains("Een andere redacteur wijzigde het concept intussen")
			.contains("Eerst bewaard.");
		assertThat(page.select("textarea[name=statement]").text()).as("input kept").isEqualTo("Later bewaard.");
		assertThat(page.select("input[name=label]").val()).isEqualTo("later");
		assertThat(this.templates.get(templateId(draft)).goal(goal).orElseThrow().statement())
			.isEqualTo("Eerst bewaard.");

		// the form now carries the draft's lock: saving again overwrites deliberately
		int fresh = Integer.parseInt(page.select("input[name=lockVersion]").val());
		assertThat(fresh).isEqualTo(lockVersion(draft));
		this.signedIn.as("redactie", goalForm(address, fresh, "Later bewaard.", "later", "Vraag 2?"));
		assertThat(this.templates.get(templateId(draft)).goal(goal).orElseThrow().statement())
			.isEqualTo("Later bewaard.");
	}

	@Test
	void publishingMakesTheVersionReadOnlyAndTheOneNewPlansStartFromWhileOldPlansKeepTheirs() throws Exception {
		long school = this.jdbc.sql("insert into school (name, level, network) values (?, 'SO', 'GO') returning id")
			.param("Testschool sjabloon " + System.nanoTime())
			.query(Long.class)
			.single();
		long oldPlan = this.jdbc
			.sql("insert into prevention_plan (school_id, start_year, template_id) values (?, 2025, ?) returning id")
			.params(school, this.templates.latestPublishedId())
			.query(Long.class)
			.single();
		assertThat(this.templates.latestPublishedId()).isEqualTo(templateId(1));

		int draft = newDraft();
		long draftId = templateId(draft);
		long goal = goalId(draft, "G0.1");
		assertThat(this.templates.get(draftId).goal(goal).orElseThrow().statement())
			.as("the draft before its change: as version 1")
			.startsWith("De school zet zich in om een verbindend schoolklimaat");
		this.signedIn.as("redactie", goalForm(BASE + "/" + draft + "/doelen/" + goal, lockVersion(draft),
				"Een verbindend schoolklimaat voor iedereen.", "verbinding", "Vraag?"));
		assertThat(this.templates.get(draftId).goal(goal).orElseThrow().statement()).as("the draft after its change")
			.isEqualTo("Een verbindend schoolklimaat voor iedereen.");
		assertThat(this.templates.latestPublishedId()).as("a draft is not used by new plans").isEqualTo(templateId(1));

		// publishing needs the confirmation and the draft's lock
		MvcResult unconfirmed = this.signedIn.result("redactie", post(BASE + "/" + draft + "/publiceren").with(csrf())
			.param("lockVersion", String.valueOf(lockVersion(draft))));
		assertThat(flash(unconfirmed, "refused")).isEqualTo("prevention.template.publish.confirm");
		MvcResult stale = this.signedIn.result("redactie",
				post(BASE + "/" + draft + "/publiceren").with(csrf())
					.param("lockVersion", String.valueOf(lockVersion(draft) - 1))
					.param("bevestigd", "ja"));
		assertThat(flash(stale, "refused")).isEqualTo("prevention.template.conflict");
		assertThat(this.templates.get(draftId).published()).isFalse();
		MvcResult published = this.signedIn.result("redactie",
				post(BASE + "/" + draft + "/publiceren").with(csrf())
					.param("lockVersion", String.valueOf(lockVersion(draft)))
					.param("bevestigd", "ja"));
		assertThat(flash(published, "success")).isEqualTo("prevention.template.published");
		assertThat(this.templates.get(draftId).published()).isTrue();
		assertThat(this.templates.latestPublishedId()).isEqualTo(draftId);

		// an existing plan keeps its version; a plan started now gets the new one
		long newPlan = this.jdbc
			.sql("insert into prevention_plan (school_id, start_year, template_id) values (?, 2026, ?) returning id")
			.params(school, this.templates.latestPublishedId())
			.query(Long.class)
			.single();
		Map<Long, Long> planTemplates = new java.util.HashMap<>();
		this.jdbc.sql("select id, template_id from prevention_plan where school_id = ?")
			.param(school)
			.query((row, n) -> planTemplates.put(row.getLong(1), row.getLong(2)))
			.list();
		assertThat(planTemplates).containsEntry(oldPlan, templateId(1)).containsEntry(newPlan, draftId);
		assertThat(this.templates.get(planTemplates.get(oldPlan)).goal(goalId(1, "G0.1")).orElseThrow().statement())
			.startsWith("De school zet zich in om een verbindend schoolklimaat");
		assertThat(this.templates.get(planTemplates.get(newPlan)).goal(goal).orElseThrow().statement())
			.isEqualTo("Een verbindend schoolklimaat voor iedereen.");
		Document versions = this.signedIn.page("redactie", get(BASE));
		assertThat(versions.select("#versie-" + draft + " td").get(3).text()).isEqualTo("1 plan");
		assertThat(versions.select("#nieuw-concept").text()).isEqualTo("Nieuw concept");

		// read-only for good: forms lead back with the message, writes change nothing
		int lock = lockVersion(draft);
		String version = BASE + "/" + draft;
		for (String form : List.of(version + "/doelen/" + goal, version + "/doelen/nieuw", version + "/stappen/1")) {
			MvcResult refused = this.signedIn.result("redactie", get(form));
			assertThat(refused.getResponse().getRedirectedUrl()).as(form).isEqualTo(version);
			assertThat(flash(refused, "refused")).isEqualTo("prevention.template.readOnly");
		}
		for (MockHttpServletRequestBuilder write : List.of(
				goalForm(version + "/doelen/" + goal, lock, "Toch?", "toch", "Vraag?"),
				goalForm(version + "/doelen/nieuw", lock, "Toch?", "toch", "Vraag?").param("phase", "1")
					.param("code", "G1.9"),
				post(version + "/doelen/" + goal + "/verwijderen").with(csrf())
					.param("lockVersion", String.valueOf(lock)),
				post(version + "/stappen/1").with(csrf())
					.param("lockVersion", String.valueOf(lock))
					.param("title", "t")
					.param("aim", "a")
					.param("guidance", "g")
					.param("clbRole", "r"),
				post(version + "/notitie").with(csrf()).param("lockVersion", String.valueOf(lock)).param("note", "n"),
				post(version + "/publiceren").with(csrf())
					.param("lockVersion", String.valueOf(lock))
					.param("bevestigd", "ja"),
				goalForm(BASE + "/1/doelen/" + goalId(1, "G0.2"), 0, "Toch?", "toch", "Vraag?"))) {
			MvcResult refused = this.signedIn.result("redactie", write);
			assertThat(refused.getResponse().getStatus()).isEqualTo(302);
			assertThat(flash(refused, "refused")).isEqualTo("prevention.template.readOnly");
		}
		assertThat(this.templates.get(draftId).goal(goal).orElseThrow().statement())
			.isEqualTo("Een verbindend schoolklimaat voor iedereen.");
		assertThat(lockVersion(draft)).isEqualTo(lock);
		Document page = this.signedIn.page("redactie", get(version));
		assertThat(page.select("#status").text()).contains("Gepubliceerd op");
		assertThat(page.select("a[href$=/doelen/" + goal + "]")).as("no edit links").isEmpty();
	}

	@Test
	void onlyEditorsAndAdministratorsOpenTheEditorAndAddressesThatNameNothingAreNotFound() throws Exception {
		for (String user : List.of("redactie", "beheerder")) {
			assertThat(this.signedIn.status(user, get(BASE))).as(user).isEqualTo(200);
			assertThat(this.signedIn.status(user, get(BASE + "/1"))).as(user).isEqualTo(200);
		}
		for (String user : List.of("school", "clb", "partner", "stad", "coordinator")) {
			assertThat(this.signedIn.status(user, get(BASE))).as(user).isEqualTo(403);
			assertThat(this.signedIn.status(user, get(BASE + "/1"))).as(user).isEqualTo(403);
			assertThat(this.signedIn.status(user, post(BASE + "/concept").with(csrf()))).as(user).isEqualTo(403);
		}
		assertThat(this.jdbc.sql("select count(*) from plan_template").query(Long.class).single())
			.as("no draft made by those refused")
			.isEqualTo(1);
		assertThat(this.signedIn.as(null, get(BASE)).getRedirectedUrl()).endsWith("/login");

		int draft = newDraft();
		long goalOfOne = goalId(1, "G0.1");
		for (String wrong : List.of(BASE + "/abc", BASE + "/999999", BASE + "/99999999999",
				BASE + "/" + draft + "/doelen/" + goalOfOne, BASE + "/" + draft + "/doelen/abc",
				BASE + "/" + draft + "/doelen/99999999999999999999", BASE + "/" + draft + "/stappen/0",
				BASE + "/" + draft + "/stappen/x")) {
			assertThat(this.signedIn.status("redactie", get(wrong))).as(wrong).isEqualTo(404);
		}
		assertThat(this.signedIn.status("redactie", get(BASE + "?pagina=abc"))).isEqualTo(400);
		assertThat(this.signedIn.status("redactie", get(BASE + "?pagina=99999"))).isEqualTo(200);
	}

}
