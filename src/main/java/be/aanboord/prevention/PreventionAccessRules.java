package be.aanboord.prevention;

import be.aanboord.account.AccessRules;
import be.aanboord.account.Role;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.util.matcher.RegexRequestMatcher;
import org.springframework.stereotype.Component;

/**
 * Working on the prevention plan: the plans list and starting a plan, a goal's page and
 * the dialogue page are for school users and CLB workers (which plans each may open is
 * {@link PlanAccess}'s rule: another school's plan is "not found"); a comment on a goal
 * is the CLB's only. The lab's admin, coordinators, partners, editors and the city never
 * open a plan (design, roles).
 */
@Component
class PreventionAccessRules implements AccessRules {

	private static final String QUERY = "(?:\\?.*)?$";

	private static final String LIST = "^/preventieplan" + QUERY;

	private static final String GOAL = "^/preventieplan/\\d{1,18}/doelen/\\d{1,18}" + QUERY;

	private static final String COMMENT = "^/preventieplan/\\d{1,18}/doelen/\\d{1,18}/commentaar" + QUERY;

	private static final String DIALOGUE = "^/preventieplan/\\d{1,18}/dialoog" + QUERY;

	@Override
	public void define(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		String school = Role.SCHOOL.name();
		String clb = Role.CLB.name();
		requests.requestMatchers(RegexRequestMatcher.regexMatcher(HttpMethod.POST, COMMENT))
			.hasRole(clb)
			.requestMatchers(RegexRequestMatcher.regexMatcher(HttpMethod.GET, LIST),
					RegexRequestMatcher.regexMatcher(HttpMethod.POST, LIST),
					RegexRequestMatcher.regexMatcher(HttpMethod.GET, GOAL),
					RegexRequestMatcher.regexMatcher(HttpMethod.POST, GOAL),
					RegexRequestMatcher.regexMatcher(HttpMethod.GET, DIALOGUE),
					RegexRequestMatcher.regexMatcher(HttpMethod.POST, DIALOGUE))
			.hasAnyRole(school, clb);
	}

}
