package be.aanboord.system;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers of every page: the Content-Security-Policy (no inline script or
 * style, nothing from other sites, no framing), {@code X-Content-Type-Options: nosniff},
 * {@code X-Frame-Options: DENY} and the referrer policy. Spring Security writes them for
 * each request it lets through; {@link #addMissing(HttpServletResponse)} writes them on
 * an error page for a request that never reached that point (refused by its firewall,
 * such as {@code /trajecten/%25} or an unknown method, or by Tomcat itself, such as
 * {@code TRACE}).
 */
public final class SecurityHeaders {

	/** The portal's Content-Security-Policy. */
	public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	private SecurityHeaders() {
	}

	/** Sets each of the headers that the response does not carry yet. */
	static void addMissing(HttpServletResponse response) {
		setIfMissing(response, "Content-Security-Policy", CONTENT_SECURITY_POLICY);
		setIfMissing(response, "X-Content-Type-Options", "nosniff");
		setIfMissing(response, "X-Frame-Options", "DENY");
		setIfMissing(response, "Referrer-Policy", "strict-origin-when-cross-origin");
		setIfMissing(response, "Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
	}

	private static void setIfMissing(HttpServletResponse response, String name, String value) {
		if (!response.containsHeader(name)) {
			response.setHeader(name, value);
		}
	}

}
