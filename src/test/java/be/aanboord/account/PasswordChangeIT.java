package be.aanboord.account;

import be.aanboord.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@IntegrationTest
class PasswordChangeIT {

	private static final String OLD = "het oude lange wachtwoord";

	@Autowired
	MockMvc mvc;

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
		assertThat(
				change(username, "niet mijn wachtwoord", "het nieuwe lange wachtwoord", "het nieuwe lange wachtwoord")
					.getContentAsString())
			.contains("Dit is niet je huidige wachtwoord.");
		assertThat(change(username, OLD, "kort", "kort").getContentAsString())
			.contains("Een wachtwoord heeft minstens 12 en hoogstens 128 tekens.");
		assertThat(change(username, OLD, "het nieuwe lange wachtwoord", "iets anders dan dat").getContentAsString())
			.contains("De twee nieuwe wachtwoorden zijn niet gelijk.");
		assertThat(login(username, OLD)).endsWith("/start");
	}

	private MockHttpServletResponse change(String username, String current, String next, String confirmation)
			throws Exception {
		return this.mvc
			.perform(post("/mijn-account/wachtwoord").with(user(this.accounts.signedIn(username)))
				.with(csrf())
				.param("currentPassword", current)
				.param("newPassword", next)
				.param("confirmation", confirmation))
			.andReturn()
			.getResponse();
	}

	private String login(String username, String password) throws Exception {
		return this.mvc.perform(post("/login").with(csrf()).param("username", username).param("password", password))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

}
