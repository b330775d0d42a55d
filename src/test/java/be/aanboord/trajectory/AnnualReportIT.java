package be.aanboord.trajectory;

import be.aanboord.IntegrationTest;
import be.aanboord.SignedIn;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AnnualReportIT {

	@Autowired
	SignedIn signedIn;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theRisKReportCountsByQuestionTypeLevelPartnerAndSchool() throws Exception {
		String page = get("coordinator",
				"/trajecten/jaarverslag?project=" + project("RISK_BAO") + "&schooljaar=2021-2022")
			.getContentAsString();
		assertThat(page).contains("Jaarverslag Ris+K basisonderwijs, schooljaar 2021-2022", "Per soort vraag",
				"Teamvraag (preventief)", "Per niveau", "Kleuter – Samen-Spel", "De Schommel", "UCLL",
				"Bereikte scholen", "Download als PDF");
	}

	@Test
	void theNaftReportShowsSupplementaryTrajectoriesAndStaffEffortAndSuppressesSmallCounts() throws Exception {
		String page = get("stad", "/trajecten/jaarverslag?project=" + project("NAFT") + "&schooljaar=2021-2022")
			.getContentAsString();
		assertThat(page).contains("Supplementair aanbod", "Personeelsinzet", "Uitkomsten", "minder dan 5",
				"Terug naar de eigen school");
		assertThat(page).containsPattern("Supplementair aanbod</th><td>11</td>");
	}

	@Test
	void theReportComesAsAPdfFromTheSameTemplate() throws Exception {
		MockHttpServletResponse response = get("beheerder",
				"/trajecten/jaarverslag.pdf?project=" + project("RISK_SO") + "&schooljaar=2021-2022");
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("Jaarverslag Ris+K secundair onderwijs, schooljaar 2021-2022", "Per soort vraag",
					"Koïnoor");
		}
	}

	@Test
	void aCoordinatorCannotReadTheReportOfAnotherProject() throws Exception {
		assertThat(get("coordinator", "/trajecten/jaarverslag?project=" + project("NAFT")).getStatus()).isEqualTo(404);
	}

	private long project(String code) {
		return this.jdbc.sql("select id from project where code = ?").param(code).query(Long.class).single();
	}

	private MockHttpServletResponse get(String username, String path) throws Exception {
		return this.signedIn.as(username,
				org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path));
	}

}
