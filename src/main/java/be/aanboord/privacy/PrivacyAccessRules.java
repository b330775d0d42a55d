package be.aanboord.privacy;

import be.aanboord.account.AccessRules;
import be.aanboord.account.Role;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The privacy notice is for everyone, without an account; the register of processing with
 * its columns is the administrator's.
 */
@Component
class PrivacyAccessRules implements AccessRules {

	@Override
	public void define(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.GET, "/privacy")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/beheer/privacy")
			.hasRole(Role.ADMIN.name());
	}

}
