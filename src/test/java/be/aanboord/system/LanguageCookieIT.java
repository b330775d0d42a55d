package be.aanboord.system;

import be.aanboord.IntegrationTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The language cookie and the {@code lang} parameter accept the portal's two languages
 * only; anything else is ignored and the page is shown in Dutch, never an error.
 */
@IntegrationTest
class LanguageCookieIT {

	private static final String[] PAGES = { "/", "/toolbox", "/projecten", "/login" };

	@Autowired
	MockMvc mvc;

	@ParameterizedTest
	@ValueSource(strings = { "en'", "'", "xx", "de", "fr-BE", "", " ", "en Europe/Nergens", "\"en\"", "en;", "nl-BE'",
			"<script>", "en-", "en--x", "%00", "\u0000", "en\u0000", "en\u0007", "\u202Een", "🇬🇧",
			"en\r\nSet-Cookie: x=y", "x-private" })
	void anUnknownOrMalformedValueIsIgnored(String value) throws Exception {
		for (String page : PAGES) {
			assertDutch(page, value);
		}
	}

	@Test
	void aVeryLongValueIsIgnored() throws Exception {
		for (String page : PAGES) {
			assertDutch(page, "en".repeat(5000));
			assertDutch(page, "a".repeat(10_000));
		}
	}

	/** The language part counts; a time zone part that is not one is ignored. */
	@ParameterizedTest
	@ValueSource(strings = { "en", "en-GB", "en_US", "en/Europe/Brussels", "en/Nergens" })
	void englishInAnyOfItsFormsGivesEnglish(String value) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/toolbox").cookie(new Cookie("aanboord-taal", value)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).contains("<html lang=\"en\"");
	}

	@Test
	void anUnknownLanguageInTheAddressKeepsTheLanguageChosenBefore() throws Exception {
		MockHttpServletResponse unknown = this.mvc.perform(get("/toolbox").param("lang", "de"))
			.andReturn()
			.getResponse();
		assertThat(unknown.getStatus()).isEqualTo(200);
		assertThat(unknown.getContentAsString()).contains("<html lang=\"nl\"");
		assertThat(unknown.getCookie("aanboord-taal")).as("no cookie for an unknown language").isNull();

		MockHttpServletResponse english = this.mvc
			.perform(get("/toolbox").param("lang", "xx'").cookie(new Cookie("aanboord-taal", "en")))
			.andReturn()
			.getResponse();
		assertThat(english.getStatus()).isEqualTo(200);
		assertThat(english.getContentAsString()).contains("<html lang=\"en\"");
		assertThat(english.getCookie("aanboord-taal")).isNull();
	}

	@Test
	void switchingToDutchAndEnglishStillWorks() throws Exception {
		Cookie english = this.mvc.perform(get("/").param("lang", "en"))
			.andReturn()
			.getResponse()
			.getCookie("aanboord-taal");
		assertThat(english).isNotNull();
		assertThat(english.getValue()).isEqualTo("en");
		Cookie dutch = this.mvc.perform(get("/").param("lang", "nl-BE").cookie(english))
			.andReturn()
			.getResponse()
			.getCookie("aanboord-taal");
		assertThat(dutch).isNotNull();
		assertThat(dutch.getValue()).isEqualTo("nl-BE");
	}

	private void assertDutch(String page, String cookie) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(page).cookie(new Cookie("aanboord-taal", cookie)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(page + " with the cookie [" + cookie + "]").isEqualTo(200);
		assertThat(response.getContentAsString()).as(page).contains("<html lang=\"nl\"").contains("hreflang=\"en\"");
	}

}
