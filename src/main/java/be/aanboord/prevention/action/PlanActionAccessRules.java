package be.aanboord.prevention.action;

import be.aanboord.account.AccessRules;
import be.aanboord.account.Role;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.util.matcher.RegexRequestMatcher;
import org.springframework.stereotype.Component;

/**
 * A plan's actions and attachments are for its school and its CLB (which plan a user may
 * open is checked by {@code PlanAccess}: anyone else's plan is the 404 page): both read,
 * add and edit actions and upload and download attachments; only the school deletes an
 * action or an attachment; only the CLB comments on an action (design of the prevention
 * module, roles). Ids are 1 to 18 digits; any other address under these answers 404.
 */
@Component
class PlanActionAccessRules implements AccessRules {

	private static final String PLAN = "^/preventieplan/[0-9]{1,18}";

	private static final String END = "(?:\\?.*)?$";

	private static final String ACTIONS = PLAN + "/acties" + END;

	private static final String ACTION = PLAN + "/acties/[0-9]{1,18}" + END;

	private static final String DELETE_ACTION = PLAN + "/acties/[0-9]{1,18}/verwijderen" + END;

	private static final String COMMENT = PLAN + "/acties/[0-9]{1,18}/commentaar" + END;

	private static final String ATTACHMENTS = PLAN + "/bijlagen" + END;

	private static final String ATTACHMENT = PLAN + "/bijlagen/[0-9]{1,18}" + END;

	private static final String DELETE_ATTACHMENT = PLAN + "/bijlagen/[0-9]{1,18}/verwijderen" + END;

	@Override
	public void define(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		String school = Role.SCHOOL.name();
		String clb = Role.CLB.name();
		requests.requestMatchers(RegexRequestMatcher.regexMatcher(HttpMethod.POST, DELETE_ACTION))
			.hasRole(school)
			.requestMatchers(RegexRequestMatcher.regexMatcher(HttpMethod.POST, DELETE_ATTACHMENT))
			.hasRole(school)
			.requestMatchers(RegexRequestMatcher.regexMatcher(HttpMethod.POST, COMMENT))
			.hasRole(clb)
			.requestMatchers(RegexRequestMatcher.regexMatcher(HttpMethod.GET, ACTIONS))
			.hasAnyRole(school, clb)
			.requestMatchers(RegexRequestMatcher.regexMatcher(HttpMethod.POST, ACTIONS))
			.hasAnyRole(school, clb)
			.requestMatchers(RegexRequestMatcher.regexMatcher(HttpMethod.GET, ACTION))
			.hasAnyRole(school, clb)
			.requestMatchers(RegexRequestMatcher.regexMatcher(HttpMethod.POST, ACTION))
			.hasAnyRole(school, clb)
			.requestMatchers(RegexRequestMatcher.regexMatcher(HttpMethod.GET, ATTACHMENTS))
			.hasAnyRole(school, clb)
			.requestMatchers(RegexRequestMatcher.regexMatcher(HttpMethod.POST, ATTACHMENTS))
			.hasAnyRole(school, clb)
			.requestMatchers(RegexRequestMatcher.regexMatcher(HttpMethod.GET, ATTACHMENT))
			.hasAnyRole(school, clb);
	}

}
