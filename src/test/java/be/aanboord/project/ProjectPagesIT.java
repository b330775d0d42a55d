package be.aanboord.project;

import be.aanboord.IntegrationTest;
import be.aanboord.SignedIn;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

@IntegrationTest
class ProjectPagesIT {

	@Autowired
	SignedIn signedIn;

	@Test
	void theProjectListShowsAllEightProjects() throws Exception {
		Document page = this.signedIn.page(null, get("/projecten"));
		assertThat(page.text()).contains("Ris+K basisonderwijs", "Ris+K secundair onderwijs", "Naft", "Brugcoaches",
				"Ponton 43", "Centrum voor Leerzorg");
		assertThat(page.select("[href^=/projecten/]")).hasSizeGreaterThanOrEqualTo(8);
	}

	@Test
	void aProjectPageShowsItsMissionAndTheLatestActionPlanWithTargets() throws Exception {
		assertThat(this.signedIn.page(null, get("/projecten/risk-bao")).text()).contains("Ris+K basisonderwijs")
			.contains("Missie en werking")
			.contains("Actieplanning 2021-2022")
			.contains("19 trajecten")
			.contains("190 uren");
	}

	@Test
	void theSchoolYearCanBeChosen() throws Exception {
		Document page = this.signedIn.page(null, get("/projecten/risk-bao?schooljaar=2020-2021"));
		assertThat(page.text()).contains("Actieplanning 2020-2021").contains("16 trajecten");
		Element other = page.selectFirst("option[value=2021-2022]");
		assertThat(other).isNotNull();
		assertThat(other.text()).isEqualTo("2021-2022");
		assertThat(other.hasAttr("selected")).isFalse();
	}

	@Test
	void naftShowsItsLeadOrganisationAndSupplementaryTarget() throws Exception {
		assertThat(this.signedIn.page(null, get("/projecten/naft")).text()).contains("Penvoerder")
			.contains("Cidar")
			.contains("10");
	}

	@Test
	void aProjectWithoutPlanForTheChosenYearSaysSo() throws Exception {
		assertThat(this.signedIn.page(null, get("/projecten/risk-bao?schooljaar=2017-2018")).text())
			.contains("Er is nog geen actieplanning voor dit project.");
	}

	@Test
	void anUnknownProjectIsNotFound() throws Exception {
		assertThat(this.signedIn.status(null, get("/projecten/bestaat-niet"))).isEqualTo(404);
	}

}
