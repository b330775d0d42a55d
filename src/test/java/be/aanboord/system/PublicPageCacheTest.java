package be.aanboord.system;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cache's own rules, with a stand-in for the rest of the request's way: what is kept,
 * when a kept page is rendered again and by how many requests.
 */
class PublicPageCacheTest {

	private final AtomicInteger renderings = new AtomicInteger();

	private volatile String content = "v1";

	private volatile CountDownLatch hold = new CountDownLatch(0);

	private volatile String cookie;

	/** When set, rendering answers this status (the 503 page of a database outage). */
	private volatile int failWith;

	private final FilterChain page = (request, response) -> {
		this.renderings.incrementAndGet();
		String body = this.content;
		await(this.hold);
		request.setAttribute(PublicPageCache.PUBLIC, Boolean.TRUE);
		HttpServletResponse http = (HttpServletResponse) response;
		if (this.failWith != 0) {
			http.setStatus(this.failWith);
			http.setHeader("Retry-After", "30");
			http.setContentType("text/html;charset=UTF-8");
			http.getOutputStream().write("niet beschikbaar".getBytes(StandardCharsets.UTF_8));
			return;
		}
		http.setContentType("text/html;charset=UTF-8");
		http.setHeader("Cache-Control", "no-cache");
		if (this.cookie != null) {
			http.addCookie(new Cookie(this.cookie, "x"));
		}
		http.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
	};

	private final PublicPageCache cache = new PublicPageCache(Duration.ofMillis(200), DataSize.ofMegabytes(1),
			Set.of("aanboord-taal"), Duration.ofMillis(600), new FixedLocaleResolver(Locale.forLanguageTag("nl-BE")),
			new DefaultListableBeanFactory().getBeanProvider(CacheBroadcast.class));

	@Test
	void anOldPageThatCannotBeRenderedAgainIsGivenAsItIsUntilTheBound() throws Exception {
		assertThat(get("/").getContentAsString()).isEqualTo("v1");
		this.failWith = 503;
		Thread.sleep(250);
		// stale: the one request that renders it again gets the kept page instead of the
		// 503
		MockHttpServletResponse stale = get("/");
		assertThat(stale.getStatus()).isEqualTo(200);
		assertThat(stale.getContentAsString()).isEqualTo("v1");
		assertThat(stale.getHeader("Retry-After")).isNull();
		// past twice the time to live (when it would have been dropped), still given
		Thread.sleep(300);
		assertThat(get("/").getContentAsString()).isEqualTo("v1");
		assertThat(get("/").getStatus()).isEqualTo(200);
		// a page never kept gets the error
		assertThat(get("/other").getStatus()).isEqualTo(503);
		// past the stale-if-error bound (2 x 200 ms + 600 ms after it was kept): the
		// error
		Thread.sleep(600);
		assertThat(get("/").getStatus()).isEqualTo(503);
	}

	@Test
	void aPageRenderedAgainAfterTheOutageReplacesTheStaleOne() throws Exception {
		get("/");
		this.failWith = 503;
		Thread.sleep(250);
		assertThat(get("/").getContentAsString()).isEqualTo("v1");
		this.failWith = 0;
		this.content = "v2";
		assertThat(get("/").getContentAsString()).isEqualTo("v2");
		assertThat(get("/").getContentAsString()).isEqualTo("v2");
	}

	@Test
	void anExceptionWhileRenderingAKeptPageAgainGivesTheKeptPage() throws Exception {
		get("/");
		Thread.sleep(250);
		FilterChain broken = (request, response) -> {
			throw new org.springframework.dao.DataAccessResourceFailureException("down");
		};
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.cache.doFilter(request("/"), response, broken);
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).isEqualTo("v1");
	}

	@Test
	void aKeptPageIsServedWithoutRenderingUntilTheContentChanges() throws Exception {
		assertThat(get("/").getContentAsString()).isEqualTo("v1");
		MockHttpServletResponse again = get("/");
		assertThat(again.getContentAsString()).isEqualTo("v1");
		assertThat(again.getHeader("Cache-Control")).isEqualTo("no-cache");
		assertThat(again.getContentType()).isEqualTo("text/html;charset=UTF-8");
		assertThat(this.renderings).hasValue(1);
		this.content = "v2";
		this.cache.contentChanged();
		assertThat(get("/").getContentAsString()).isEqualTo("v2");
		assertThat(get("/").getContentAsString()).isEqualTo("v2");
		assertThat(this.renderings).hasValue(2);
	}

	@Test
	void anOldPageIsRenderedAgainByOneRequestWhileTheOthersGetTheKeptOne() throws Exception {
		assertThat(get("/").getContentAsString()).isEqualTo("v1");
		Thread.sleep(250);
		this.content = "v2";
		this.hold = new CountDownLatch(1);
		CompletableFuture<String> refreshing = CompletableFuture.supplyAsync(() -> body(get("/")));
		while (this.renderings.get() < 2) {
			Thread.onSpinWait();
		}
		for (int i = 0; i < 5; i++) {
			assertThat(get("/").getContentAsString()).isEqualTo("v1");
		}
		assertThat(this.renderings).hasValue(2);
		this.hold.countDown();
		assertThat(refreshing.get(5, TimeUnit.SECONDS)).isEqualTo("v2");
		assertThat(get("/").getContentAsString()).isEqualTo("v2");
		assertThat(this.renderings).hasValue(2);
	}

	@Test
	void aPageRenderedWhileTheContentChangedIsNotKept() throws Exception {
		this.hold = new CountDownLatch(1);
		CompletableFuture<String> rendering = CompletableFuture.supplyAsync(() -> body(get("/")));
		while (this.renderings.get() < 1) {
			Thread.onSpinWait();
		}
		this.cache.contentChanged();
		this.hold.countDown();
		assertThat(rendering.get(5, TimeUnit.SECONDS)).isEqualTo("v1");
		this.content = "v2";
		assertThat(get("/").getContentAsString()).isEqualTo("v2");
		assertThat(this.renderings).hasValue(2);
	}

	@Test
	void anAnswerThatSetsACookieIsNeverKept() throws Exception {
		this.cookie = "aanboord-taal";
		get("/?lang=en");
		get("/?lang=en");
		assertThat(this.renderings).hasValue(2);
	}

	@Test
	void aRequestWithAnyOtherCookieIsAlwaysRendered() throws Exception {
		get("/");
		MockHttpServletRequest signedIn = request("/");
		signedIn.setCookies(new Cookie("AANBOORD_SESSION", "abc"));
		this.cache.doFilter(signedIn, new MockHttpServletResponse(), this.page);
		MockHttpServletRequest language = request("/");
		language.setCookies(new Cookie("aanboord-taal", "nl"));
		this.cache.doFilter(language, new MockHttpServletResponse(), this.page);
		assertThat(this.renderings).hasValue(2);
	}

	private MockHttpServletResponse get(String uri) {
		MockHttpServletResponse response = new MockHttpServletResponse();
		try {
			this.cache.doFilter(request(uri), response, this.page);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return response;
	}

	private static MockHttpServletRequest request(String uri) {
		int query = uri.indexOf('?');
		MockHttpServletRequest request = new MockHttpServletRequest("GET", (query < 0) ? uri : uri.substring(0, query));
		if (query >= 0) {
			request.setQueryString(uri.substring(query + 1));
		}
		return request;
	}

	private static String body(MockHttpServletResponse response) {
		try {
			return response.getContentAsString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
