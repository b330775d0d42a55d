package be.aanboord.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.filter.GenericFilterBean;

/**
 * A HEAD request is authorised as the GET of the same address: HEAD is a GET without the
 * body (RFC 9110, section 9.3.2) and Spring MVC answers it with the GET's handler, so the
 * modules' rules name GET only, and monitors and link checkers that ask HEAD get what a
 * GET would get (a public page's headers, or the login page for a page behind it) instead
 * of a redirect to the login page. The request is seen as a GET by the authorisation
 * filter only: one filter just before it presents HEAD as GET, one just after it gives
 * the request back as it came.
 */
final class HeadAsGet {

	private HeadAsGet() {
	}

	/** Puts the two filters around Spring Security's authorisation filter. */
	static void around(HttpSecurity http) {
		http.addFilterBefore(new Presenting(), AuthorizationFilter.class);
		http.addFilterAfter(new Restoring(), AuthorizationFilter.class);
	}

	/** A HEAD request that says it is a GET. */
	private static final class AsGet extends HttpServletRequestWrapper {

		AsGet(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			return HttpMethod.GET.name();
		}

	}

	private static final class Presenting extends GenericFilterBean {

		@Override
		public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
				throws IOException, ServletException {
			if (request instanceof HttpServletRequest http && HttpMethod.HEAD.matches(http.getMethod())) {
				chain.doFilter(new AsGet(http), response);
				return;
			}
			chain.doFilter(request, response);
		}

	}

	private static final class Restoring extends GenericFilterBean {

		@Override
		public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
				throws IOException, ServletException {
			chain.doFilter((request instanceof AsGet head) ? head.getRequest() : request, response);
		}

	}

}
