package be.aanboord.account;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import be.aanboord.IntegrationTest;
import be.aanboord.SignedIn;
import jakarta.servlet.RequestDispatcher;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The menu of every page shows what its viewer's roles reach, also on an error page. */
@IntegrationTest
class NavigationIT {

	@Autowired
	SignedIn signedIn;

	@Test
	void anonymousVisitorsSeeThePublicMenuAndTheLoginLink() throws Exception {
		assertThat(menuOf(null)).contains("Projecten", "Toolbox", "Aanmelden")
			.doesNotContain("Trajecten", "Budget", "Gebruikers", "Afmelden");
	}

	@Test
	void eachRoleSeesItsOwnMenuItemsAndItsName() throws Exception {
		assertThat(menuOf("coordinator")).contains("Mijn projecten", "Trajecten", "Scholen", "Budget", "Afmelden")
			.doesNotContain("Gebruikers", "Aanmelden", "Mijn fiches", "Redactie", "Toegangslog");
		assertThat(menuOf("partner")).contains("Trajecten", "Mijn fiches")
			.doesNotContain("Scholen", "Budget", "Mijn projecten", "Redactie", "Toegangslog");
		assertThat(menuOf("redactie")).contains("Redactie")
			.doesNotContain("Trajecten", "Mijn fiches", "Budget", "Gebruikers");
		assertThat(menuOf("stad")).contains("Budget").doesNotContain("Trajecten", "Scholen", "Mijn fiches", "Redactie");
		assertThat(menuOf("beheerder")).contains("Gebruikers", "Toegangslog", "Trajecten", "Scholen", "Budget");
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
		Document page = this.signedIn.page("beheerder", get("/"));
		Element toggle = page.selectFirst("header nav button.navbar-toggler");
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
			assertThat(this.signedIn.status(null, get(path))).as(path).isEqualTo(200);
		}
	}

	private Map<String, String> menuLinks(String username) throws Exception {
		Document page = this.signedIn.page(username, get("/"));
		Map<String, String> links = new LinkedHashMap<>();
		page.select("header nav #hoofdmenu a.nav-link").forEach((link) -> links.put(link.text(), link.attr("href")));
		return links;
	}

	@Test
	void anErrorPageKeepsTheViewersMenu() throws Exception {
		Document page = this.signedIn.page("coordinator",
				get("/error").accept("text/html").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404));
		assertThat(page.title()).startsWith("Pagina niet gevonden");
		assertThat(menu(page)).contains("Trajecten", "Afmelden");
	}

	/** The texts in the page header of the home page as the user sees it. */
	private List<String> menuOf(String username) throws Exception {
		return menu(this.signedIn.page(username, get("/")));
	}

	/** The texts of the page header's elements, each on its own (a link, a button…). */
	private static List<String> menu(Document page) {
		return page.select("header *").stream().map(Element::ownText).map(String::strip).toList();
	}

}
