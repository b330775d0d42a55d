package be.aanboord.agenda.registration;

import be.aanboord.system.HourlyRateLimit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At most {@code aanboord.agenda.registrations-per-ip} posts of the agenda's public forms
 * (registrations, data requests) per client address per hour ({@link HourlyRateLimit}).
 */
@Component
class RegistrationRateLimit extends HourlyRateLimit {

	RegistrationRateLimit(@Value("${aanboord.agenda.registrations-per-ip:30}") long perHour) {
		super(perHour);
	}

}
