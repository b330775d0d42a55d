package be.aanboord.system;

import java.util.List;

import jakarta.servlet.http.Cookie;

import be.aanboord.IntegrationTest;
import be.aanboord.account.TestAccounts;
import be.aanboord.trajectory.StatementCounter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Public pages as anonymous visitors get them are kept rendered: the second request for
 * one runs no SQL statement and gets the same page with the same security headers, a
 * change shows on the next request, a conditional GET gets a 304, each language has its
 * own page, and nobody signed in ever gets the anonymous page. The cache is off in the
 * test profile: these tests have their own context, with a small connection pool.
 */
@IntegrationTest
@TestPropertySource(
		properties = { "aanboord.public-pages.cache-ttl=60s", "spring.datasource.hikari.maximum-pool-size=4" })
class PublicPageCacheIT {

	private static final String FICHE = "/toolbox/rustbox-stressregulatie";

	private static final List<String> PUBLIC_PAGES = List.of("/", "/projecten", "/projecten/risk-bao", "/partners",
			"/toolbox", "/toolbox?q=ouders", "/toolbox?thema=ATTENDANCE&niveau=SECONDARY&sorteer=titel", FICHE,
			"/toolbox/nieuw.atom", "/toegankelijkheid", "/contact", "/hulp",
			"/hulp?q=naft&gemeente=leuven&zorg=THROUGH_CLB", "/hulp/niveaus",
			"/hulp/naft-leerrecht-vlaams-brabant-oost");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	PublicPageCache pages;

	@AfterEach
	void restoreTheDemoFiche() {
		this.jdbc.sql("update fiche set last_reviewed_on = date '2025-09-01' where slug = 'rustbox-stressregulatie'")
			.update();
		this.pages.contentChanged();
	}

