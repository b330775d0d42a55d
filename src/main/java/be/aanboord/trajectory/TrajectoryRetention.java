package be.aanboord.trajectory;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Keeps what identifies a pupil no longer than needed: every night, once across
 * instances, NAFT and bridge-coaching trajectories closed (finished or stopped, column
 * {@code closed_at}) more than {@code aanboord.privacy.trajectory-retention} ago (default
 * five years) lose their pupil code and every free text: the trajectory's question or
 * note, evaluation, intensity and coach, each session's activity and note, and the same
 * texts in the change history ({@code trajectory_aud},
 * {@code trajectory_session_change}), so that no copy stays. What the annual report, the
 * dashboards and the lists count stays: kind, project, school, school year, partner,
 * status, dates, hours, level, question type, NAFT forms, round-table participants,
 * outcome, and who entered what. The trajectory is marked ({@code anonymised_at}) and is
 * no longer changed.
 * <p>
 * Ris+K trajectories are not anonymised: they guide a school team, carry no pupil code,
 * and their question and evaluation are the lab's record of that guidance (the portal
 * warns when such a text looks like a pupil's name, see {@link PupilDataCheck}).
 */
@Component
class TrajectoryRetention {

	private static final Logger log = LoggerFactory.getLogger(TrajectoryRetention.class);

	/** Trajectories anonymised in one transaction. */
	static final int BATCH = 500;

	/** At most this many batches in one run (a night's work; the next run goes on). */
	private static final int MAX_BATCHES = 1_000;

	private final JdbcClient jdbc;

	private final TransactionOperations transactions;

	private final TrajectoryDashboard dashboard;

	private final TrajectoryRows listRows;

	private final Clock clock;

	private final Period retention;

	TrajectoryRetention(JdbcClient jdbc, TransactionOperations transactions, TrajectoryDashboard dashboard,
			TrajectoryRows listRows, Clock clock,
			@Value("${aanboord.privacy.trajectory-retention:P5Y}") String retention) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.dashboard = dashboard;
		this.listRows = listRows;
		this.clock = clock;
		this.retention = RetentionPeriods.parse("aanboord.privacy.trajectory-retention", retention, Period.ofYears(1));
	}

	@Scheduled(cron = "${aanboord.privacy.trajectory-retention-cron:0 15 3 * * *}", zone = "Europe/Brussels")
	@SchedulerLock(name = "trajectory-retention")
	void run() {
		int anonymised = anonymise();
		if (anonymised > 0) {
			log.info("Anonymised {} NAFT and bridge-coaching trajectories closed before {}", anonymised, cutOff());
		}
	}

	/**
	 * Anonymises the trajectories past their retention now, {@link #BATCH} at a time,
	 * each batch in one transaction (the trajectories chosen are locked until it
	 * commits), so that a first run over years of trajectories never holds one long
	 * statement past the driver's socket time-out.
	 * @return how many trajectories
	 */
	int anonymise() {
		int total = 0;
		for (int batch = 0; batch < MAX_BATCHES; batch++) {
			Integer anonymised = this.transactions.execute((status) -> anonymiseNow());
			int done = (anonymised != null) ? anonymised : 0;
			total += done;
			if (done < BATCH) {
				break;
			}
		}
		return total;
	}

	private int anonymiseNow() {
		List<Long> ids = this.jdbc.sql("""
				select id from trajectory
				where anonymised_at is null and kind in ('NAFT', 'BRIDGE') and closed_at < :cutOff
				order by id limit :batch for update""")
			.param("cutOff", cutOff().atOffset(ZoneOffset.UTC))
			.param("batch", BATCH)
			.query(Long.class)
			.list();
		if (ids.isEmpty()) {
			return 0;
		}
		Long[] chosen = ids.toArray(Long[]::new);
		this.jdbc.sql("""
				update trajectory set pupil_code = null, question = null, evaluation = null, intensity = null,
				  coach = null, anonymised_at = :now, version = version + 1
				where id = any(:ids)""")
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.param("ids", chosen)
			.update();
		this.jdbc.sql("""
				update trajectory_aud set pupil_code = null, question = null, evaluation = null, intensity = null,
				  coach = null
				where id = any(:ids)""").param("ids", chosen).update();
		this.jdbc.sql("""
				update trajectory_session set activity = null, note = null, version = version + 1
				where trajectory_id = any(:ids)""").param("ids", chosen).update();
		this.jdbc.sql("""
				update trajectory_session_change set old_activity = null, old_note = null, new_activity = null,
				  new_note = null
				where trajectory_id = any(:ids)""").param("ids", chosen).update();
		this.dashboard.changed();
		this.listRows.changed();
		return ids.size();
	}

	Instant cutOff() {
		return ZonedDateTime.now(this.clock).minus(this.retention).toInstant();
	}

}
