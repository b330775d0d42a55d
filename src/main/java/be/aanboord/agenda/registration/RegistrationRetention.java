package be.aanboord.agenda.registration;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps registrations no longer than needed: every night, once across instances, the
 * registrations of activities that ended more than
 * {@code aanboord.agenda.registration-retention} ago (default twelve months) lose
 * everything that names the person (name, e-mail, organisation, function); their status
 * and attendance stay for the figures.
 */
@Component
class RegistrationRetention {

	private static final Logger log = LoggerFactory.getLogger(RegistrationRetention.class);

	private final Registrations registrations;

	private final Clock clock;

	private final Period retention;

	RegistrationRetention(Registrations registrations, Clock clock,
			@Value("${aanboord.agenda.registration-retention:P12M}") Period retention) {
		this.registrations = registrations;
		this.clock = clock;
		this.retention = retention;
	}

	@Scheduled(cron = "${aanboord.agenda.registration-retention-cron:0 30 3 * * *}", zone = "Europe/Brussels")
	@SchedulerLock(name = "agenda-registration-retention")
	void run() {
		int anonymised = anonymise();
		if (anonymised > 0) {
			log.info("Anonymised {} registrations of activities that ended before {}", anonymised, cutOff());
		}
	}

	/** Anonymises what is past its retention now; returns how many registrations. */
	int anonymise() {
		return this.registrations.anonymiseEndedBefore(cutOff());
	}

	Instant cutOff() {
		return ZonedDateTime.now(this.clock).minus(this.retention).toInstant();
	}

}
