package be.aanboord.agenda;

import be.aanboord.account.AccessRules;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.util.matcher.RegexRequestMatcher;
import org.springframework.stereotype.Component;

/**
 * The agenda is public: the list, the month, an activity's page and its documents, the
 * calendar feeds. An activity's address is one lowercase segment that is none of the
 * agenda's own sections (organisers, meetings, networks, registrations), so those never
 * become public by accident. Organising is for administrators and coordinators; which
 * activity a coordinator may change, {@link ActivityOrganisers} decides.
 */
@Component
class AgendaAccessRules implements AccessRules {

	/** {@code /agenda/{slug}} and {@code /agenda/{slug}.ics}, with any query string. */
	private static final String ACTIVITY = "^/agenda/(?!(?:beheer|vergaderingen|netwerken|inschrijving)(?:[.?/]|$))"
			+ "[a-z0-9-]{1,120}(?:\\.ics)?(?:\\?.*)?$";

	/** {@code /agenda/{slug}/documenten/{id}}. */
	private static final String DOCUMENT = "^/agenda/(?!(?:beheer|vergaderingen|netwerken|inschrijving)/)"
			+ "[a-z0-9-]{1,120}/documenten/[0-9]{1,18}(?:\\?.*)?$";

	@Override
	public void define(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/agenda/beheer", "/agenda/beheer/**")
			.hasAnyRole("ADMIN", "COORDINATOR")
			.requestMatchers(HttpMethod.GET, "/agenda", "/agenda/maand", "/agenda/feed.ics", "/agenda/feed/*.ics")
			.permitAll()
			.requestMatchers(RegexRequestMatcher.regexMatcher(HttpMethod.GET, ACTIVITY))
			.permitAll()
			.requestMatchers(RegexRequestMatcher.regexMatcher(HttpMethod.GET, DOCUMENT))
			.permitAll();
	}

}
