package be.aanboord.account;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Matches requests for which no controller exists, so that a mistyped address gets the
 * 404 page instead of a login prompt. Nothing is served for such requests, so letting
 * them through is safe.
 */
class UnmappedRequestMatcher implements RequestMatcher {

	private final ObjectProvider<RequestMappingHandlerMapping> mapping;

	UnmappedRequestMatcher(ObjectProvider<RequestMappingHandlerMapping> mapping) {
		this.mapping = mapping;
	}

	@Override
	public boolean matches(HttpServletRequest request) {
		try {
			return this.mapping.getObject().getHandler(request) == null;
		}
		catch (Exception ex) {
			// e.g. a known path with another HTTP method: it is mapped, so the explicit
			// rules decide
			return false;
		}
	}

}
