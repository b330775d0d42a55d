package be.aanboord.account;

import java.util.Map;

import jakarta.servlet.DispatcherType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import be.aanboord.system.SecurityHeaders;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route has an explicit rule here; anything not listed is denied. The access matrix
 * test checks each route against each role.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http,
			@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mapping,
			ObjectProvider<AccessRules> moduleRules) throws Exception {
		http.authorizeHttpRequests((requests) -> {
			requests.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
				.permitAll()
				// actuator endpoints listen on the management port only, which is not
				// exposed publicly
				.requestMatchers(EndpointRequest.toAnyEndpoint())
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/", "/projecten", "/projecten/*", "/partners", "/toegankelijkheid",
						"/contact", "/login", "/error")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/static/**", "/webjars/**")
				.permitAll()
				.requestMatchers("/start", "/mijn-account/**")
				.authenticated()
				.requestMatchers("/beheer/**")
				.hasRole(Role.ADMIN.name());
			moduleRules.orderedStream().forEach((rules) -> rules.define(requests));
			requests.requestMatchers(new UnmappedRequestMatcher(mapping)).permitAll().anyRequest().denyAll();
		});
		HeadAsGet.around(http);
		RequestCache returnAddresses = new ReturnAddressRequestCache();
		LocalRedirectStrategy redirects = new LocalRedirectStrategy();
		AuthenticationEntryPoint login = loginEntryPoint(redirects);
		SavedRequestAwareAuthenticationSuccessHandler signedIn = new SavedRequestAwareAuthenticationSuccessHandler();
		signedIn.setDefaultTargetUrl("/start");
		signedIn.setRequestCache(returnAddresses);
		signedIn.setRedirectStrategy(redirects);
		http.formLogin(
				(form) -> form.loginPage("/login").successHandler(signedIn).failureHandler(new LoginFailureHandler()));
		RequestMatcher[] withoutCsrfToken = moduleRules.orderedStream()
			.flatMap((rules) -> rules.withoutCsrfToken().stream())
			.toArray(RequestMatcher[]::new);
		http.csrf((csrf) -> csrf.csrfTokenRepository(new SessionOrCookieCsrfTokenRepository())
			.ignoringRequestMatchers(withoutCsrfToken));
		http.requestCache((cache) -> cache.requestCache(returnAddresses));
		http.logout((logout) -> logout.logoutUrl("/logout")
			.logoutSuccessUrl("/?afgemeld")
			.invalidateHttpSession(true)
			.deleteCookies("AANBOORD_SESSION"));
		http.exceptionHandling(
				(exceptions) -> exceptions.accessDeniedHandler(accessDeniedHandler(returnAddresses, login))
					.authenticationEntryPoint(login));
		http.headers((headers) -> headers
			.contentSecurityPolicy((csp) -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.frameOptions((frame) -> frame.deny()));
		return http.build();
	}

	/**
	 * Sends an anonymous visitor to the login page: a 302 to {@code /login}, or for an
	 * htmx request an {@code HX-Redirect} to it (see {@link LocalRedirectStrategy}).
	 */
	private static AuthenticationEntryPoint loginEntryPoint(LocalRedirectStrategy redirects) {
		return (request, response, ex) -> {
			log.info("Anonymous access to {} {} sent to login", request.getMethod(), request.getRequestURI());
			redirects.sendRedirect(request, response, "/login");
		};
	}

	/**
	 * A 403 page for signed-in users without the right; but a request without a valid
	 * CSRF token from someone who is not signed in (typically a form or htmx request
	 * after the session expired, whose token belonged to that session) is sent to the
	 * login page like any anonymous request, and back to the page it came from after
	 * sign-in. Nothing of such a request is carried out either way.
	 */
	private static AccessDeniedHandler accessDeniedHandler(RequestCache returnAddresses,
			AuthenticationEntryPoint login) {
		AccessDeniedHandlerImpl delegate = new AccessDeniedHandlerImpl();
		AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();
		return (request, response, ex) -> {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (ex instanceof CsrfException && !trust.isAuthenticated(authentication)) {
				log.info("{} {} without a valid CSRF token and without a signed-in session", request.getMethod(),
						request.getRequestURI());
				returnAddresses.saveRequest(request, response);
				login.commence(request, response, new InsufficientAuthenticationException("No signed-in session", ex));
				return;
			}
			log.warn("Access denied to {} {} for {}", request.getMethod(), request.getRequestURI(),
					(request.getUserPrincipal() != null) ? request.getUserPrincipal().getName() : "anonymous");
			delegate.handle(request, response, ex);
		};
	}

	/**
	 * Argon2id for new passwords; the prefix in each stored hash lets the algorithm
	 * change later.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return new DelegatingPasswordEncoder("argon2", Map.of("argon2",
				Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt", new BCryptPasswordEncoder()));
	}

}
