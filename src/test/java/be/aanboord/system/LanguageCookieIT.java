package be.aanboord.system;

import be.aanboord.IntegrationTest;
import be.aanboord.SignedIn;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

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
	SignedIn signedIn;

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
		MockHttpServletResponse response = this.signedIn.as(null,
				get("/toolbox").cookie(new Cookie("aanboord-taal", value)));
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(language(response)).isEqualTo("en");
	}

	@Test
	void anUnknownLanguageInTheAddressKeepsTheLanguageChosenBefore() throws Exception {
		MockHttpServletResponse unknown = this.signedIn.as(null, get("/toolbox").param("lang", "de"));
		assertThat(unknown.getStatus()).isEqualTo(200);
		assertThat(language(unknown)).isEqualTo("nl");
		assertThat(unknown.getCookie("aanboord-taal")).as("no cookie for an unknown language").isNull();

		MockHttpServletResponse english = this.signedIn.as(null,
				get("/toolbox").param("lang", "xx'").cookie(new Cookie("aanboord-taal", "en")));
		assertThat(english.getStatus()).isEqualTo(200);
		assertThat(language(english)).isEqualTo("en");
		assertThat(english.getCookie("aanboord-taal")).isNull();
	}

	@Test
	void switchingToDutchAndEnglishStillWorks() throws Exception {
		Cookie english = this.signedIn.as(null, get("/").param("lang", "en")).getCookie("aanboord-taal");
		assertThat(english).isNotNull();
		assertThat(english.getValue()).isEqualTo("en");
		Cookie dutch = this.signedIn.as(null, get("/").param("lang", "nl-BE").cookie(english))
			.getCookie("aanboord-taal");
		assertThat(dutch).isNotNull();
		assertThat(dutch.getValue()).isEqualTo("nl-BE");
	}

	private void assertDutch(String page, String cookie) throws Exception {
		MockHttpServletResponse response = this.signedIn.as(null,
				get(page).cookie(new Cookie("aanboord-taal", cookie)));
		assertThat(response.getStatus()).as(page + " with the cookie [" + cookie + "]").isEqualTo(200);
		Document html = Jsoup.parse(response.getContentAsString());
		assertThat(html.select("html").attr("lang")).as(page).isEqualTo("nl");
		assertThat(html.select("[hreflang=en]")).as(page).isNotEmpty();
	}

	/** The language the page declares on its {@code html} element. */
	private static String language(MockHttpServletResponse response) throws Exception {
		return Jsoup.parse(response.getContentAsString()).select("html").attr("lang");
	}

}
