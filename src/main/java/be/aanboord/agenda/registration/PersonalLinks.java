package be.aanboord.agenda.registration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The personal links a registrant gets by e-mail: one per registration (to see or cancel
 * it, valid until a day after the activity) and one per e-mail address (to see or erase
 * all data held under it, valid for a day).
 */
@Component
class PersonalLinks {

	static final Duration AFTER_THE_ACTIVITY = Duration.ofDays(1);

	static final Duration DATA_LINK_VALIDITY = Duration.ofDays(1);

	private static final String REGISTRATION = "registration";

	private static final String DATA = "data";

	private final SignedLinks links;

	private final Clock clock;

	PersonalLinks(SignedLinks links, Clock clock) {
		this.links = links;
		this.clock = clock;
	}

	String registrationToken(long registrationId, Instant activityEnds) {
		return this.links.sign(REGISTRATION, Long.toString(registrationId), activityEnds.plus(AFTER_THE_ACTIVITY));
	}

	Optional<Long> registrationId(String token) {
		return this.links.verify(REGISTRATION, token, this.clock.instant()).flatMap(PersonalLinks::number);
	}

	String dataToken(String email) {
		return this.links.sign(DATA, email.toLowerCase(java.util.Locale.ROOT),
				this.clock.instant().plus(DATA_LINK_VALIDITY));
	}

	Optional<String> email(String token) {
		return this.links.verify(DATA, token, this.clock.instant());
	}

	private static Optional<Long> number(String text) {
		try {
			return Optional.of(Long.parseLong(text));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
