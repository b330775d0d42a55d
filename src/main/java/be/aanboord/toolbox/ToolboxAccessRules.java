package be.aanboord.toolbox;

import be.aanboord.account.AccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Reading and downloading the toolbox is public (an attachment's headers too, with HEAD,
 * as caches ask them); contributing is for partners, reviewing for the editors.
 */
@Component
class ToolboxAccessRules implements AccessRules {

	@Override
	public void define(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/toolbox/mijn-fiches", "/toolbox/mijn-fiches/**")
			.hasRole("PARTNER")
			.requestMatchers("/toolbox/redactie", "/toolbox/redactie/**")
			.hasRole("EDITOR")
			.requestMatchers(HttpMethod.GET, "/toolbox", "/toolbox/*", "/toolbox/*/pdf", "/toolbox/*/versies/*",
					"/toolbox/*/bijlagen/*")
			.permitAll()
			.requestMatchers(HttpMethod.HEAD, "/toolbox/*/bijlagen/*")
			.permitAll();
	}

}
