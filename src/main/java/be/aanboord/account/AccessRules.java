package be.aanboord.account;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's own access rules for the routes it serves, declared as a bean in that
 * module. The security configuration applies every module's rules before its catch-all
 * rule (deny).
 */
@FunctionalInterface
public interface AccessRules {

	void define(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);

}
