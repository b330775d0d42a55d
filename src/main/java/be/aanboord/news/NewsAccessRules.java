package be.aanboord.news;

import be.aanboord.account.AccessRules;
import be.aanboord.account.Role;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.util.matcher.RegexRequestMatcher;
import org.springframework.stereotype.Component;

/**
 * The news is public: the list, an item's page and the Atom feed. An item's address is
 * one lowercase segment that is not the editors' section ({@code beheer}), so that
 * section never becomes public by accident. Writing news is for the editors and
 * administrators.
 */
@Component
class NewsAccessRules implements AccessRules {

	/** {@code /nieuws/{slug}}, with any query string. */
	private static final String ITEM = "^/nieuws/(?!beheer(?:[.?/]|$))[a-z0-9-]{1,120}(?:\\?.*)?$";

	@Override
	public void define(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/nieuws/beheer", "/nieuws/beheer/**")
			.hasAnyRole(Role.ADMIN.name(), Role.EDITOR.name())
			.requestMatchers(HttpMethod.GET, "/nieuws", "/nieuws/feed.atom")
			.permitAll()
			.requestMatchers(RegexRequestMatcher.regexMatcher(HttpMethod.GET, ITEM))
			.permitAll();
	}

}
