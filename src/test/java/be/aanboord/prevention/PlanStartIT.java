package be.aanboord.prevention;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import be.aanboord.IntegrationTest;
import be.aanboord.SignedIn;
import be.aanboord.account.TestAccounts;
import be.aanboord.project.SchoolYear;
import be.aanboord.system.NotFoundException;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The plans list and starting a plan: a school user sees its own school's plans and
 * starts this school year's once (a second attempt opens the same plan); a CLB worker
 * sees the schools its CLB serves with this year's plan, paginated, and starts a plan for
 * one of them only; the next school year's plan only from 1 June; the lab's other roles
 * never open the list.
 */
@IntegrationTest
class PlanStartIT {

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
	PlanTemplates templates;

	@Autowired
	PlanAccess access;

	@Autowired
	TestAccounts accounts;

	@Test
	void aSchoolUserStartsThisYearsPlanOnceAndSeesOnlyItsOwnPlans() throws Exception {
		PlanFixture.Schools f = this.fixture.create();
		long otherPlan = this.fixture.plan(f.otherSchoolId(), this.plans.currentStartYear() - 1);
		String label = new SchoolYear(this.plans.currentStartYear()).getLabel();
		Document empty = this.signedIn.page(f.schoolUser(), get("/preventieplan"));
		assertThat(empty.select("#eigen-plannen p").text()).contains("Je school heeft nog geen preventieplan.");
		assertThat(empty.select("form.plan-start button").text()).isEqualTo("Preventieplan " + label + " starten");
		assertThat(empty.select("a[href=/preventieplan/" + otherPlan + "]")).isEmpty();
		assertThat(empty.select("#clb-scholen")).isEmpty();

		MockHttpServletResponse started = start(f.schoolUser(), label, null);
		long planId = planOf(f.schoolId(), this.plans.currentStartYear());
		assertThat(started.getRedirectedUrl()).isEqualTo("/preventieplan/" + planId);
		assertThat(this.jdbc.sql("select template_id from prevention_plan where id = ?")
			.param(planId)
			.query(Long.class)
			.single()).isEqualTo(this.templates.latestPublishedId());

		assertThat(start(f.schoolUser(), label, null).getRedirectedUrl()).as("a second attempt")
			.isEqualTo("/preventieplan/" + planId);
		assertThat(count(f.schoolId())).isEqualTo(1);

		Document list = this.signedIn.page(f.schoolUser(), get("/preventieplan"));
		assertThat(list.select(".plan-years a").eachText()).containsExactly("Preventieplan " + label);
		assertThat(list.select("form.plan-start")).as("this year's plan exists").isEmpty();
	}

	@Test
	void aSchoolUserCannotStartAPlanForAnotherSchoolOrAYearBefore() throws Exception {
		PlanFixture.Schools f = this.fixture.create();
		String label = new SchoolYear(this.plans.currentStartYear()).getLabel();
		assertThat(start(f.schoolUser(), label, f.otherSchoolId()).getStatus()).isEqualTo(404);
		assertThat(start(f.schoolUser(), label, null).getStatus()).isEqualTo(302);
		MvcResult earlier = this.signedIn.result(f.otherSchoolUser(), post("/preventieplan").with(csrf())
			.param("schooljaar", new SchoolYear(this.plans.currentStartYear() - 1).getLabel()));
		assertThat(earlier.getResponse().getRedirectedUrl()).isEqualTo("/preventieplan");
		assertThat(earlier.getFlashMap().get("warning")).isEqualTo("prevention.start.yearRefused");
		assertThat(start(f.otherSchoolUser(), "nonsense", null).getRedirectedUrl()).isEqualTo("/preventieplan");
		assertThat(count(f.otherSchoolId())).isZero();
		assertThat(start(f.schoolUser(), label, null).getRedirectedUrl()).startsWith("/preventieplan/");
		assertThat(this.signedIn.status(f.schoolUser(),
				post("/preventieplan").with(csrf()).param("schooljaar", label).param("school", "abc")))
			.isEqualTo(404);
	}

