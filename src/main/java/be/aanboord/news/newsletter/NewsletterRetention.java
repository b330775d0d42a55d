package be.aanboord.news.newsletter;

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
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps unconfirmed subscriptions no longer than needed: every night, once across
 * instances, requests not confirmed within
 * {@code aanboord.newsletter.unconfirmed-retention} (default seven days) are deleted,
 * address and all.
 */
@Component
class NewsletterRetention {

	private static final Logger log = LoggerFactory.getLogger(NewsletterRetention.class);

	private final SubscriberRepository subscribers;

	private final Clock clock;

	private final Period retention;

	NewsletterRetention(SubscriberRepository subscribers, Clock clock,
			@Value("${aanboord.newsletter.unconfirmed-retention:P7D}") Period retention) {
		this.subscribers = subscribers;
		this.clock = clock;
		this.retention = retention;
	}

	@Scheduled(cron = "${aanboord.newsletter.retention-cron:0 45 3 * * *}", zone = "Europe/Brussels")
	@SchedulerLock(name = "newsletter-unconfirmed-retention")
	void run() {
		int deleted = deleteExpired();
		if (deleted > 0) {
			log.info("Deleted {} unconfirmed newsletter subscriptions requested before {}", deleted, cutOff());
		}
	}

	/** Deletes the unconfirmed requests past their retention now; returns how many. */
	@Transactional
	public int deleteExpired() {
		return this.subscribers.deleteUnconfirmedBefore(cutOff());
	}

	Instant cutOff() {
		return ZonedDateTime.now(this.clock).minus(this.retention).toInstant();
	}

}
