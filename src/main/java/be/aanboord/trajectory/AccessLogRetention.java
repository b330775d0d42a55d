package be.aanboord.trajectory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
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

	/**
	 * At most this many days of rows in one run (a night's work; the next run goes on).
	 */
	private static final int MAX_DAYS = 3_660;

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
	 * Removes the rows past their retention now, a day of rows at a time from the oldest
	 * (each call of the purge function is a statement and a transaction of its own), so
	 * that a first run over years of rows never holds one long statement past the
	 * driver's socket time-out.
	 * @return how many rows
	 */
	long purge() {
		Instant cutOff = cutOff();
		long removed = 0;
		for (int day = 0; day < MAX_DAYS; day++) {
			OffsetDateTime oldest = this.jdbc.sql("select min(at) from trajectory_access_log")
				.query(OffsetDateTime.class)
				.optional()
				.orElse(null);
			if (oldest == null || !oldest.toInstant().isBefore(cutOff)) {
				break;
			}
			Instant step = oldest.toInstant().plus(Duration.ofDays(1));
			removed += this.jdbc.sql("select trajectory_access_log_purge(?)")
				.param((step.isBefore(cutOff) ? step : cutOff).atOffset(ZoneOffset.UTC))
				.query(Long.class)
				.single();
		}
		return removed;
	}

	Instant cutOff() {
		return ZonedDateTime.now(this.clock).minus(this.retention).toInstant();
	}

}
