package be.aanboord.help.editing;

import be.aanboord.account.AccessRules;
import be.aanboord.account.Role;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.util.matcher.RegexRequestMatcher;
import org.springframework.stereotype.Component;

/**
 * Keeping the help directory right: the editors' pages under {@code /hulp/beheer} (the
 * offers, their history, the corrections' queue) are for editors and administrators only;
 * proposing a correction from an offer's page ({@code /hulp/{slug}/correctie}, GET and
 * POST with the CSRF token) is for anyone, without an account. An offer's slug is one
 * lowercase segment that is none of the directory's own sections.
 */
@Component
class HelpEditingAccessRules implements AccessRules {

	/** {@code /hulp/{slug}/correctie}, with any query string. */
	private static final String PROPOSE = "^/hulp/(?!(?:beheer|kaart|niveaus|correctie)/)"
			+ "[a-z0-9-]{1,120}/correctie(?:\\?.*)?$";

	@Override
	public void define(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/hulp/beheer", "/hulp/beheer/**")
			.hasAnyRole(Role.EDITOR.name(), Role.ADMIN.name())
			.requestMatchers(RegexRequestMatcher.regexMatcher(HttpMethod.GET, PROPOSE))
			.permitAll()
			.requestMatchers(RegexRequestMatcher.regexMatcher(HttpMethod.POST, PROPOSE))
			.permitAll();
	}

}
