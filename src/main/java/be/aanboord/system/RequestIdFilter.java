package be.aanboord.system;

import java.io.IOException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request a short reference that appears in each log line written for it and
 * on the error page a user sees, so that support can find the one in the other.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter extends OncePerRequestFilter {

	static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".id";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String id = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
		request.setAttribute(ATTRIBUTE, id);
		MDC.put("requestId", id + " " + request.getMethod() + " " + request.getRequestURI());
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove("requestId");
		}
	}

	/**
	 * The request's reference, given here when the request did not pass this filter (a
	 * request that Tomcat answers itself and forwards to the error page).
	 */
	static String idOrNew(HttpServletRequest request) {
		if (request.getAttribute(ATTRIBUTE) == null) {
			request.setAttribute(ATTRIBUTE, HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()));
		}
		return idOf(request);
	}

	static String idOf(HttpServletRequest request) {
		Object id = request.getAttribute(ATTRIBUTE);
		return id != null ? id.toString() : "-";
	}

}
