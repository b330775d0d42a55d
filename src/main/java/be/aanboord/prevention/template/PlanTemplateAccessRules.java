package be.aanboord.prevention.template;

import be.aanboord.account.AccessRules;
import be.aanboord.account.Role;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.util.matcher.RegexRequestMatcher;
import org.springframework.stereotype.Component;

/**
 * The template editor ({@code /preventieplan/sjabloon} and everything under it, any
 * method) is for the lab's editors and administrators (EDITOR, ADMIN): schools and CLBs
 * work on their plans, never on the template. The pattern covers the query string too
 * (the regex is matched against path and query).
 */
@Component
class PlanTemplateAccessRules implements AccessRules {

	/** {@code /preventieplan/sjabloon} and its sub-paths, with any query string. */
	private static final String TEMPLATE = "^/preventieplan/sjabloon(?:/[^?]*)?(?:\\?.*)?$";

	@Override
	public void define(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(RegexRequestMatcher.regexMatcher(TEMPLATE))
			.hasAnyRole(Role.ADMIN.name(), Role.EDITOR.name());
	}

}
