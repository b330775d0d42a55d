package be.aanboord.prevention;

import java.util.List;

import be.aanboord.IntegrationTest;
import be.aanboord.SignedIn;
import be.aanboord.account.TestAccounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
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
 * A goal of the plan: the school and its CLB save it by a normal POST or by htmx
 * (answering the status and the new version only), with the version checked between them;
 * bad input is refused in Dutch with the input kept; only the plan's school and its CLB
 * open it, and only the CLB comments.
 */
@IntegrationTest
class GoalPageIT {

	@Autowired
	SignedIn signedIn;

	@Autowired
	PlanFixture fixture;

	@AfterEach
	void removeTheFixture() {
		this.fixture.removeAll();
	}

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Plans plans;

	@Autowired
	TestAccounts accounts;

	@Test
	void theSchoolSavesAGoalWithoutJavaScript() throws Exception {
		PlanFixture.Schools f = this.fixture.create();
		long plan = this.fixture.plan(f.schoolId(), this.plans.currentStartYear());
		long goal = this.fixture.firstGoal(plan);
		long question = firstQuestion(goal);
		Document page = this.signedIn.page(f.schoolUser(), get(url(plan, goal)));
		assertThat(page.select("h1").text()).startsWith("G0.1");
		assertThat(page.getElementById("version").val()).isEqualTo("0");
		assertThat(page.select("#note-" + question)).hasSize(1);
		assertThat(page.select("input[name=rating]")).hasSize(12);
		assertThat(page.select(".goal-nav a[href=/preventieplan/" + plan + "]")).hasSize(1);
		assertThat(page.select(".goal-nav a[rel=next]")).hasSize(1);
		assertThat(page.select(".goal-nav a[rel=prev]")).isEmpty();
		assertThat(page.select("#commentaren form")).as("the school does not comment").isEmpty();
		this.jdbc.sql("update prevention_plan set updated_at = now() - interval '1 day' where id = ?")
			.param(plan)
			.update();

		MvcResult saved = this.signedIn.result(f.schoolUser(),
				save(plan, goal, 0).param("rating", "7")
					.param("improvement", "Elke ochtend\nafwezigheden opvolgen")
					.param("focus", "true")
					.param("notes[" + question + "]", "Wij volgen op in het zorgteam."));
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(url(plan, goal));
		assertThat(saved.getFlashMap().get("success")).isEqualTo("prevention.goal.saved");
		Plans.GoalEntry entry = this.plans.goal(plan, goal);
		assertThat(entry.rating()).isEqualTo(7);
		assertThat(entry.improvement()).isEqualTo("Elke ochtend\nafwezigheden opvolgen");
		assertThat(entry.focus()).isTrue();
		assertThat(entry.notes()).containsEntry(question, "Wij volgen op in het zorgteam.");
		assertThat(entry.version()).isEqualTo(1);
		assertThat(entry.updatedBySchool()).isTrue();
		assertThat(updatedBy(plan, goal)).isEqualTo(this.accounts.idOf(f.schoolUser()));
		assertThat(this.jdbc.sql("select updated_at > now() - interval '1 minute' from prevention_plan where id = ?")
			.param(plan)
			.query(Boolean.class)
			.single()).as("the plan's updated_at").isTrue();

		Document again = this.signedIn.page(f.schoolUser(), get(url(plan, goal)));
		assertThat(again.getElementById("version").val()).isEqualTo("1");
		assertThat(again.select("input[name=rating][checked]").val()).isEqualTo("7");
		assertThat(again.getElementById("note-" + question).text()).isEqualTo("Wij volgen op in het zorgteam.");

		this.signedIn.as(f.schoolUser(), save(plan, goal, 1).param("rating", "").param("improvement", ""));
		entry = this.plans.goal(plan, goal);
		assertThat(entry.rating()).isNull();
		assertThat(entry.focus()).isFalse();
		assertThat(entry.notes()).as("an emptied note is removed").isEmpty();
		assertThat(entry.version()).isEqualTo(2);
	}

