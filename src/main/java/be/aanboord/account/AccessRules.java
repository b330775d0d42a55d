package be.aanboord.account;

import java.util.List;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * A module's own access rules for the routes it serves, declared as a bean in that
 * module. The security configuration applies every module's rules before its catch-all
 * rule (deny).
 */
@FunctionalInterface
public interface AccessRules {

	void define(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);

	/**
	 * The module's routes that take a POST without a CSRF token (for example a mail
	 * program's one-click unsubscribe, RFC 8058); none unless the module's rules say so
	 * and why in their documentation.
	 */
	default List<RequestMatcher> withoutCsrfToken() {
		return List.of();
	}

}
