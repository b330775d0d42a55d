package be.aanboord.prevention;

import java.time.LocalDate;
import java.util.List;

import be.aanboord.IntegrationTest;
import be.aanboord.SignedIn;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The dialogue with the CLB: the five steps with the template's texts, each saved on its
 * own with its version (the second of two saves from the same version is refused with the
 * input kept), a step completed before it started refused in Dutch.
 */
@IntegrationTest
class DialoguePageIT {

	@Autowired
	SignedIn signedIn;

	@Autowired
	PlanFixture fixture;

	@AfterEach
	void removeTheFixture() {
		this.fixture.removeAll();
	}

	@Autowired
	Plans plans;

	@Autowired
	PlanTemplates templates;

	@Test
	void theFiveStepsAreShownWithTheTemplatesTextsAndSavedOneByOne() throws Exception {
		PlanFixture.Schools f = this.fixture.create();
		long plan = this.fixture.plan(f.schoolId(), this.plans.currentStartYear());
		List<PlanTemplates.DialogueStep> steps = this.templates.get(this.templates.latestPublishedId()).steps();
		Document page = this.signedIn.page(f.schoolUser(), get(url(plan)));
		assertThat(page.select("section.dialogue-step")).hasSize(5);
		assertThat(page.select("#stap-1-titel").text()).isEqualTo("Stap 1: " + steps.get(0).title());
		assertThat(page.select("#stap-3").text()).contains(steps.get(2).clbRole().lines().findFirst().orElseThrow());
		assertThat(page.select("#stap-2 input[name=version]").val()).isEqualTo("0");

		MockHttpServletResponse saved = this.signedIn.as(f.clbUser(),
				step(plan, 2, 0).param("status", "IN_PROGRESS")
					.param("startedOn", "2026-10-01")
					.param("note", "Eerste overleg met het zorgteam"));
		assertThat(saved.getRedirectedUrl()).isEqualTo(url(plan) + "#stap-2");
		Plans.DialogueEntry entry = this.plans.dialogue(plan).get(1);
		assertThat(entry.status()).isEqualTo(DialogueStatus.IN_PROGRESS);
		assertThat(entry.startedOn()).isEqualTo(LocalDate.of(2026, 10, 1));
		assertThat(entry.note()).isEqualTo("Eerste overleg met het zorgteam");
		assertThat(entry.version()).isEqualTo(1);
		assertThat(this.plans.dialogue(plan).get(0).version()).as("another step").isZero();

		Document after = this.signedIn.page(f.schoolUser(), get(url(plan)));
		assertThat(after.select("#status-2 option[selected]").val()).isEqualTo("IN_PROGRESS");
		assertThat(after.getElementById("startedOn-2").val()).isEqualTo("2026-10-01");
		assertThat(after.select("#stap-2 input[name=version]").val()).isEqualTo("1");
	}

	@Test
	void theSecondSaveFromTheSameVersionIsRefusedWithTheInputKept() throws Exception {
		PlanFixture.Schools f = this.fixture.create();
		long plan = this.fixture.plan(f.schoolId(), this.plans.currentStartYear());
		this.signedIn.as(f.schoolUser(), step(plan, 4, 0).param("status", "DONE").param("note", "Van de school"));
		MockHttpServletResponse refused = this.signedIn.as(f.clbUser(),
				step(plan, 4, 0).param("status", "IN_PROGRESS").param("note", "Van het CLB"));
		assertThat(refused.getStatus()).isEqualTo(200);
		Document page = org.jsoup.Jsoup.parse(refused.getContentAsString());
		assertThat(page.select("#stap-4 [role=alert]").text()).contains("intussen gewijzigd", "Afgerond",
				"Van de school");
		assertThat(page.getElementById("note-4").text()).isEqualTo("Van het CLB");
		assertThat(page.select("#status-4 option[selected]").val()).isEqualTo("IN_PROGRESS");
		Plans.DialogueEntry kept = this.plans.dialogue(plan).get(3);
		assertThat(kept.status()).isEqualTo(DialogueStatus.DONE);
		assertThat(kept.note()).isEqualTo("Van de school");

		this.signedIn.as(f.clbUser(), step(plan, 4, 1).param("status", "IN_PROGRESS").param("note", "Van het CLB"));
		assertThat(this.plans.dialogue(plan).get(3).note()).isEqualTo("Van het CLB");
	}

	@Test
	void aStepCompletedBeforeItStartedOrWithBadInputIsRefusedInDutch() throws Exception {
		PlanFixture.Schools f = this.fixture.create();
		long plan = this.fixture.plan(f.schoolId(), this.plans.currentStartYear());
		Document page = this.signedIn.page(f.schoolUser(),
				step(plan, 1, 0).param("status", "DONE")
					.param("startedOn", "2026-10-10")
					.param("completedOn", "2026-10-01")
					.param("note", "te vroeg"));
		assertThat(page.getElementById("completedOn-1-fout").text())
			.isEqualTo("De stap kan niet afgerond zijn voor hij gestart is.");
		assertThat(page.getElementById("note-1").text()).isEqualTo("te vroeg");
		assertThat(page.getElementById("completedOn-1").val()).isEqualTo("2026-10-01");
		Document badDate = this.signedIn.page(f.schoolUser(),
				step(plan, 1, 0).param("status", "DONE").param("startedOn", "gisteren"));
		assertThat(badDate.getElementById("startedOn-1-fout").text()).contains("geldige datum");
		Document farAway = this.signedIn.page(f.schoolUser(),
				step(plan, 1, 0).param("status", "DONE")
					.param("startedOn", "0001-01-01")
					.param("completedOn", "9999-12-31"));
		assertThat(farAway.getElementById("startedOn-1-fout").text()).isEqualTo("Geef een datum tussen 2000 en 2100.");
		assertThat(farAway.getElementById("completedOn-1-fout").text())
			.isEqualTo("Geef een datum tussen 2000 en 2100.");
		Document tooLong = this.signedIn.page(f.schoolUser(),
				step(plan, 1, 0).param("status", "DONE").param("note", "n".repeat(4001)));
		assertThat(tooLong.getElementById("note-1-fout").text()).contains("te lang");
		assertThat(this.plans.dialogue(plan).get(0).version()).as("nothing saved").isZero();
		assertThat(this.signedIn.status(f.schoolUser(), step(plan, 6, 0).param("status", "DONE"))).isEqualTo(404);
		assertThat(this.signedIn.status(f.otherSchoolUser(), get(url(plan)))).isEqualTo(404);
		assertThat(this.signedIn.status(f.otherClbUser(), step(plan, 1, 0).param("status", "DONE"))).isEqualTo(404);
		assertThat(this.signedIn.status("coordinator", get(url(plan)))).isEqualTo(403);
	}

	private static String url(long plan) {
		return "/preventieplan/" + plan + "/dialoog";
	}

	private static MockHttpServletRequestBuilder step(long plan, int step, int version) {
		return post(url(plan)).with(csrf())
			.param("step", String.valueOf(step))
			.param("version", String.valueOf(version));
	}

}
