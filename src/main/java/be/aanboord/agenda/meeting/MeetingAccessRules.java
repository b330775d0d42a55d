package be.aanboord.agenda.meeting;

import be.aanboord.account.AccessRules;
import be.aanboord.account.Role;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The lab's meetings and the learning networks are for the lab's members who sign in: the
 * lab (ADMIN), the projects' coordinators (COORDINATOR) and the partner organisations
 * (PARTNER), who are the people around the table. The city (CITY) and the toolbox editors
 * (EDITOR) are no members (403); visitors are sent to sign in. Writing is for ADMIN and
 * COORDINATOR; recording the budget's step "discussed" is the lab's (ADMIN), as every
 * step of the budget. Ordered before the agenda's public rules, whose {@code /agenda/*}
 * would otherwise match {@code /agenda/vergaderingen}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class MeetingAccessRules implements AccessRules {

	private static final String ADMIN = Role.ADMIN.name();

	private static final String COORDINATOR = Role.COORDINATOR.name();

	private static final String PARTNER = Role.PARTNER.name();

	@Override
	public void define(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.GET, "/agenda/vergaderingen/*/verslag")
			.hasAnyRole(ADMIN, COORDINATOR)
			.requestMatchers(HttpMethod.GET, "/agenda/vergaderingen", "/agenda/vergaderingen/*", "/agenda/netwerken",
					"/agenda/netwerken/*", "/agenda/netwerken/vergadering/*")
			.hasAnyRole(ADMIN, COORDINATOR, PARTNER)
			.requestMatchers(HttpMethod.POST, "/agenda/vergaderingen/*/budget")
			.hasRole(ADMIN)
			.requestMatchers(HttpMethod.POST, "/agenda/vergaderingen/**", "/agenda/netwerken/**")
			.hasAnyRole(ADMIN, COORDINATOR)
			.requestMatchers("/agenda/vergaderingen/**", "/agenda/netwerken/**")
			.denyAll();
	}

}
