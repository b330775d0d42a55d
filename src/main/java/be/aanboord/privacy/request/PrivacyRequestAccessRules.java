package be.aanboord.privacy.request;

import be.aanboord.account.AccessRules;
import be.aanboord.account.Role;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * "Mijn gegevens" is for every signed-in user (their own data only: the account comes
 * from the session, never from the address); the erasure requests are for administrators.
 * The account module's general rules ({@code /mijn-account/**} signed in,
 * {@code /beheer/**} administrators) already say the same; these rules name the module's
 * routes so that they stay so if those change.
 */
@Component
class PrivacyRequestAccessRules implements AccessRules {

	@Override
	public void define(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests
			.requestMatchers(MyDataController.PAGE, MyDataController.PAGE + ".json", MyDataController.PAGE + ".pdf",
					MyDataController.PAGE + "/verwijdering")
			.authenticated()
			.requestMatchers(ErasureRequestAdminController.LIST, ErasureRequestAdminController.LIST + "/**")
			.hasRole(Role.ADMIN.name());
	}

}
