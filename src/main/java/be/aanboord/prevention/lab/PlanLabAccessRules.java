package be.aanboord.prevention.lab;

import be.aanboord.account.AccessRules;
import be.aanboord.account.Role;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.util.matcher.RegexRequestMatcher;
import org.springframework.stereotype.Component;

/**
 * The lab's figures over shared prevention plans ({@code GET /preventieplan/labo}, with
 * any query string) are for administrators and coordinators only: the lab bases its
 * advice and its choice of learning labs on them. Schools, CLBs and everyone else are
 * refused.
 */
@Component
class PlanLabAccessRules implements AccessRules {

	/** {@code /preventieplan/labo}, with any query string. */
	private static final String LAB = "^/preventieplan/labo(?:\\?.*)?$";

	@Override
	public void define(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(RegexRequestMatcher.regexMatcher(HttpMethod.GET, LAB))
			.hasAnyRole(Role.ADMIN.name(), Role.COORDINATOR.name());
	}

}
