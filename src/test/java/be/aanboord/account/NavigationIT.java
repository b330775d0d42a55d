package be.aanboord.account;

import be.aanboord.IntegrationTest;
import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The menu of every page shows what its viewer's roles reach, also on an error page. */
@IntegrationTest
class NavigationIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Test
	void anonymousVisitorsSeeThePublicMenuAndTheLoginLink() throws Exception {
		assertThat(menu(get("/"))).contains(">Projecten<", ">Toolbox<", ">Aanmelden<")
			.doesNotContain(">Trajecten<", ">Budget<", ">Gebruikers<", ">Afmelden<");
	}

	@Test
	void eachRoleSeesItsOwnMenuItemsAndItsName() throws Exception {
		assertThat(menu(as("coordinator", get("/"))))
			.contains(">Mijn projecten<", ">Trajecten<", ">Scholen<", ">Budget<", ">Afmelden<")
			.doesNotContain(">Gebruikers<", ">Aanmelden<");
		assertThat(menu(as("partner", get("/")))).contains(">Trajecten<")
			.doesNotContain(">Scholen<", ">Budget<", ">Mijn projecten<");
		assertThat(menu(as("stad", get("/")))).contains(">Budget<").doesNotContain(">Trajecten<", ">Scholen<");
		assertThat(menu(as("beheerder", get("/")))).contains(">Gebruikers<", ">Trajecten<", ">Scholen<", ">Budget<");
	}

	@Test
	void anErrorPageKeepsTheViewersMenu() throws Exception {
		String page = this.mvc
			.perform(as("coordinator",
					get("/error").accept("text/html").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("<title>Pagina niet gevonden");
		assertThat(menu(page)).contains(">Trajecten<", ">Afmelden<");
	}

	private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
		UserDetails account = this.accounts.signedIn(username);
		return request.with(user(account));
	}

	private String menu(MockHttpServletRequestBuilder request) throws Exception {
		return menu(this.mvc.perform(request).andReturn().getResponse().getContentAsString());
	}

	private static String menu(String page) {
		return page.substring(page.indexOf("<header"), page.indexOf("</header>"));
	}

}