	@Test
	void anAutosaveAnswersTheStatusAndTheNewVersionNotTheFields() throws Exception {
		PlanFixture.Schools f = this.fixture.create();
		long plan = this.fixture.plan(f.schoolId(), this.plans.currentStartYear());
		long goal = this.fixture.firstGoal(plan);
		Document page = this.signedIn.page(f.clbUser(), get(url(plan, goal)));
		assertThat(page.getElementById("doel-formulier").attr("hx-post")).isEqualTo(url(plan, goal));
		assertThat(page.getElementById("doel-formulier").attr("hx-target")).isEqualTo("#bewaarstatus");

		MockHttpServletResponse response = this.signedIn.as(f.clbUser(),
				save(plan, goal, 0).header("HX-Request", "true").param("rating", "4"));
		assertThat(response.getStatus()).isEqualTo(200);
		Document fragment = Jsoup.parseBodyFragment(response.getContentAsString());
		assertThat(fragment.text()).startsWith("Bewaard om ");
		assertThat(fragment.select("input#version[hx-swap-oob]").val()).isEqualTo("1");
		assertThat(fragment.select("textarea, input[name=rating], h1")).isEmpty();
		assertThat(this.plans.goal(plan, goal).rating()).isEqualTo(4);
		assertThat(this.plans.goal(plan, goal).updatedBySchool()).isFalse();

		MockHttpServletResponse next = this.signedIn.as(f.clbUser(),
				save(plan, goal, 1).header("HX-Request", "true").param("rating", "5"));
		assertThat(Jsoup.parseBodyFragment(next.getContentAsString()).select("input#version").val()).isEqualTo("2");

		MockHttpServletResponse refused = this.signedIn.as(f.clbUser(),
				save(plan, goal, 2).header("HX-Request", "true").param("rating", "11"));
		Document errors = Jsoup.parseBodyFragment(refused.getContentAsString());
		assertThat(errors.select("[role=alert]").text()).contains("Niet bewaard:", "Kies een score van 0 tot 10.");
		assertThat(errors.select("input#version")).isEmpty();
		assertThat(this.plans.goal(plan, goal).rating()).isEqualTo(5);
	}

