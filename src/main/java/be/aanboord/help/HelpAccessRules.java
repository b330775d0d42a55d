package be.aanboord.help;

import be.aanboord.account.AccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.util.matcher.RegexRequestMatcher;
import org.springframework.stereotype.Component;

/**
 * The help directory is public: the list with its search and filters, the levels of care
 * and an offer's page. An offer's address is one lowercase segment that is none of the
 * directory's own sections (the editors' pages, the school's card, the levels, a
 * correction), so those never become public by accident; their own rules say who may use
 * them.
 */
@Component
class HelpAccessRules implements AccessRules {

	/** {@code /hulp/{slug}}, with any query string. */
	private static final String OFFER = "^/hulp/(?!(?:beheer|kaart|niveaus|correctie)(?:[.?/]|$))"
			+ "[a-z0-9-]{1,120}(?:\\?.*)?$";

	@Override
	public void define(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.GET, "/hulp", "/hulp/niveaus")
			.permitAll()
			.requestMatchers(RegexRequestMatcher.regexMatcher(HttpMethod.GET, OFFER))
			.permitAll();
	}

}
