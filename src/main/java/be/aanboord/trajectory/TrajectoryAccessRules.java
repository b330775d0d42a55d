package be.aanboord.trajectory;

import be.aanboord.account.AccessRules;
import be.aanboord.account.Role;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Trajectories: coordinators and admins create and edit; partners see and log sessions
 * (and correct their own: which sessions each may correct is decided by the controller);
 * the city sees the dashboard (aggregates only). Which trajectories each may see is
 * decided in the queries ({@link TrajectoryScope}).
 */
@Component
class TrajectoryAccessRules implements AccessRules {

	@Override
	public void define(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/trajecten/nieuw", "/trajecten/*/bewerken")
			.hasAnyRole(Role.COORDINATOR.name(), Role.ADMIN.name())
			.requestMatchers(HttpMethod.GET, "/trajecten/dashboard", "/trajecten/jaarverslag",
					"/trajecten/jaarverslag.pdf")
			.hasAnyRole(Role.COORDINATOR.name(), Role.ADMIN.name(), Role.CITY.name())
			.requestMatchers(HttpMethod.GET, "/trajecten", "/trajecten/export.csv", "/trajecten/export.xlsx",
					"/trajecten/*")
			.hasAnyRole(Role.COORDINATOR.name(), Role.PARTNER.name(), Role.ADMIN.name())
			.requestMatchers(HttpMethod.GET, "/trajecten/*/suggesties")
			.hasAnyRole(Role.COORDINATOR.name(), Role.PARTNER.name(), Role.ADMIN.name())
			.requestMatchers(HttpMethod.POST, "/trajecten/*/sessies")
			.hasAnyRole(Role.COORDINATOR.name(), Role.PARTNER.name(), Role.ADMIN.name())
			.requestMatchers("/trajecten/*/sessies/*/bewerken")
			.hasAnyRole(Role.COORDINATOR.name(), Role.PARTNER.name(), Role.ADMIN.name())
			.requestMatchers(HttpMethod.POST, "/trajecten/*/sessies/*/verwijderen")
			.hasAnyRole(Role.COORDINATOR.name(), Role.PARTNER.name(), Role.ADMIN.name());
	}

}
