package be.aanboord.news.newsletter;

import java.util.List;

import be.aanboord.account.AccessRules;
import be.aanboord.account.Role;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * Subscribing, confirming and unsubscribing are for anyone, without an account; composing
 * and sending issues is for the editors and administrators.
 * <p>
 * <b>Without a CSRF token:</b> {@code POST /nieuwsbrief/uitschrijven/{token}}. Mail
 * programs send the one-click unsubscribe of RFC 8058 there (header
 * {@code List-Unsubscribe-Post: List-Unsubscribe=One-Click}) from outside any page, so it
 * cannot carry a token. The signed token in the address is the authority: only its
 * subscriber has it, and the request can do nothing but delete that subscriber.
 */
@Component
class NewsletterAccessRules implements AccessRules {

	@Override
	public void define(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
		requests.requestMatchers("/nieuwsbrief/beheer", "/nieuwsbrief/beheer/**")
			.hasAnyRole(Role.ADMIN.name(), Role.EDITOR.name())
			.requestMatchers(HttpMethod.GET, "/nieuwsbrief", "/nieuwsbrief/bevestigen/*", "/nieuwsbrief/uitschrijven/*")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/nieuwsbrief", "/nieuwsbrief/bevestigen/*",
					"/nieuwsbrief/uitschrijven/*")
			.permitAll();
	}

	@Override
	public List<RequestMatcher> withoutCsrfToken() {
		return List.of(pathPattern(HttpMethod.POST, "/nieuwsbrief/uitschrijven/*"));
	}

}
