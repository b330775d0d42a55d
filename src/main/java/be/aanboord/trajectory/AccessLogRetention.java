package be.aanboord.trajectory;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the access log of pupil-level trajectories ({@link TrajectoryAccessLog}) no
 * longer than needed: every night, once across instances, rows older than
 * {@code aanboord.privacy.access-log-retention} (default five years, at least one) are
 * removed, whole, through the database function {@code trajectory_access_log_purge}, the
 * only way the log's append-only trigger lets a row go (migration
 * {@code V98__trajectory_retention}). The database itself refuses a cutoff less than one
 * year ago.
 */
@Component
class AccessLogRetention {

	private static final Logger log = LoggerFactory.getLogger(AccessLogRetention.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Period retention;

	AccessLogRetention(JdbcClient jdbc, Clock clock,
			@Value("${aanboord.privacy.access-log-retention:P5Y}") String retention) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.retention = RetentionPeriods.parse("aanboord.privacy.access-log-retention", retention, Period.ofYears(1));
	}

	@Scheduled(cron = "${aanboord.privacy.access-log-retention-cron:0 20 3 * * *}", zone = "Europe/Brussels")
	@SchedulerLock(name = "trajectory-access-log-retention")
	void run() {
		long removed = purge();
		log.info("Removed {} access log rows older than {}", removed, cutOff());
	}

	/**
	 * Removes the rows past their retention now, in the one statement that calls the
	 * purge (its own transaction).
	 * @return how many rows
	 */
	long purge() {
		return this.jdbc.sql("select trajectory_access_log_purge(?)")
			.param(cutOff().atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.single();
	}

	Instant cutOff() {
		return ZonedDateTime.now(this.clock).minus(this.retention).toInstant();
	}

}
