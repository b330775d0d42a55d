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
			.doesNotContain(">Gebruikers<", ">Aanmelden<", ">Mijn fiches<", ">Redactie<", ">Toegangslog<");
		assertThat(menu(as("partner", get("/")))).contains(">Trajecten<", ">Mijn fiches<")
			.doesNotContain(">Scholen<", ">Budget<", ">Mijn projecten<", ">Redactie<", ">Toegangslog<");
		assertThat(menu(as("redactie", get("/")))).contains(">Redactie<")
			.doesNotContain(">Trajecten<", ">Mijn fiches<", ">Budget<", ">Gebruikers<");
		assertThat(menu(as("stad", get("/")))).contains(">Budget<")
			.doesNotContain(">Trajecten<", ">Scholen<", ">Mijn fiches<", ">Redactie<");
		assertThat(menu(as("beheerder", get("/")))).contains(">Gebruikers<", ">Toegangslog<", ">Trajecten<",
				">Scholen<", ">Budget<");
	}

	@Test
	void eachRolesMainWorkIsInTheMenu() throws Exception {
		assertThat(menuLinks("partner")).containsEntry("Mijn fiches", "/toolbox/mijn-fiches");
		assertThat(menuLinks("redactie")).containsEntry("Redactie", "/toolbox/redactie");
		assertThat(menuLinks("beheerder")).containsEntry("Gebruikers", "/beheer/gebruikers")
			.containsEntry("Toegangslog", "/beheer/toegangslog");
		assertThat(menuLinks("coordinator")).containsEntry("Trajecten", "/trajecten");
		assertThat(menuLinks("stad")).containsEntry("Budget", "/budget");
	}

	@Test
	void onNarrowScreensTheMenuFoldsBehindAToggleThatWorksWithoutInlineScript() throws Exception {
		org.jsoup.nodes.Document page = org.jsoup.Jsoup
			.parse(this.mvc.perform(as("beheerder", get("/"))).andReturn().getResponse().getContentAsString());
		org.jsoup.nodes.Element toggle = page.selectFirst("header nav button.navbar-toggler");
		assertThat(toggle).isNotNull();
		assertThat(toggle.text()).isEqualTo("Menu");
		assertThat(toggle.attr("data-bs-toggle")).isEqualTo("collapse");
		assertThat(toggle.attr("aria-controls")).isEqualTo("hoofdmenu");
		assertThat(toggle.attr("aria-expanded")).isEqualTo("false");
		assertThat(page.select("header nav #hoofdmenu.collapse.navbar-collapse a.nav-link")).isNotEmpty();
		assertThat(page.select("header nav.navbar-expand-xl")).hasSize(1);
		assertThat(page.select("head script[src]").eachAttr("src")).anySatisfy(
				(src) -> assertThat(src).matches("/webjars/bootstrap/([^/]+/)?js/bootstrap\\.bundle\\.min\\.js"));
		assertThat(page.select("script:not([src])")).as("inline script, refused by the CSP").isEmpty();
		assertThat(page.select("head noscript").html()).contains("/static/css/no-js.css");
		for (String path : new String[] { "/static/css/no-js.css", "/static/js/aanboord.js" }) {
			assertThat(this.mvc.perform(get(path)).andReturn().getResponse().getStatus()).as(path).isEqualTo(200);
		}
	}

	private java.util.Map<String, String> menuLinks(String username) throws Exception {
		org.jsoup.nodes.Document page = org.jsoup.Jsoup
			.parse(this.mvc.perform(as(username, get("/"))).andReturn().getResponse().getContentAsString());
		java.util.Map<String, String> links = new java.util.LinkedHashMap<>();
		page.select("header nav #hoofdmenu a.nav-link").forEach((link) -> links.put(link.text(), link.attr("href")));
		return links;
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
