package be.aanboord.prevention.monitoring;

import be.aanboord.account.AccessRules;
import be.aanboord.account.Role;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.util.matcher.RegexRequestMatcher;
import org.springframework.stereotype.Component;

/**
 * A plan's monitoring page ({@code /preventieplan/{id}/monitoring}): the school and its
 * CLB read it, only the school saves it (the counts are the school's own administration;
 * the CLB follows them as critical friend). Which plans a user may open is checked by
 * {@code PlanAccess} (another school's plan is the 404 page). The patterns cover the
 * query string too (the regex is matched against path and query).
 */
@Component
class MonitoringAccessRules implements AccessRules {

	/** {@code /preventieplan/{id}/monitoring}, with any query string. */
	private static final String MONITORING = "^/preventieplan/\\d{1,18}/monitoring(?:\\?.*)?$";

	@Override
	public void define(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(RegexRequestMatcher.regexMatcher(HttpMethod.GET, MONITORING))
			.hasAnyRole(Role.SCHOOL.name(), Role.CLB.name())
			.requestMatchers(RegexRequestMatcher.regexMatcher(HttpMethod.POST, MONITORING))
			.hasRole(Role.SCHOOL.name());
	}

}
