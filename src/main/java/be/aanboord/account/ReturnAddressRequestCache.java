package be.aanboord.account;

import java.net.URI;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequestHeader;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * Remembers, in a cookie rather than in a session, the page to return to after sign-in,
 * so that an anonymous request for a protected page stores nothing on the server.
 * <p>
 * The page is the requested address for an ordinary GET; for a request that is not a page
 * of its own (an htmx request, or a form POST after the session expired) it is the page
 * the user was on: htmx's {@code HX-Current-URL} header, else the {@code Referer}. Only
 * the path and query of that address are kept, so the return is always to this site. The
 * login page itself is never remembered.
 */
final class ReturnAddressRequestCache implements RequestCache {

	private final CookieRequestCache cookies = new CookieRequestCache();

	ReturnAddressRequestCache() {
		this.cookies.setCookieCustomizer((cookie) -> cookie.setAttribute("SameSite", "Lax"));
	}

	@Override
	public void saveRequest(HttpServletRequest request, HttpServletResponse response) {
		String page = pageOf(request);
		if (page == null) {
			this.cookies.removeRequest(request, response);
			return;
		}
		this.cookies.saveRequest(new PageRequest(request, page), response);
	}

	@Override
	public SavedRequest getRequest(HttpServletRequest request, HttpServletResponse response) {
		return this.cookies.getRequest(request, response);
	}

	@Override
	public HttpServletRequest getMatchingRequest(HttpServletRequest request, HttpServletResponse response) {
		return this.cookies.getMatchingRequest(request, response);
	}

	@Override
	public void removeRequest(HttpServletRequest request, HttpServletResponse response) {
		this.cookies.removeRequest(request, response);
	}

	/** The path (with query) to return to, or null when there is none worth keeping. */
	static String pageOf(HttpServletRequest request) {
		String page;
		if (request.getHeader(HtmxRequestHeader.HX_REQUEST.getValue()) != null) {
			page = pathOf(request.getHeader(HtmxRequestHeader.HX_CURRENT_URL.getValue()));
		}
		else if ("GET".equals(request.getMethod())) {
			String query = request.getQueryString();
			page = request.getRequestURI() + ((query != null) ? "?" + query : "");
		}
		else {
			page = pathOf(request.getHeader(HttpHeaders.REFERER));
		}
		if (page == null || !page.startsWith("/") || page.startsWith("//") || page.contains("\\")
				|| page.startsWith(request.getContextPath() + "/login")) {
			return null;
		}
		return page;
	}

	private static String pathOf(String address) {
		if (address == null) {
			return null;
		}
		try {
			URI uri = new URI(address);
			if (uri.getRawPath() == null || uri.getRawPath().isEmpty()) {
				return null;
			}
			return uri.getRawPath() + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
		}
		catch (java.net.URISyntaxException ex) {
			return null;
		}
	}

	/**
	 * The request as {@link CookieRequestCache} should remember it: a GET of the page.
	 */
	private static final class PageRequest extends HttpServletRequestWrapper {

		private final String path;

		private final String query;

		PageRequest(HttpServletRequest request, String page) {
			super(request);
			int question = page.indexOf('?');
			this.path = (question < 0) ? page : page.substring(0, question);
			this.query = (question < 0) ? null : page.substring(question + 1);
		}

		@Override
		public String getMethod() {
			return "GET";
		}

		@Override
		public String getRequestURI() {
			return this.path;
		}

		@Override
		public String getQueryString() {
			return this.query;
		}

	}

}
