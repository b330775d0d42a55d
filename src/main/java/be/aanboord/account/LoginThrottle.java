package be.aanboord.account;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Locks an account for a while after too many failed logins, through Spring Security's
 * own authentication events and the account's lock flag. The counter lives in the
 * database, so it holds across instances.
 */
@Component
class LoginThrottle {

	private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

	private final AccountRepository accounts;

	private final Clock clock;

	private final int maxFailures;

	private final Duration lockDuration;

	LoginThrottle(AccountRepository accounts, Clock clock, @Value("${aanboord.login.max-failures}") int maxFailures,
			@Value("${aanboord.login.lock-duration}") Duration lockDuration) {
		this.accounts = accounts;
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.lockDuration = lockDuration;
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		String username = event.getAuthentication().getName();
		log.warn("Login failed for user '{}': {}", username.replaceAll("[\\r\\n]", "_"),
				event.getException().getClass().getSimpleName());
		if (event instanceof AuthenticationFailureBadCredentialsEvent) {
			this.accounts.recordFailedLogin(username, this.maxFailures, this.clock.instant().plus(this.lockDuration));
		}
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		// also the moment of the last sign-in, shown to the administrators
		this.accounts.recordSuccessfulLogin(event.getAuthentication().getName(), this.clock.instant());
	}

}
