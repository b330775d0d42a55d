package be.aanboord.system;

import be.aanboord.IntegrationTest;
import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The error pages as the servlet container's error dispatch renders them. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ErrorPagesIT {

	@Autowired
	MockMvc mvc;

	@Test
	void aServerErrorShowsADutchPageWithAReferenceAndNothingTechnical(CapturedOutput output) throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get("/error").accept("text/html")
				.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
				.requestAttr(RequestDispatcher.ERROR_EXCEPTION,
						new IllegalStateException("select password_hash from account")))
			.andReturn()
			.getResponse();
		String page = response.getContentAsString();
		assertThat(response.getStatus()).isEqualTo(500);
		assertThat(page).contains("Er ging iets mis").contains("Referentie voor de helpdesk");
		assertThat(page).doesNotContain("IllegalStateException", "password_hash", "select ", "at be.aanboord",
				"Whitelabel");
		String reference = page.replaceAll("(?s).*<code>([0-9a-f]{8})</code>.*", "$1");
		assertThat(reference).matches("[0-9a-f]{8}");
		assertThat(output).contains("(reference " + reference + ")").contains("IllegalStateException");
	}

	@Test
	void unavailableShowsTheDutch503Page() throws Exception {
		String page = this.mvc
			.perform(get("/error").accept("text/html").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 503))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Tijdelijk niet beschikbaar").contains("Referentie voor de helpdesk");
	}

	@Test
	void aConflictShowsTheDutch409Page() throws Exception {
		String page = this.mvc
			.perform(get("/error").accept("text/html").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 409))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Gegevens intussen gewijzigd").contains("Er is niets overschreven");
	}

	@Test
	void englishVisitorsGetTheEnglishErrorPage() throws Exception {
		String page = this.mvc
			.perform(get("/error").accept("text/html")
				.cookie(new jakarta.servlet.http.Cookie("aanboord-taal", "en"))
				.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("lang=\"en\"").doesNotContain("Pagina niet gevonden");
	}

	@ParameterizedTest
	@CsvSource({ "400, Ongeldige aanvraag", "405, Deze actie kan hier niet", "406, Formaat niet beschikbaar",
			"413, Te groot", "415, Soort inhoud niet ondersteund", "418, Aanvraag niet verwerkt",
			"429, Aanvraag niet verwerkt" })
	void everyClientErrorShowsTheDutchLayoutWithAReference(int status, String title) throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get("/error").accept("text/html").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status))
			.andReturn()
			.getResponse();
		String page = response.getContentAsString();
		assertThat(response.getStatus()).isEqualTo(status);
		assertThat(page).contains("lang=\"nl\"", "<h1>" + title + "</h1>", "Referentie voor de helpdesk",
				"Naar de startpagina");
		assertThat(page).doesNotContain("Whitelabel", "There was an unexpected error", "??error.");
	}

}
