package be.aanboord.help.editing;

import be.aanboord.system.HourlyRateLimit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At most {@code aanboord.help.corrections-per-ip} proposed corrections per client
 * address per hour ({@link HourlyRateLimit}), as the agenda limits its registrations.
 */
@Component
class CorrectionRateLimit extends HourlyRateLimit {

	CorrectionRateLimit(@Value("${aanboord.help.corrections-per-ip:10}") long perHour) {
		super(perHour);
	}

}
