package be.aanboord.agenda.registration;

import be.aanboord.IntegrationTest;
import be.aanboord.SignedIn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Past the limit of registrations per address the form answers 429 with a Dutch message,
 * keeps what was typed and stores nothing.
 */
@IntegrationTest
@TestPropertySource(
		properties = { "aanboord.agenda.registrations-per-ip=2", "spring.datasource.hikari.maximum-pool-size=4" })
class RegistrationRateLimitIT {

	@Autowired
	SignedIn signedIn;

	@Autowired
	RegistrationFixture fixture;

	@AfterEach
	void removeTheActivities() {
		this.fixture.removeAll();
	}

	@Test
	void theThirdRegistrationFromOneAddressWithinTheHourIsRefusedInDutchWithTheInputKept() throws Exception {
		long id = this.fixture.activity("limiet", 10);
		String slug = this.fixture.slug(id);
		for (String who : new String[] { "an", "bert" }) {
			MockHttpServletResponse accepted = this.signedIn.as(null,
					RegistrationFlowIT.registration(slug, who + " Peeters", who + "@example.org"));
			assertThat(accepted.getRedirectedUrl()).isEqualTo("/agenda/" + slug + "/inschrijven?ontvangen=ja");
		}
		MockHttpServletResponse refused = this.signedIn.as(null,
				RegistrationFlowIT.registration(slug, "Chris Peeters", "chris@example.org"));
		assertThat(refused.getStatus()).isEqualTo(429);
		Document page = Jsoup.parse(refused.getContentAsString());
		assertThat(page.select("main").text()).contains("Er kwamen te veel inschrijvingen van dit netwerk");
		assertThat(page.select("input[name=name]").val()).isEqualTo("Chris Peeters");
		assertThat(page.select("input[name=email]").val()).isEqualTo("chris@example.org");
		assertThat(this.fixture.count(id, "CONFIRMED")).isEqualTo(2);
	}

}
