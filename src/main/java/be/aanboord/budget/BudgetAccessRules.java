package be.aanboord.budget;

import be.aanboord.account.AccessRules;
import be.aanboord.account.Role;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Budgets are for the lab (ADMIN), the projects' coordinators (their own requests and
 * reports) and the city (CITY); visitors, partners and editors see none of it. Which
 * projects a coordinator may touch is checked in the controllers against the user's
 * scope.
 */
@Component
class BudgetAccessRules implements AccessRules {

	private static final String ADMIN = Role.ADMIN.name();

	private static final String COORDINATOR = Role.COORDINATOR.name();

	private static final String CITY = Role.CITY.name();

	@Override
	public void define(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers(HttpMethod.GET, "/budget")
			.hasAnyRole(ADMIN, COORDINATOR, CITY)
			.requestMatchers("/budget/*/aanvraag/*", "/budget/*/verslag/*")
			.hasAnyRole(ADMIN, COORDINATOR)
			.requestMatchers("/budget/*/advies/*", "/budget/*/stap", "/budget/*/heropenen", "/budget/*/envelop")
			.hasRole(ADMIN)
			.requestMatchers("/budget/*/beslissing", "/budget/*/opmerking/*")
			.hasRole(CITY)
			.requestMatchers(HttpMethod.GET, "/budget/*", "/budget/*/historiek", "/budget/*/advies.pdf",
					"/budget/*/advies.xlsx")
			.hasAnyRole(ADMIN, CITY);
	}

}
