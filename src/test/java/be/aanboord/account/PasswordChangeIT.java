package be.aanboord.account;

import be.aanboord.IntegrationTest;
import be.aanboord.SignedIn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@IntegrationTest
class PasswordChangeIT {

	private static final String OLD = "het oude lange wachtwoord";

	@Autowired
	SignedIn signedIn;

	@Autowired
	TestAccounts accounts;

	@Test
	void aUserChangesTheirPasswordAndLogsInWithTheNewOne() throws Exception {
		String username = this.accounts.create(OLD, Role.PARTNER);
		MockHttpServletResponse response = change(username, OLD, "het nieuwe lange wachtwoord",
				"het nieuwe lange wachtwoord");
		assertThat(response.getRedirectedUrl()).isEqualTo("/start");
		assertThat(login(username, "het nieuwe lange wachtwoord")).endsWith("/start");
		assertThat(login(username, OLD)).endsWith("/login?fout=1");
	}

	@Test
	void mistakesAreShownInDutchAndNothingChanges() throws Exception {
		String username = this.accounts.create(OLD, Role.PARTNER);
		assertThat(error(
				change(username, "niet mijn wachtwoord", "het nieuwe lange wachtwoord", "het nieuwe lange wachtwoord"),
				"currentPassword"))
			.contains("Dit is niet je huidige wachtwoord.");
		assertThat(error(change(username, OLD, "kort", "kort"), "newPassword"))
			.contains("Een wachtwoord heeft minstens 12 en hoogstens 128 tekens.");
		assertThat(error(change(username, OLD, "het nieuwe lange wachtwoord", "iets anders dan dat"), "confirmation"))
			.contains("De twee nieuwe wachtwoorden zijn niet gelijk.");
		assertThat(login(username, OLD)).endsWith("/start");
	}

	private MockHttpServletResponse change(String username, String current, String next, String confirmation)
			throws Exception {
		return this.signedIn.as(username,
				post("/mijn-account/wachtwoord").with(csrf())
					.param("currentPassword", current)
					.param("newPassword", next)
					.param("confirmation", confirmation));
	}

	/** The error shown next to a field of the form. */
	private static String error(MockHttpServletResponse response, String field) throws Exception {
		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(page.getElementById(field + "-fout")).as(field + "-fout").isNotNull();
		return page.getElementById(field + "-fout").text();
	}

	/** Signs in through the login form; returns where it redirects. */
	private String login(String username, String password) throws Exception {
		return this.signedIn
			.as(null, post("/login").with(csrf()).param("username", username).param("password", password))
			.getRedirectedUrl();
	}

}
