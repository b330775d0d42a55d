package be.aanboord.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * Keeps the CSRF token in the session once there is one (after sign-in), and before that
 * in a cookie, so that the login form of an anonymous visitor stores nothing on the
 * server (no row in {@code spring_session}).
 * <p>
 * Once a session exists, only the session's token counts: a token cookie set by someone
 * else (e.g. from a sibling domain) is never compared against a signed-in user's forms.
 * The cookie ({@value #COOKIE_NAME}) is HttpOnly, SameSite=Lax, Secure on HTTPS and lives
 * as long as the browser; the parameter ({@code _csrf}) and header ({@code X-CSRF-TOKEN})
 * names are the same in both places.
 */
final class SessionOrCookieCsrfTokenRepository implements CsrfTokenRepository {

	static final String COOKIE_NAME = "AANBOORD_CSRF";

	private static final String HEADER_NAME = "X-CSRF-TOKEN";

	private final HttpSessionCsrfTokenRepository session = new HttpSessionCsrfTokenRepository();

	private final CookieCsrfTokenRepository cookie = new CookieCsrfTokenRepository();

	SessionOrCookieCsrfTokenRepository() {
		this.cookie.setCookieName(COOKIE_NAME);
		this.cookie.setHeaderName(HEADER_NAME);
		this.cookie.setCookieCustomizer((builder) -> builder.sameSite("Lax"));
		this.session.setHeaderName(HEADER_NAME);
	}

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		return this.session.generateToken(request);
	}

	@Override
	public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		if (request.getSession(false) != null) {
			this.session.saveToken(token, request, response);
		}
		else {
			this.cookie.saveToken(token, request, response);
		}
	}

	@Override
	public CsrfToken loadToken(HttpServletRequest request) {
		return (request.getSession(false) != null) ? this.session.loadToken(request) : this.cookie.loadToken(request);
	}

}
