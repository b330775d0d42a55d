package be.aanboord.system;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ETag;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The rendered public pages ({@link PublicPage}) as anonymous visitors get them, kept in
 * memory and served again without touching the database, Spring Security, the session
 * store or the view layer, until the content behind them changes.
 * <p>
 * <b>Who gets a kept page.</b> A GET whose cookies are all of those an anonymous visitor
 * may have ({@code aanboord.public-pages.anonymous-cookies}: the language, the CSRF token
 * and the name typed in the login form, the return address after sign-in) and that has no
 * {@code Authorization} header: so never a request with a session cookie, the only way to
 * be signed in, whatever its name. Everyone else (signed in, with a session for any
 * reason, or with a cookie this list does not know) passes through as before and gets a
 * page rendered for them, with {@code Cache-Control: no-store}.
 * <p>
 * <b>What is kept.</b> The answer to such a request whose handler carries
 * {@link PublicPage}, when it is a 200 that sets no cookie (so never the answer to
 * {@code ?lang=en}, which sets the language cookie): status, headers (the security
 * headers included) and body, under the key scheme (HTTP or HTTPS: HSTS differs), path,
 * raw query string and the language the visitor's cookie asks for ({@code nl-BE} when
 * none). Public pages hold no CSRF token, no flash message (those need a session), no
 * request id and no nonce, so the kept page is byte for byte what rendering would give.
 * At most {@code aanboord.public-pages.cache-size} of bodies (default 32 MB) are kept. A
 * page older than {@code aanboord.public-pages.cache-ttl} (default 60 s; 0 turns the
 * cache and its headers off) is rendered again by the next request for it, while the
 * requests that arrive meanwhile still get the kept page (so a popular page is not
 * rendered by every connection at once); a page not asked for within twice that time is
 * dropped. So changes made behind the application's back (SQL, another instance) show
 * about that time later.
 * <p>
 * <b>When the database is down.</b> A kept page that cannot be rendered again (a 5xx,
 * such as the 503 page of {@link DatabaseOutage}) is given as it is, even past the time
 * it would have been dropped, for at most {@code aanboord.public-pages.stale-if-error}
 * more (default 10 minutes); one request at a time tries to render it again, so the
 * others answer at once.
 * <p>
 * <b>Validators.</b> Each kept page has a strong {@code ETag}, a hash of its body; a GET
 * with {@code If-None-Match} naming it (or {@code *}) gets a 304 without a body. The
 * pages say {@code Cache-Control: no-cache} with {@code Vary: Cookie} (unless the handler
 * set its own Cache-Control, as the Atom feed does): a browser or proxy may keep the page
 * but asks again each time, and the 304 costs no more than a lookup here, while a change
 * shows on the very next request. No {@code Last-Modified}: the time a page was rendered
 * is not the time its content changed, and it would differ between instances; the ETag is
 * exact.
 * <p>
 * <b>Where.</b> A servlet filter after the request id and the request metrics, before
 * everything else (parameter cleaning, Spring Session, Spring Security, Spring MVC): a
 * kept page costs a map lookup and a write, with no log line.
 * <p>
 * <b>Invalidation.</b> {@link #contentChanged()} is the one place where a change to
 * anything public pages show is announced, from inside the writing transaction or after
 * it: every kept page is dropped at once and again after the commit, and a page being
 * rendered while the change happened is not kept. The other instances drop theirs once
 * the change is committed ({@link CacheBroadcast}); the time to live bounds how long they
 * lag when that message is lost (the database unreachable meanwhile).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
public class PublicPageCache extends OncePerRequestFilter implements InstanceCache {

	/** Request attribute: this request may be answered with a kept page. */
	private static final String CANDIDATE = PublicPageCache.class.getName() + ".candidate";

	/** Request attribute: the handler is a public page and the visitor anonymous. */
	static final String PUBLIC = PublicPageCache.class.getName() + ".public";

	static final String CACHE_CONTROL = "no-cache";

	/**
	 * Headers that are not replayed from a kept answer (set anew or by the container).
	 */
	private static final Set<String> NOT_REPLAYED = Set.of("content-type", "content-length", "content-language", "date",
			"transfer-encoding", "etag", "set-cookie", "connection", "keep-alive");

	private final Cache<Key, Page> pages;

	private final AtomicLong generation = new AtomicLong();

	private final boolean enabled;

	/** After this time a kept page is rendered again, by one request. */
	private final long freshNanos;

	/** After this time a kept page is no longer given while it is rendered again. */
	private final long expiryNanos;

	private final LocaleResolver locales;

	private final Set<String> anonymousCookies;

	/** Tells the other instances (looked up when used: this filter is made early). */
	private final ObjectProvider<CacheBroadcast> broadcast;

	PublicPageCache(@Value("${aanboord.public-pages.cache-ttl:60s}") Duration timeToLive,
			@Value("${aanboord.public-pages.cache-size:32MB}") DataSize size,
			@Value("${aanboord.public-pages.anonymous-cookies:aanboord-taal,AANBOORD_CSRF,AANBOORD_LOGIN_NAAM,REDIRECT_URI}") Set<String> anonymousCookies,
			@Value("${aanboord.public-pages.stale-if-error:10m}") Duration staleIfError, LocaleResolver locales,
			ObjectProvider<CacheBroadcast> broadcast) {
		this.broadcast = broadcast;
		this.enabled = !timeToLive.isZero();
		this.freshNanos = timeToLive.toNanos();
		this.expiryNanos = timeToLive.multipliedBy(2).toNanos();
		this.pages = Caffeine.newBuilder()
			// a page nobody asked for again within twice its time to live is no longer
			// given; it stays that much longer for when the database cannot render it
			.expireAfterWrite(this.enabled ? timeToLive.multipliedBy(2).plus(staleIfError) : Duration.ofSeconds(1))
			.maximumWeight(size.toBytes())
			.<Key, Page>weigher((key, page) -> page.body().length + 512)
			.build();
		this.locales = locales;
		this.anonymousCookies = Set.copyOf(anonymousCookies);
	}

	/**
	 * Announces that something public pages show has changed: drops every kept page now
	 * and, when called inside a transaction, again once it commits (so that a page
	 * rendered from what was read before the commit is not kept), and on every other
	 * instance once the change is committed ({@link CacheBroadcast}). Call it from the
	 * module that makes the change, in its application service or its cache eviction.
	 */
	public void contentChanged() {
		CacheBroadcast instances = this.broadcast.getIfAvailable();
		if (instances != null) {
			instances.changed(this);
		}
		else {
			AfterCommit.nowAndAfterCommit(this::dropLocally);
		}
	}

	@Override
	public String cacheName() {
		return "public-pages";
	}

	@Override
	public void dropLocally() {
		// first the generation, then the pages: a page stored in between is dropped by
		// the one who stored it (see doFilterInternal)
		this.generation.incrementAndGet();
		this.pages.invalidateAll();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!this.enabled || !anonymousGet(request)) {
			chain.doFilter(request, response);
			return;
		}
		Key key = new Key(request.isSecure(), request.getRequestURI(), request.getQueryString(),
				this.locales.resolveLocale(request));
		Page kept = this.pages.getIfPresent(key);
		long age = (kept != null) ? System.nanoTime() - kept.renderedAt() : 0;
		if (kept != null && (age >= this.expiryNanos && !kept.failing().get())) {
			// expired: rendered again by every request, as if absent; given only when
			// that fails
			render(key, request, response, chain, kept);
			return;
		}
		if (kept != null && (age < this.freshNanos || !kept.claimRefresh())) {
			// fresh, or another request is rendering it again: the kept page
			kept.writeTo(request, response);
			return;
		}
		try {
			render(key, request, response, chain, kept);
		}
		finally {
			if (kept != null) {
				kept.refreshing().set(false);
			}
		}
	}

	/**
	 * Renders the page; when that fails with a server error (the database down: the 503
	 * page) and a page is kept, the kept page is given instead ("stale-if-error", RFC
	 * 5861), however old, until {@code aanboord.public-pages.stale-if-error} after it
	 * would have been dropped. Meanwhile one request at a time tries to render it again.
	 */
	private void render(Key key, HttpServletRequest request, HttpServletResponse response, FilterChain chain, Page kept)
			throws ServletException, IOException {
		long before = this.generation.get();
		Recording recording = new Recording(response);
		request.setAttribute(CANDIDATE, Boolean.TRUE);
		try {
			chain.doFilter(request, recording);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (kept == null || response.isCommitted()) {
				throw ex;
			}
			logger.warn("A kept public page is given instead of an error", ex);
			recording.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
		}
		if (kept != null && recording.getStatus() >= HttpServletResponse.SC_INTERNAL_SERVER_ERROR
				&& !response.isCommitted()) {
			kept.failing().set(true);
			response.reset();
			kept.writeTo(request, response);
			return;
		}
		if (!storable(request, recording)) {
			recording.copyBodyToResponse();
			return;
		}
		Page page = Page.of(request, recording);
		this.pages.put(key, page);
		if (this.generation.get() != before) {
			// the content changed while this page was rendered: it may show the old
			this.pages.invalidate(key);
		}
		response.setHeader(HttpHeaders.ETAG, page.etag().formattedTag());
		if (page.matches(request)) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		recording.copyBodyToResponse();
	}

	/**
	 * A GET by someone who cannot be signed in (sign-in lives in the session, and there
	 * is no session without its cookie): only cookies an anonymous visitor may have, no
	 * credentials, and parameters only in the query string (the key).
	 */
	private boolean anonymousGet(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) || request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
			return false;
		}
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (!this.anonymousCookies.contains(cookie.getName())) {
					return false;
				}
			}
		}
		return request.getQueryString() != null || request.getParameterMap().isEmpty();
	}

	private static boolean storable(HttpServletRequest request, Recording response) {
		return request.getAttribute(PUBLIC) != null && response.getStatus() == HttpServletResponse.SC_OK
				&& !response.containsHeader(HttpHeaders.SET_COOKIE) && !request.isAsyncStarted()
				&& response.getContentType() != null;
	}

	/**
	 * Marks the requests this cache may keep the answer of (a {@link PublicPage} handler,
	 * an anonymous visitor) and gives their answer the public pages' Cache-Control, so
	 * that Spring Security does not add its {@code no-store}. Registered in
	 * {@link WebConfiguration}.
	 */
	static final class Marking implements HandlerInterceptor {

		private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			if (request.getAttribute(CANDIDATE) != null && handler instanceof HandlerMethod method
					&& method.hasMethodAnnotation(PublicPage.class) && anonymous()) {
				request.setAttribute(PUBLIC, Boolean.TRUE);
			}
			return true;
		}

		/**
		 * After the handler, before the view is rendered: a handler that answers with a
		 * ResponseEntity keeps the Cache-Control it set.
		 */
		@Override
		public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
				ModelAndView modelAndView) {
			if (request.getAttribute(PUBLIC) != null && !response.isCommitted()) {
				if (!response.containsHeader(HttpHeaders.CACHE_CONTROL)) {
					response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
				}
				response.addHeader(HttpHeaders.VARY, HttpHeaders.COOKIE);
			}
		}

		private boolean anonymous() {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			return authentication == null || this.trust.isAnonymous(authentication);
		}

	}

	/** Where a kept page applies. */
	private record Key(boolean secure, String path, String query, Locale locale) {
	}

	/**
	 * A kept answer: headers, body and its tag; when it was rendered
	 * ({@link System#nanoTime()}), whether a request is rendering it again and whether
	 * the last try to render it again failed.
	 */
	private record Page(String contentType, Locale locale, List<Map.Entry<String, String>> headers, byte[] body,
			ETag etag, String pathPattern, long renderedAt, AtomicBoolean refreshing, AtomicBoolean failing) {

		/** Whether the caller is the one request that renders this page again. */
		boolean claimRefresh() {
			return this.refreshing.compareAndSet(false, true);
		}

		static Page of(HttpServletRequest request, Recording response) {
			List<Map.Entry<String, String>> headers = new ArrayList<>();
			for (String name : response.getHeaderNames()) {
				if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
					Collection<String> values = response.getHeaders(name);
					values.forEach((value) -> headers.add(Map.entry(name, value)));
				}
			}
			byte[] body = response.getContentAsByteArray();
			Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
			return new Page(response.getContentType(), response.locale, List.copyOf(headers), body, etagOf(body),
					(pattern != null) ? pattern.toString() : null, System.nanoTime(), new AtomicBoolean(),
					new AtomicBoolean());
		}

		void writeTo(HttpServletRequest request, HttpServletResponse response) throws IOException {
			// the request metrics name the route as they do for a rendered page
			if (this.pathPattern != null) {
				ServerHttpObservationFilter.findObservationContext(request)
					.ifPresent((context) -> context.setPathPattern(this.pathPattern));
			}
			for (Map.Entry<String, String> header : this.headers) {
				response.addHeader(header.getKey(), header.getValue());
			}
			response.setHeader(HttpHeaders.ETAG, this.etag.formattedTag());
			if (matches(request)) {
				response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
				return;
			}
			if (this.locale != null) {
				response.setLocale(this.locale);
			}
			response.setContentType(this.contentType);
			response.setContentLength(this.body.length);
			response.getOutputStream().write(this.body);
		}

		/**
		 * Whether the request's If-None-Match names this page (weak comparison, RFC
		 * 9110).
		 */
		boolean matches(HttpServletRequest request) {
			String header = request.getHeader(HttpHeaders.IF_NONE_MATCH);
			if (header == null) {
				return false;
			}
			for (ETag tag : ETag.parse(header)) {
				if (tag.isWildcard() || tag.compare(this.etag, false)) {
					return true;
				}
			}
			return false;
		}

		private static ETag etagOf(byte[] body) {
			try {
				byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
				return ETag.create(Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27));
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException("SHA-256 is part of every JDK", ex);
			}
		}

	}

	/** Keeps the body back, and remembers the language the page was rendered in. */
	private static final class Recording extends ContentCachingResponseWrapper {

		private Locale locale;

		Recording(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void setLocale(Locale locale) {
			super.setLocale(locale);
			this.locale = locale;
		}

	}

}
