package be.aanboord.system;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.WebUtils;

/**
 * Every request parameter (query string, form field, the text fields of a multipart form)
 * is read without the characters that {@link ControlCharacters} removes, names and values
 * alike, by everything after this filter: Spring Security, the controllers' parameters
 * and form objects. So no such character reaches the database from a form or an address
 * (PostgreSQL refuses U+0000 with an error) or is stored to break a feed or a PDF later.
 * The parameters are read, and cleaned, only when something asks for one.
 * <p>
 * Parameters that cannot be read at all (a malformed percent-encoding such as
 * {@code ?q=%ZZ}, bytes that are no UTF-8, a multipart body without its boundary) are the
 * client's mistake: the Dutch 400 page, logged as such, instead of an exception that the
 * container logs as a server error.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ParameterCleaning extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(ParameterCleaning.class);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(new CleanParameters(request), response);
		}
		catch (ServletException | RuntimeException ex) {
			InvalidParameterException unreadable = unreadable(ex);
			if (unreadable == null || response.isCommitted()) {
				throw ex;
			}
			log.info("Unreadable parameters refused (reference {}): {}", RequestIdFilter.idOf(request),
					unreadable.getMessage());
			// kept on the request: the error page then does not read the body again
			request.setAttribute(WebUtils.ERROR_EXCEPTION_ATTRIBUTE, unreadable);
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
		}
	}

	private static InvalidParameterException unreadable(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof InvalidParameterException invalid) {
				return invalid;
			}
		}
		return null;
	}

	private static final class CleanParameters extends HttpServletRequestWrapper {

		private Map<String, String[]> source;

		private Map<String, String[]> parameters;

		CleanParameters(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getParameter(String name) {
			String[] values = parameters().get(name);
			return (values != null && values.length > 0) ? values[0] : null;
		}

		@Override
		public String[] getParameterValues(String name) {
			String[] values = parameters().get(name);
			return (values != null) ? values.clone() : null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return parameters();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(parameters().keySet());
		}

		/** Cleaned once per map the request hands out (it parses its parameters once). */
		private Map<String, String[]> parameters() {
			Map<String, String[]> original = super.getParameterMap();
			if (original != this.source) {
				this.parameters = clean(original);
				this.source = original;
			}
			return this.parameters;
		}

		private static Map<String, String[]> clean(Map<String, String[]> original) {
			Map<String, String[]> clean = new LinkedHashMap<>();
			original.forEach((name, values) -> {
				String[] cleanValues = new String[values.length];
				for (int i = 0; i < values.length; i++) {
					cleanValues[i] = ControlCharacters.strip(values[i]);
				}
				clean.merge(ControlCharacters.strip(name), cleanValues, (a, b) -> {
					String[] both = new String[a.length + b.length];
					System.arraycopy(a, 0, both, 0, a.length);
					System.arraycopy(b, 0, both, a.length, b.length);
					return both;
				});
			});
			return Collections.unmodifiableMap(clean);
		}

	}

}
