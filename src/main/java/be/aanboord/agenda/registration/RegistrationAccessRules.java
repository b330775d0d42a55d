package be.aanboord.agenda.registration;

import be.aanboord.account.AccessRules;
import be.aanboord.account.Role;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Registering, the personal link and the pages for a registrant's data are for anyone,
 * without an account (the personal links are signed); the registrations of an activity
 * are for its organisers: administrators and coordinators, and of these only those of the
 * organising projects ({@code ActivityOrganisers}, checked in the controller).
 */
@Component
class RegistrationAccessRules implements AccessRules {

	@Override
	public void define(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests
			.requestMatchers(HttpMethod.GET, "/agenda/*/inschrijven", "/agenda/inschrijving/*",
					"/privacy/mijn-gegevens", "/privacy/mijn-gegevens/*", "/privacy/mijn-gegevens/*/kopie.csv")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/agenda/*/inschrijven", "/agenda/inschrijving/*",
					"/privacy/mijn-gegevens", "/privacy/mijn-gegevens/*")
			.permitAll()
			.requestMatchers("/agenda/beheer/*/inschrijvingen", "/agenda/beheer/*/inschrijvingen/**")
			.hasAnyRole(Role.ADMIN.name(), Role.COORDINATOR.name());
	}

}
