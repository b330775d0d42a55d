package be.aanboord.account;

import java.util.Map;

import jakarta.servlet.DispatcherType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route has an explicit rule here; anything not listed is denied. The access matrix
 * test checks each route against each role.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

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
						"/login", "/error")
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
		http.formLogin((form) -> form.loginPage("/login")
			.defaultSuccessUrl("/start")
			.failureHandler(new LoginFailureHandler()));
		http.logout((logout) -> logout.logoutUrl("/logout")
			.logoutSuccessUrl("/?afgemeld")
			.invalidateHttpSession(true)
			.deleteCookies("AANBOORD_SESSION"));
		http.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(loggingAccessDeniedHandler())
			.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login") {
				@Override
				public void commence(jakarta.servlet.http.HttpServletRequest request,
						jakarta.servlet.http.HttpServletResponse response,
						org.springframework.security.core.AuthenticationException ex)
						throws java.io.IOException, jakarta.servlet.ServletException {
					log.info("Anonymous access to {} {} sent to login", request.getMethod(), request.getRequestURI());
					super.commence(request, response, ex);
				}
			}));
		http.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.frameOptions((frame) -> frame.deny()));
		return http.build();
	}

	private static AccessDeniedHandler loggingAccessDeniedHandler() {
		AccessDeniedHandlerImpl delegate = new AccessDeniedHandlerImpl();
		return (request, response, ex) -> {
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
