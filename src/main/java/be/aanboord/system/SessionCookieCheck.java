package be.aanboord.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session cookie whose value is not a session id (Spring Session writes a UUID, Base64
 * encoded) is ignored, as if the browser had sent none: looking it up would hand
 * PostgreSQL whatever it decodes to, such as a NUL character that it refuses with an
 * error. Runs before Spring Session reads the cookie.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class SessionCookieCheck extends OncePerRequestFilter {

	private static final Pattern SESSION_ID = Pattern
		.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private final String name;

	SessionCookieCheck(@Value("${server.servlet.session.cookie.name:SESSION}") String name) {
		this.name = name;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Cookie[] cookies = request.getCookies();
		if (cookies == null || Arrays.stream(cookies).allMatch(this::acceptable)) {
			chain.doFilter(request, response);
			return;
		}
		Cookie[] kept = Arrays.stream(cookies).filter(this::acceptable).toArray(Cookie[]::new);
		chain.doFilter(new HttpServletRequestWrapper(request) {
			@Override
			public Cookie[] getCookies() {
				return (kept.length > 0) ? kept.clone() : null;
			}
		}, response);
	}

	private boolean acceptable(Cookie cookie) {
		if (!this.name.equals(cookie.getName())) {
			return true;
		}
		try {
			String id = new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
			return SESSION_ID.matcher(id).matches();
		}
		catch (IllegalArgumentException notBase64) {
			return false;
		}
	}

}
