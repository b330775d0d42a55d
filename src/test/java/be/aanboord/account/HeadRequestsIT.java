package be.aanboord.account;

import be.aanboord.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;

/**
 * A HEAD request gets what the GET of the same address would get, without the body: a
 * public page answers 200, a page behind the login sends to the login page, and an
 * address nobody may GET stays refused.
 */
@IntegrationTest
class HeadRequestsIT {

	@Autowired
	MockMvc mvc;

	@Test
	void aPublicPageAnswersHeadAsItAnswersGet() throws Exception {
		for (String page : new String[] { "/", "/projecten", "/toolbox", "/contact", "/privacy" }) {
			assertThat(this.mvc.perform(head(page)).andReturn().getResponse().getStatus()).as(page).isEqualTo(200);
		}
	}

	@Test
	void aPageBehindTheLoginSendsHeadToTheLoginPage() throws Exception {
		var response = this.mvc.perform(head("/trajecten")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(response.getRedirectedUrl()).isEqualTo("/login");
	}

}
