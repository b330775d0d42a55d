package be.aanboord.system;

import be.aanboord.IntegrationTest;
import be.aanboord.SignedIn;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The error pages as the servlet container's error dispatch renders them. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ErrorPagesIT {

	@Autowired
	SignedIn signedIn;

	@Test
	void aServerErrorShowsADutchPageWithAReferenceAndNothingTechnical(CapturedOutput output) throws Exception {
		MockHttpServletResponse response = this.signedIn.as(null, error(500).requestAttr(
				RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("select password_hash from account")));
		String html = response.getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(response.getStatus()).isEqualTo(500);
		assertThat(page.text()).contains("Er ging iets mis").contains("Referentie voor de helpdesk");
		assertThat(html).doesNotContain("IllegalStateException", "password_hash", "select ", "at be.aanboord",
				"Whitelabel");
		String reference = page.select("code").text();
		assertThat(reference).matches("[0-9a-f]{8}");
		assertThat(output).contains("(reference " + reference + ")").contains("IllegalStateException");
	}

	@Test
	void unavailableShowsTheDutch503Page() throws Exception {
		assertThat(this.signedIn.page(null, error(503)).text()).contains("Tijdelijk niet beschikbaar")
			.contains("Referentie voor de helpdesk");
	}

	@Test
	void aConflictShowsTheDutch409Page() throws Exception {
		assertThat(this.signedIn.page(null, error(409)).text()).contains("Gegevens intussen gewijzigd")
			.contains("Er is niets overschreven");
	}

	@Test
	void englishVisitorsGetTheEnglishErrorPage() throws Exception {
		String html = this.signedIn.as(null, error(404).cookie(new Cookie("aanboord-taal", "en"))).getContentAsString();
		assertThat(Jsoup.parse(html).select("html").attr("lang")).isEqualTo("en");
		assertThat(html).doesNotContain("Pagina niet gevonden");
	}

	@ParameterizedTest
	@CsvSource({ "400, Ongeldige aanvraag", "405, Deze actie kan hier niet", "406, Formaat niet beschikbaar",
			"413, Te groot", "415, Soort inhoud niet ondersteund", "418, Aanvraag niet verwerkt",
			"429, Aanvraag niet verwerkt" })
	void everyClientErrorShowsTheDutchLayoutWithAReference(int status, String title) throws Exception {
		MockHttpServletResponse response = this.signedIn.as(null, error(status));
		String html = response.getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(response.getStatus()).isEqualTo(status);
		assertThat(page.select("html").attr("lang")).isEqualTo("nl");
		assertThat(page.select("h1").eachText()).containsExactly(title);
		assertThat(page.text()).contains("Referentie voor de helpdesk", "Naar de startpagina");
		assertThat(html).doesNotContain("Whitelabel", "There was an unexpected error", "??error.");
	}

	/** The container's error dispatch for a status, as a browser asks for it. */
	private static MockHttpServletRequestBuilder error(int status) {
		return get("/error").accept("text/html").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status);
	}

}
