package be.aanboord.account;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;

import org.springframework.session.Session;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads a session from the session store at most once per request. Spring Session's
 * filter saves the session when the response is committed (every rendered page: the view
 * flushes its writer) and again when the request ends, and that second save asks the
 * repository for the requested session anew: a second read of the session's row and of
 * all its attributes, deserialised, for nothing (Spring Session issue 1731). Within a
 * request, a second {@code findById} of an id read before answers the session object read
 * then (with whatever this request changed and saved in it); a deleted session is
 * forgotten, so is an id the session no longer has. Outside a request (the store's
 * cleanup, the account pages that list or end sessions) every call goes to the store.
 */
final class OneSessionReadPerRequest extends OncePerRequestFilter implements MethodInterceptor {

	/** Runs just outside Spring Session's filter, so that its last save is inside. */
	static final int ORDER = SessionRepositoryFilter.DEFAULT_ORDER - 1;

	private static final ThreadLocal<Map<String, Session>> READ = new ThreadLocal<>();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		READ.set(new HashMap<>());
		try {
			chain.doFilter(request, response);
		}
		finally {
			READ.remove();
		}
	}

	@Override
	public Object invoke(MethodInvocation invocation) throws Throwable {
		Map<String, Session> read = READ.get();
		Object[] args = invocation.getArguments();
		if (read == null || args.length != 1) {
			return invocation.proceed();
		}
		switch (invocation.getMethod().getName()) {
			case "findById" -> {
				Session known = read.get((String) args[0]);
				if (known != null) {
					return known;
				}
				Object found = invocation.proceed();
				if (found instanceof Session session) {
					read.put(session.getId(), session);
				}
				return found;
			}
			case "save" -> {
				Object result = invocation.proceed();
				if (args[0] instanceof Session saved) {
					read.entrySet()
						.removeIf((entry) -> entry.getValue() == saved && !entry.getKey().equals(saved.getId()));
				}
				return result;
			}
			case "deleteById" -> {
				read.remove((String) args[0]);
				return invocation.proceed();
			}
			default -> {
				return invocation.proceed();
			}
		}
	}

}
