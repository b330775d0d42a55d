package be.aanboord.account;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequestHeader;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxResponseHeader;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.util.UrlUtils;

/**
 * The redirects of sign-in and of the login prompt: always to a path of this site, sent
 * as a relative {@code Location} (with {@code server.tomcat.use-relative-redirects}), so
 * that no host taken from a request header ever ends up in a redirect.
 * <p>
 * An htmx request gets {@code 401} with an {@code HX-Redirect} header instead of a
 * {@code 302}: the browser would follow a 302 inside htmx's request and swap the login
 * page into the fragment, or htmx would ignore it, whereas {@code HX-Redirect} makes htmx
 * load the page as a whole. A part that htmx loads by itself, without the user asking
 * (marked with the request header {@value #BACKGROUND_LOAD}, as a trajectory's
 * suggestions when they scroll into view), gets the {@code 401} alone: it must not take
 * the user away from a page with a half-filled form; the part keeps its plain link.
 */
final class LocalRedirectStrategy implements RedirectStrategy {

	/** The request header of an htmx load that the user did not ask for. */
	static final String BACKGROUND_LOAD = "Aanboord-Background-Load";

	@Override
	public void sendRedirect(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
		String target = response.encodeRedirectURL(localPath(request.getContextPath(), url));
		if (request.getHeader(HtmxRequestHeader.HX_REQUEST.getValue()) != null) {
			if (request.getHeader(BACKGROUND_LOAD) == null) {
				response.setHeader(HtmxResponseHeader.HX_REDIRECT.getValue(), target);
			}
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			return;
		}
		response.sendRedirect(target);
	}

	/**
	 * The path and query of {@code url}: an absolute address loses its scheme and host, a
	 * relative one gets the context path; anything that is not a plain path becomes the
	 * context root.
	 */
	static String localPath(String contextPath, String url) {
		String path;
		if (UrlUtils.isAbsoluteUrl(url)) {
			try {
				URI uri = new URI(url);
				path = uri.getRawPath() + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
			}
			catch (URISyntaxException ex) {
				path = null;
			}
		}
		else {
			path = contextPath + url;
		}
		if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")) {
			return contextPath + "/";
		}
		return path;
	}

}