	@Test
	void whenSchoolAndClbEditTheSameGoalTheSecondSaveIsRefusedAndKeepsItsInput() throws Exception {
		PlanFixture.Schools f = this.fixture.create();
		long plan = this.fixture.plan(f.schoolId(), this.plans.currentStartYear());
		long goal = this.fixture.firstGoal(plan);
		long question = firstQuestion(goal);
		assertThat(this.signedIn.page(f.schoolUser(), get(url(plan, goal))).getElementById("version").val())
			.isEqualTo("0");
		assertThat(this.signedIn.page(f.clbUser(), get(url(plan, goal))).getElementById("version").val())
			.isEqualTo("0");
		this.signedIn.as(f.schoolUser(),
				save(plan, goal, 0).param("rating", "8")
					.param("improvement", "Van de school")
					.param("notes[" + question + "]", "Notitie van de school"));

		MockHttpServletResponse refused = this.signedIn.as(f.clbUser(),
				save(plan, goal, 0).param("rating", "3")
					.param("improvement", "Van het CLB")
					.param("notes[" + question + "]", "Notitie van het CLB"));
		assertThat(refused.getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(refused.getContentAsString());
		String schoolName = this.accounts.signedIn(f.schoolUser()).getDisplayName();
		assertThat(page.select(".goal-conflict").text()).contains(
				"De school (" + schoolName + ") heeft dit doel intussen gewijzigd", "Er is niets bewaard", "8/10",
				"Van de school", "Notitie van de school");
		assertThat(page.getElementById("improvement").text()).isEqualTo("Van het CLB");
		assertThat(page.getElementById("note-" + question).text()).isEqualTo("Notitie van het CLB");
		assertThat(page.select("input[name=rating][checked]").val()).isEqualTo("3");
		assertThat(page.getElementById("version").val()).as("still the version it was opened on").isEqualTo("0");
		assertThat(page.select("button[name=overwrite]").val()).isEqualTo("1");
		Plans.GoalEntry kept = this.plans.goal(plan, goal);
		assertThat(kept.rating()).isEqualTo(8);
		assertThat(kept.improvement()).isEqualTo("Van de school");
		assertThat(kept.notes()).containsEntry(question, "Notitie van de school");

		MockHttpServletResponse htmx = this.signedIn.as(f.clbUser(),
				save(plan, goal, 0).header("HX-Request", "true").param("rating", "3"));
		Document fragment = Jsoup.parseBodyFragment(htmx.getContentAsString());
		assertThat(fragment.select(".goal-conflict").text()).contains("heeft dit doel intussen gewijzigd");
		assertThat(fragment.select("input#version")).as("the version is not replaced").isEmpty();
		assertThat(fragment.select("textarea")).isEmpty();

		this.signedIn.as(f.clbUser(), save(plan, goal, 0).param("overwrite", "1").param("rating", "3"));
		assertThat(this.plans.goal(plan, goal).rating()).as("overwritten deliberately").isEqualTo(3);
		assertThat(this.plans.goal(plan, goal).version()).isEqualTo(2);
	}

	@Test
	void badInputIsRefusedInDutchWithTheInputKept() throws Exception {
		PlanFixture.Schools f = this.fixture.create();
		long plan = this.fixture.plan(f.schoolId(), this.plans.currentStartYear());
		long goal = this.fixture.firstGoal(plan);
		long question = firstQuestion(goal);
		for (String rating : List.of("11", "-1", "abc")) {
			Document page = this.signedIn.page(f.schoolUser(),
					save(plan, goal, 0).param("rating", rating).param("improvement", "bewaard?"));
			assertThat(page.getElementById("rating-fout").text()).as(rating).isEqualTo("Kies een score van 0 tot 10.");
			assertThat(page.getElementById("improvement").text()).isEqualTo("bewaard?");
		}
		Document tooLong = this.signedIn.page(f.schoolUser(), save(plan, goal, 0).param("improvement", "x".repeat(4001))
			.param("notes[" + question + "]", "y".repeat(4001)));
		assertThat(tooLong.getElementById("improvement-fout").text()).contains("hoogstens 4.000 tekens");
		assertThat(tooLong.getElementById("note-" + question + "-fout").text()).contains("hoogstens 4.000 tekens");
		assertThat(tooLong.getElementById("note-" + question).text()).hasSize(4001);
		assertThat(this.signedIn.status(f.schoolUser(), post(url(plan, goal)).with(csrf()).param("rating", "5")))
			.as("no version")
			.isEqualTo(200);
		assertThat(this.jdbc.sql("select count(*) from plan_goal_entry where plan_id = ?")
			.param(plan)
			.query(Integer.class)
			.single()).as("nothing saved").isZero();
	}

	@Test
	void onlyThePlansSchoolAndItsClbOpenAGoalOfThePlansTemplate() throws Exception {
		PlanFixture.Schools f = this.fixture.create();
		long plan = this.fixture.plan(f.schoolId(), this.plans.currentStartYear());
		long goal = this.fixture.firstGoal(plan);
		assertThat(this.signedIn.status(f.otherSchoolUser(), get(url(plan, goal)))).isEqualTo(404);
		assertThat(this.signedIn.status(f.otherClbUser(), get(url(plan, goal)))).isEqualTo(404);
		assertThat(this.signedIn.status(f.otherSchoolUser(), save(plan, goal, 0).param("rating", "1"))).isEqualTo(404);
		assertThat(this.plans.goal(plan, goal).version()).isZero();
		long demoPlan = this.jdbc.sql("""
				select p.id from prevention_plan p join school s on s.id = p.school_id
				where s.name = 'Basisschool De Regenboogbrug (fictief)' and p.start_year = 2026
				""").query(Long.class).single();
		assertThat(this.signedIn.status(f.schoolUser(), get(url(demoPlan, this.fixture.firstGoal(demoPlan)))))
			.as("another school's plan")
			.isEqualTo(404);
		long notInTemplate = this.jdbc.sql("select coalesce(max(id), 0) + 1000 from plan_goal")
			.query(Long.class)
			.single();
		assertThat(this.signedIn.status(f.schoolUser(), get(url(plan, notInTemplate)))).isEqualTo(404);
		assertThat(this.signedIn.status(f.schoolUser(), get("/preventieplan/" + plan + "/doelen/abc"))).isEqualTo(404);
		assertThat(this.signedIn.status(f.schoolUser(), get("/preventieplan/abc/doelen/" + goal))).isEqualTo(404);
		for (String user : List.of("beheerder", "coordinator", "partner", "redactie", "stad")) {
			assertThat(this.signedIn.status(user, get(url(demoPlan, this.fixture.firstGoal(demoPlan))))).as(user)
				.isEqualTo(403);
		}
	}

	@Test
	void thePageShowsLastYearsRatingOfTheSameGoalCode() throws Exception {
		PlanFixture.Schools f = this.fixture.create();
		int year = this.plans.currentStartYear();
		long lastYear = this.fixture.plan(f.schoolId(), year - 1);
		long plan = this.fixture.plan(f.schoolId(), year);
		long goal = this.fixture.firstGoal(plan);
		assertThat(this.signedIn.page(f.schoolUser(), get(url(plan, goal))).getElementById("vorig-jaar").text())
			.isEqualTo("Vorig schooljaar is dit doel niet gescoord.");
		this.jdbc.sql("insert into plan_goal_entry (plan_id, goal_id, rating) values (?, ?, 5)")
			.params(lastYear, this.fixture.firstGoal(lastYear))
			.update();
		assertThat(this.signedIn.page(f.schoolUser(), get(url(plan, goal))).getElementById("vorig-jaar").text())
			.isEqualTo("Score vorig schooljaar: 5/10");
	}

	@Test
	void theClbCommentsAndTheSchoolReadsItButCannotComment() throws Exception {
		PlanFixture.Schools f = this.fixture.create();
		long plan = this.fixture.plan(f.schoolId(), this.plans.currentStartYear());
		long goal = this.fixture.firstGoal(plan);
		String comments = url(plan, goal) + "/commentaar";
		Document empty = this.signedIn.page(f.clbUser(), post(comments).with(csrf()).param("body", "  "));
		assertThat(empty.getElementById("body-fout").text()).isEqualTo("Schrijf je commentaar.");
		Document tooLong = this.signedIn.page(f.clbUser(), post(comments).with(csrf()).param("body", "z".repeat(4001)));
		assertThat(tooLong.getElementById("body-fout").text()).contains("te lang");
		assertThat(tooLong.getElementById("body").text()).hasSize(4001);

		MvcResult posted = this.signedIn.result(f.clbUser(),
				post(comments).with(csrf()).param("body", "Mooi plan.\nDenk ook aan de ouders."));
		assertThat(posted.getResponse().getRedirectedUrl()).isEqualTo(url(plan, goal) + "#commentaren");
		Document forSchool = this.signedIn.page(f.schoolUser(), get(url(plan, goal)));
		assertThat(forSchool.select("#commentaren li").text()).contains("Mooi plan.", "Denk ook aan de ouders.",
				this.accounts.signedIn(f.clbUser()).getDisplayName());
		assertThat(forSchool.select("#commentaren form")).isEmpty();

		assertThat(this.signedIn.status(f.schoolUser(), post(comments).with(csrf()).param("body", "Ik ook")))
			.isEqualTo(403);
		assertThat(this.signedIn.status(f.otherClbUser(), post(comments).with(csrf()).param("body", "Ik ook")))
			.isEqualTo(404);
		assertThat(this.jdbc.sql("select count(*) from plan_comment where plan_id = ?")
			.param(plan)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	private static String url(long plan, long goal) {
		return "/preventieplan/" + plan + "/doelen/" + goal;
	}

	private static MockHttpServletRequestBuilder save(long plan, long goal, int version) {
		return post(url(plan, goal)).with(csrf()).param("version", String.valueOf(version));
	}

	private long firstQuestion(long goal) {
		return this.jdbc.sql("select id from plan_question where goal_id = ? order by position limit 1")
			.param(goal)
			.query(Long.class)
			.single();
	}

	private long updatedBy(long plan, long goal) {
		return this.jdbc.sql("select updated_by from plan_goal_entry where plan_id = ? and goal_id = ?")
			.params(plan, goal)
			.query(Long.class)
			.single();
	}

}
