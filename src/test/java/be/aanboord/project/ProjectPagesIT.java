package be.aanboord.project;

import be.aanboord.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

@IntegrationTest
class ProjectPagesIT {

	@Autowired
	MockMvc mvc;

	@Test
	void theProjectListShowsAllEightProjects() throws Exception {
		String page = html("/projecten");
		assertThat(page).contains("Ris+K basisonderwijs", "Ris+K secundair onderwijs", "Naft", "Brugcoaches",
				"Ponton 43", "Centrum voor Leerzorg");
		assertThat(page.split("href=\"/projecten/", -1)).hasSizeGreaterThanOrEqualTo(9);
	}

	@Test
	void aProjectPageShowsItsMissionAndTheLatestActionPlanWithTargets() throws Exception {
		String page = html("/projecten/risk-bao");
		assertThat(page).contains("Ris+K basisonderwijs")
			.contains("Missie en werking")
			.contains("Actieplanning 2021-2022")
			.contains("19 trajecten")
			.contains("190 uren");
	}

	@Test
	void theSchoolYearCanBeChosen() throws Exception {
		String page = html("/projecten/risk-bao?schooljaar=2020-2021");
		assertThat(page).contains("Actieplanning 2020-2021").contains("16 trajecten");
		assertThat(page).contains("<option value=\"2021-2022\">2021-2022</option>");
	}

	@Test
	void naftShowsItsLeadOrganisationAndSupplementaryTarget() throws Exception {
		String page = html("/projecten/naft");
		assertThat(page).contains("Penvoerder").contains("Cidar").contains("10");
	}

	@Test
	void aProjectWithoutPlanForTheChosenYearSaysSo() throws Exception {
		assertThat(html("/projecten/risk-bao?schooljaar=2017-2018"))
			.contains("Er is nog geen actieplanning voor dit project.");
	}

	@Test
	void anUnknownProjectIsNotFound() throws Exception {
		assertThat(this.mvc.perform(get("/projecten/bestaat-niet")).andReturn().getResponse().getStatus())
			.isEqualTo(404);
	}

	private String html(String path) throws Exception {
		return this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
	}

}
