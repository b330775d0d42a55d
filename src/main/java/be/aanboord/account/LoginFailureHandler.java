package be.aanboord.account;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import be.aanboord.system.DatabaseOutage;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends every failed login back to the login page with one and the same message, whether
 * the user is unknown, the password wrong or the account locked, and keeps the typed
 * username.
 * <p>
 * The username travels in a short-lived cookie ({@value #COOKIE_NAME}, path
 * {@code /login}, one minute, HttpOnly) rather than in the session, so that a failed
 * login stores nothing on the server; the login page reads it once and deletes it. When
 * the accounts cannot be read (the database is down) the sign-in is answered with the 503
 * page.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

	static final String COOKIE_NAME = "AANBOORD_LOGIN_NAAM";

	/** Longer input is not a username of this portal; it is not kept. */
	private static final int MAX_LENGTH = 100;

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		if (DatabaseOutage.isOutage(exception)) {
			// the accounts could not be read: not a failed login but the 503 page
			// (DatabaseOutage), with nothing counted against the user
			throw new DataAccessResourceFailureException("sign-in without a database", exception);
		}
		String username = request.getParameter("username");
		if (username != null && !username.isEmpty() && username.length() <= MAX_LENGTH) {
			response.addCookie(cookie(request,
					Base64.getUrlEncoder().withoutPadding().encodeToString(username.getBytes(StandardCharsets.UTF_8)),
					60));
		}
		response.sendRedirect(request.getContextPath() + "/login?fout=1");
	}

	/**
	 * The username kept by the last failed login, or null; the cookie is deleted on the
	 * response.
	 */
	static String takeUsername(HttpServletRequest request, HttpServletResponse response) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return null;
		}
		for (Cookie cookie : cookies) {
			if (COOKIE_NAME.equals(cookie.getName())) {
				response.addCookie(cookie(request, "", 0));
				try {
					return new String(Base64.getUrlDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
				}
				catch (IllegalArgumentException notOurs) {
					return null;
				}
			}
		}
		return null;
	}

	private static Cookie cookie(HttpServletRequest request, String value, int maxAge) {
		Cookie cookie = new Cookie(COOKIE_NAME, value);
		cookie.setPath(request.getContextPath() + "/login");
		cookie.setMaxAge(maxAge);
		cookie.setHttpOnly(true);
		cookie.setSecure(request.isSecure());
		cookie.setAttribute("SameSite", "Lax");
		return cookie;
	}

}
