package be.aanboord.school;

import be.aanboord.account.AccessRules;
import be.aanboord.account.Role;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Schools are reference data: coordinators and admins keep them up to date; only admins
 * import a file.
 */
@Component
class SchoolAccessRules implements AccessRules {

	@Override
	public void define(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/scholen/import")
			.hasRole(Role.ADMIN.name())
			.requestMatchers("/scholen", "/scholen/**")
			.hasAnyRole(Role.COORDINATOR.name(), Role.ADMIN.name());
	}

}
