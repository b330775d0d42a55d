package be.aanboord.help.card;

import be.aanboord.account.AccessRules;
import be.aanboord.account.Role;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The card is for anyone, without an account: the start page, and a card under its
 * private link with its PDF (whoever holds the token may read and change the card; any
 * other address under {@code /hulp/kaart/} answers the 404 page, never the login page, so
 * that nothing tells a guessed link from a deleted one).
 */
@Component
class HelpCardAccessRules implements AccessRules {

	@Override
	public void define(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/hulp/kaart/school", "/hulp/kaart/school.pdf", "/hulp/kaart/school/link")
			.hasRole(Role.SCHOOL.name())
			.requestMatchers(HttpMethod.GET, "/hulp/kaart", "/hulp/kaart/*")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/hulp/kaart", "/hulp/kaart/*")
			.permitAll();
	}

}