	@Test
	void theSecondAnonymousRequestRunsNoStatementAndGetsTheSamePageAndHeaders() throws Exception {
		long sessions = sessionCount();
		for (String page : PUBLIC_PAGES) {
			MockHttpServletResponse first = anonymous(get(page));
			assertThat(first.getStatus()).as(page).isEqualTo(200);
			StatementCounter.start();
			MockHttpServletResponse second = anonymous(get(page));
			assertThat(StatementCounter.stop()).as("statements for the second request of " + page).isZero();
			assertThat(second.getStatus()).as(page).isEqualTo(200);
			assertThat(second.getContentAsByteArray()).as(page).isEqualTo(first.getContentAsByteArray());
			assertThat(second.getContentType()).as(page).isEqualTo(first.getContentType());
			assertThat(second.getHeader("ETag")).as(page).startsWith("\"").isEqualTo(first.getHeader("ETag"));
			for (MockHttpServletResponse response : List.of(first, second)) {
				assertThat(response.getHeader("Content-Security-Policy")).as(page)
					.isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY);
				assertThat(response.getHeader("X-Content-Type-Options")).as(page).isEqualTo("nosniff");
				assertThat(response.getHeader("X-Frame-Options")).as(page).isEqualTo("DENY");
				assertThat(response.getHeader("Referrer-Policy")).as(page).isEqualTo("strict-origin-when-cross-origin");
				assertThat(response.getHeaders("Cache-Control")).as(page).hasSize(1);
				assertThat(response.getHeaders("Vary")).as(page).contains("Cookie");
				assertThat(response.getHeaders("Set-Cookie")).as(page).isEmpty();
			}
			String cacheControl = page.endsWith(".atom") ? "max-age=900, public" : "no-cache";
			assertThat(second.getHeader("Cache-Control")).as(page).isEqualTo(cacheControl);
			assertThat(first.getHeader("Cache-Control")).as(page).isEqualTo(cacheControl);
		}
		assertThat(sessionCount()).as("no session for anonymous visitors").isEqualTo(sessions);
	}

	@Test
	void aConditionalRequestWithTheTagGetsA304WithoutBody() throws Exception {
		MockHttpServletResponse page = anonymous(get("/projecten"));
		String etag = page.getHeader("ETag");
		for (String ifNoneMatch : List.of(etag, "W/" + etag, "\"iets-anders\", " + etag, "*")) {
			StatementCounter.start();
			MockHttpServletResponse notModified = anonymous(get("/projecten").header("If-None-Match", ifNoneMatch));
			assertThat(StatementCounter.stop()).isZero();
			assertThat(notModified.getStatus()).as(ifNoneMatch).isEqualTo(304);
			assertThat(notModified.getContentAsByteArray()).as(ifNoneMatch).isEmpty();
			assertThat(notModified.getHeader("ETag")).isEqualTo(etag);
			assertThat(notModified.getHeader("Cache-Control")).isEqualTo("no-cache");
		}
		MockHttpServletResponse changed = anonymous(get("/projecten").header("If-None-Match", "\"iets-anders\""));
		assertThat(changed.getStatus()).isEqualTo(200);
		assertThat(changed.getContentAsByteArray()).isEqualTo(page.getContentAsByteArray());
		// the first request after a change: rendered, and still a 304 when the page is
		// the same
		this.pages.contentChanged();
		StatementCounter.start();
		MockHttpServletResponse rendered = anonymous(get("/projecten").header("If-None-Match", etag));
		assertThat(StatementCounter.stop()).isPositive();
		assertThat(rendered.getStatus()).isEqualTo(304);
		assertThat(rendered.getContentAsByteArray()).isEmpty();
		assertThat(rendered.getHeader("ETag")).isEqualTo(etag);
	}

	@Test
	void aChangeShowsOnTheNextAnonymousRequest() throws Exception {
		MockHttpServletResponse before = anonymous(get(FICHE));
		StatementCounter.start();
		assertThat(anonymous(get(FICHE)).getContentAsByteArray()).isEqualTo(before.getContentAsByteArray());
		assertThat(StatementCounter.stop()).isZero();
		long id = this.jdbc.sql("select id from fiche where slug = 'rustbox-stressregulatie'")
			.query(Long.class)
			.single();
		MockHttpServletResponse reviewed = this.mvc
			.perform(post("/toolbox/redactie/" + id + "/nagekeken").with(csrf())
				.with(user(this.accounts.signedIn("redactie"))))
			.andReturn()
			.getResponse();
		assertThat(reviewed.getStatus()).isEqualTo(302);
		MockHttpServletResponse after = anonymous(get(FICHE).header("If-None-Match", before.getHeader("ETag")));
		assertThat(after.getStatus()).isEqualTo(200);
		assertThat(after.getHeader("ETag")).isNotEqualTo(before.getHeader("ETag"));
		assertThat(reviewDates(after)).isNotEmpty().isNotEqualTo(reviewDates(before));
	}

	@Test
	void eachLanguageHasItsOwnPage() throws Exception {
		for (int round = 0; round < 2; round++) {
			MockHttpServletResponse dutch = anonymous(get("/toolbox"));
			MockHttpServletResponse english = anonymous(get("/toolbox").cookie(new Cookie("aanboord-taal", "en")));
			MockHttpServletResponse british = anonymous(get("/toolbox").cookie(new Cookie("aanboord-taal", "en-GB")));
			assertThat(language(dutch)).isEqualTo("nl");
			assertThat(language(english)).isEqualTo("en");
			assertThat(language(british)).isEqualTo("en");
			assertThat(dutch.getHeader("ETag")).isNotEqualTo(english.getHeader("ETag"));
			assertThat(Jsoup.parse(dutch.getContentAsString()).select("a[hreflang=en]")).isNotEmpty();
			assertThat(Jsoup.parse(english.getContentAsString()).select("a[hreflang=nl]")).isNotEmpty();
		}
		// choosing a language sets its cookie: such an answer is never kept and never
		// served from what was kept
		for (int round = 0; round < 2; round++) {
			MockHttpServletResponse chosen = anonymous(get("/toolbox?lang=en"));
			assertThat(language(chosen)).isEqualTo("en");
			assertThat(chosen.getHeaders("Set-Cookie")).anyMatch((c) -> c.startsWith("aanboord-taal=en"));
		}
	}

	@Test
	void signedInUsersNeverGetTheAnonymousPage() throws Exception {
		MockHttpServletResponse anonymous = anonymous(get("/"));
		anonymous(get("/"));
		assertThat(Jsoup.parse(anonymous.getContentAsString()).select("form[action=/logout]")).isEmpty();

		MockHttpServletResponse login = this.mvc
			.perform(post("/login").with(csrf())
				.param("username", "coordinator")
				.param("password", TestAccounts.DEMO_PASSWORD))
			.andReturn()
			.getResponse();
		// named SESSION under MockMvc, AANBOORD_SESSION behind a real server
		Cookie session = login.getCookie("SESSION");
		assertThat(session).isNotNull();
		MockHttpServletResponse signedIn = this.mvc.perform(get("/").cookie(session)).andReturn().getResponse();
		assertSignedInPage(signedIn);
		// with the anonymous page's tag too
		assertSignedInPage(
				this.mvc.perform(get("/").cookie(session).header("If-None-Match", anonymous.getHeader("ETag")))
					.andReturn()
					.getResponse());

		// a session cookie that no longer leads anywhere, or a cookie unknown here:
		// rendered for the request, not kept
		for (Cookie cookie : List.of(new Cookie("AANBOORD_SESSION", "verlopen"), new Cookie("SESSION", "verlopen"),
				new Cookie("iets", "anders"))) {
			MockHttpServletResponse other = this.mvc.perform(get("/").cookie(cookie)).andReturn().getResponse();
			assertThat(other.getStatus()).isEqualTo(200);
			assertThat(other.getHeader("ETag")).as(cookie.getName()).isNull();
			assertThat(other.getHeader("Cache-Control")).as(cookie.getName()).contains("no-store");
		}
		// the cookies of an anonymous visitor: the kept page
		MockHttpServletResponse withCookies = this.mvc
			.perform(get("/").cookie(new Cookie("AANBOORD_CSRF", "een-token"), new Cookie("REDIRECT_URI", "/start")))
			.andReturn()
			.getResponse();
		assertThat(withCookies.getHeader("ETag")).isEqualTo(anonymous.getHeader("ETag"));
	}

	private static void assertSignedInPage(MockHttpServletResponse response) throws Exception {
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(Jsoup.parse(response.getContentAsString()).select("form[action=/logout]")).hasSize(1);
		assertThat(response.getHeader("ETag")).isNull();
		assertThat(response.getHeader("Cache-Control")).contains("no-store");
	}

	private MockHttpServletResponse anonymous(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse();
	}

	private static List<String> reviewDates(MockHttpServletResponse response) throws Exception {
		Document page = Jsoup.parse(response.getContentAsString());
		return page.select(".fiche-facts dd").eachText();
	}

	private static String language(MockHttpServletResponse response) throws Exception {
		return Jsoup.parse(response.getContentAsString()).selectFirst("html").attr("lang");
	}

	private long sessionCount() {
		return this.jdbc.sql("select count(*) from spring_session").query(Long.class).single();
	}

}
