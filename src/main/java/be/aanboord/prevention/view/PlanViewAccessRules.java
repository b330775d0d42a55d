package be.aanboord.prevention.view;

import be.aanboord.account.AccessRules;
import be.aanboord.account.Role;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.util.matcher.RegexRequestMatcher;
import org.springframework.stereotype.Component;

/**
 * The plan page and its PDF are for SCHOOL users and CLB workers (which plan each may
 * open is {@code PlanAccess}'s rule: another school's plan is "not found"); sharing the
 * plan with the lab's aggregates is the school's decision only, so the CLB is refused.
 * The regexes match the path with any query string.
 */
@Component
class PlanViewAccessRules implements AccessRules {

	private static final String PAGE = "^/preventieplan/\\d{1,18}(\\?.*)?$";

	private static final String PDF = "^/preventieplan/\\d{1,18}\\.pdf(\\?.*)?$";

	private static final String SHARE = "^/preventieplan/\\d{1,18}/delen(\\?.*)?$";

	@Override
	public void define(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(RegexRequestMatcher.regexMatcher(HttpMethod.GET, PAGE))
			.hasAnyRole(Role.SCHOOL.name(), Role.CLB.name())
			.requestMatchers(RegexRequestMatcher.regexMatcher(HttpMethod.GET, PDF))
			.hasAnyRole(Role.SCHOOL.name(), Role.CLB.name())
			.requestMatchers(RegexRequestMatcher.regexMatcher(HttpMethod.POST, SHARE))
			.hasRole(Role.SCHOOL.name());
	}

}
