package be.aanboord.help.card;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import be.aanboord.system.Formats;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps cards no longer than they are used: every night, once across instances, the cards
 * nobody opened (page, PDF or save) for {@code aanboord.help.card-retention} (default
 * three years) are deleted with their offers, contact persons and lines.
 */
@Component
class HelpCardRetention {

	private static final Logger log = LoggerFactory.getLogger(HelpCardRetention.class);

	private final HelpCards cards;

	private final Clock clock;

	private final Period retention;

	HelpCardRetention(HelpCards cards, Clock clock, @Value("${aanboord.help.card-retention:P3Y}") Period retention) {
		this.cards = cards;
		this.clock = clock;
		this.retention = retention;
	}

	@Scheduled(cron = "${aanboord.help.card-retention-cron:0 45 3 * * *}", zone = "Europe/Brussels")
	@SchedulerLock(name = "help-card-retention")
	void run() {
		int deleted = delete();
		if (deleted > 0) {
			log.info("Deleted {} help cards not opened since {}", deleted, cutOff());
		}
	}

	/** Deletes what is past its retention now; returns how many cards. */
	int delete() {
		return this.cards.deleteNotOpenedSince(cutOff());
	}

	Instant cutOff() {
		return ZonedDateTime.now(this.clock.withZone(Formats.BRUSSELS)).minus(this.retention).toInstant();
	}

}