	@Test
	void aClbWorkerSeesItsSchoolsPaginatedAndStartsAPlanForOneOfThem() throws Exception {
		PlanFixture.Schools f = this.fixture.create();
		for (int i = 0; i < 20; i++) {
			this.fixture.school("Zz extra", f.clbId());
		}
		int year = this.plans.currentStartYear();
		String label = new SchoolYear(year).getLabel();
		Document first = this.signedIn.page(f.clbUser(), get("/preventieplan"));
		assertThat(first.select("#clb-scholen tbody tr")).hasSize(20);
		assertThat(first.select("#clb-scholen caption").text()).contains("21 scholen");
		assertThat(first.select("#school-" + f.otherSchoolId())).isEmpty();
		assertThat(first.select("#school-" + f.schoolId() + " button").text()).contains("Starten");
		Document second = this.signedIn.page(f.clbUser(), get("/preventieplan").param("pagina", "1"));
		assertThat(second.select("#clb-scholen tbody tr")).hasSize(1);

		assertThat(start(f.clbUser(), label, f.otherSchoolId()).getStatus()).as("not its school").isEqualTo(404);
		assertThat(start(f.clbUser(), label, null).getStatus()).as("no school").isEqualTo(404);
		MockHttpServletResponse started = start(f.clbUser(), label, f.schoolId());
		long planId = planOf(f.schoolId(), year);
		assertThat(started.getRedirectedUrl()).isEqualTo("/preventieplan/" + planId);
		assertThat(count(f.otherSchoolId())).isZero();

		this.jdbc.sql("insert into plan_goal_entry (plan_id, goal_id, rating) values (?, ?, 6)")
			.params(planId, this.fixture.firstGoal(planId))
			.update();
		Document after = this.signedIn.page(f.clbUser(), get("/preventieplan"));
		assertThat(after.select("#school-" + f.schoolId() + " a").attr("href")).isEqualTo("/preventieplan/" + planId);
		assertThat(after.select("#school-" + f.schoolId()).text()).contains("1 doel gescoord");
	}

	@Test
	void theNextSchoolYearsPlanStartsFromTheFirstOfJune() {
		PlanFixture.Schools f = this.fixture.create();
		var user = this.accounts.signedIn(f.schoolUser());
		Plans may = plansOn("2027-05-31T10:00:00Z");
		assertThat(may.startableYears()).containsExactly(2026);
		assertThatThrownBy(() -> may.start(f.schoolId(), 2027, user)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> may.start(f.otherSchoolId(), 2026, user)).isInstanceOf(NotFoundException.class);
		Plans june = plansOn("2027-06-01T10:00:00Z");
		assertThat(june.startableYears()).containsExactly(2026, 2027);
		long planId = june.start(f.schoolId(), 2027, user);
		assertThat(planOf(f.schoolId(), 2027)).isEqualTo(planId);
		assertThat(plansOn("2027-08-31T10:00:00Z").startableYears()).containsExactly(2026, 2027);
		assertThat(plansOn("2027-09-01T10:00:00Z").startableYears()).containsExactly(2027);
	}

	@Test
	void theLabsOtherRolesNeverOpenTheList() throws Exception {
		for (String user : new String[] { "beheerder", "coordinator", "partner", "redactie", "stad" }) {
			assertThat(this.signedIn.status(user, get("/preventieplan"))).as(user).isEqualTo(403);
			assertThat(this.signedIn.status(user, post("/preventieplan").with(csrf()))).as(user).isEqualTo(403);
		}
	}

	private Plans plansOn(String instant) {
		return new Plans(this.jdbc, this.templates, this.access,
				Clock.fixed(Instant.parse(instant), ZoneId.of("Europe/Brussels")));
	}

	private MockHttpServletResponse start(String user, String label, Long school) throws Exception {
		var request = post("/preventieplan").with(csrf()).param("schooljaar", label);
		if (school != null) {
			request.param("school", String.valueOf(school));
		}
		return this.signedIn.as(user, request);
	}

	private long planOf(long schoolId, int year) {
		return this.jdbc.sql("select id from prevention_plan where school_id = ? and start_year = ?")
			.params(schoolId, year)
			.query(Long.class)
			.single();
	}

	private int count(long schoolId) {
		return this.jdbc.sql("select count(*) from prevention_plan where school_id = ?")
			.param(schoolId)
			.query(Integer.class)
			.single();
	}

}
