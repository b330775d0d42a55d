package be.aanboord.news.newsletter;

import be.aanboord.system.HourlyRateLimit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At most {@code aanboord.newsletter.subscriptions-per-ip} subscription requests per
 * client address per hour ({@link HourlyRateLimit}), as the agenda limits its
 * registrations.
 */
@Component
class NewsletterRateLimit extends HourlyRateLimit {

	NewsletterRateLimit(@Value("${aanboord.newsletter.subscriptions-per-ip:10}") long perHour) {
		super(perHour);
	}

}
