package be.aanboord.trajectory;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import javax.sql.DataSource;

import be.aanboord.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The access log stays append-only and loses rows past their retention through one path
 * only: the nightly job, with a fixed clock, removes the rows older than the period
 * through {@code trajectory_access_log_purge}; a direct DELETE, UPDATE or TRUNCATE is
 * refused even for such rows, also with the purge's setting copied; the purge refuses a
 * cutoff less than a year ago. The rows are of 2005-2006 (trajectory ids no trajectory
 * has), so the job touches no other test's rows.
 */
@IntegrationTest
class AccessLogRetentionIT {

	/** The night the job runs: five years after 1 June 2006, Brussels time. */
	private static final Instant NIGHT = OffsetDateTime.parse("2011-06-01T03:20:00+02:00").toInstant();

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void theJobRemovesTheRowsOlderThanThePeriodAndNoOthers() {
		long trajectory = unusedTrajectoryId();
		row(trajectory, "2006-05-31T12:00:00+02:00");
		row(trajectory, "2006-05-31T12:00:00+02:00");
		row(trajectory, "2006-06-02T12:00:00+02:00");
		long before = this.jdbc.sql("select count(*) from trajectory_access_log").query(Long.class).single();

		assertThat(job().purge()).isEqualTo(2);

		assertThat(this.jdbc.sql("select at from trajectory_access_log where trajectory_id = ?")
			.param(trajectory)
			.query(OffsetDateTime.class)
			.list()).singleElement()
			.satisfies((at) -> assertThat(at.toInstant())
				.isEqualTo(OffsetDateTime.parse("2006-06-02T12:00:00+02:00").toInstant()));
		assertThat(this.jdbc.sql("select count(*) from trajectory_access_log").query(Long.class).single())
			.isEqualTo(before - 2);
		assertThat(job().purge()).as("the next night finds nothing left").isZero();
	}

	@Test
	void directDeletesUpdatesAndTruncatesAreRefusedEvenForRowsPastThePeriod() throws Exception {
		long trajectory = unusedTrajectoryId();
		row(trajectory, "2004-03-01T12:00:00+01:00");
		assertThatThrownBy(() -> this.jdbc.sql("delete from trajectory_access_log where trajectory_id = ?")
			.param(trajectory)
			.update()).hasMessageContaining("append-only: DELETE refused");
		assertThatThrownBy(
				() -> this.jdbc.sql("update trajectory_access_log set username = 'x' where trajectory_id = ?")
					.param(trajectory)
					.update())
			.hasMessageContaining("append-only: UPDATE refused");
		assertThatThrownBy(() -> this.jdbc.sql("truncate trajectory_access_log").update())
			.hasMessageContaining("append-only: TRUNCATE refused");
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (Statement statement = connection.createStatement()) {
				statement
					.execute("select set_config('aanboord.access_log_purge_cutoff', '2010-01-01 00:00:00+00', true)");
				assertThatThrownBy(() -> statement
					.executeUpdate("delete from trajectory_access_log where trajectory_id = " + trajectory))
					.as("the purge's setting without the purge")
					.hasMessageContaining("append-only: DELETE refused");
			}
			finally {
				connection.rollback();
				connection.setAutoCommit(true);
			}
		}
		assertThat(this.jdbc.sql("select count(*) from trajectory_access_log where trajectory_id = ?")
			.param(trajectory)
			.query(Long.class)
			.single()).isOne();
	}

	@Test
	void thePurgeRefusesACutoffLessThanAYearAgo() {
		long trajectory = unusedTrajectoryId();
		this.jdbc
			.sql("insert into trajectory_access_log (at, username, roles, trajectory_id, action) "
					+ "values (now() - interval '300 days', 'test', 'ADMIN', ?, 'READ')")
			.param(trajectory)
			.update();
		assertThatThrownBy(() -> this.jdbc.sql("select trajectory_access_log_purge(now() - interval '6 months')")
			.query(Long.class)
			.single()).hasMessageContaining("less than one year ago; refused");
		assertThatThrownBy(() -> this.jdbc.sql("select trajectory_access_log_purge(null)").query(Long.class).single())
			.hasMessageContaining("refused");
		assertThat(this.jdbc.sql("select count(*) from trajectory_access_log where trajectory_id = ?")
			.param(trajectory)
			.query(Long.class)
			.single()).isOne();
	}

	@Test
	void aPeriodShorterThanTheDatabasesFloorIsRefusedAtStartUp() {
		assertThatThrownBy(() -> new AccessLogRetention(this.jdbc, Clock.systemUTC(), "P6M"))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("aanboord.privacy.access-log-retention");
	}

	private AccessLogRetention job() {
		return new AccessLogRetention(this.jdbc, Clock.fixed(NIGHT, ZoneId.of("Europe/Brussels")), "P5Y");
	}

	/** An id no trajectory has (the log keeps ids, without a foreign key). */
	private long unusedTrajectoryId() {
		return this.jdbc.sql("select least(min(trajectory_id), 0) - 1 from trajectory_access_log")
			.query(Long.class)
			.single();
	}

	private void row(long trajectory, String at) {
		this.jdbc
			.sql("insert into trajectory_access_log (at, username, roles, trajectory_id, action) "
					+ "values (?, 'test', 'ADMIN', ?, 'READ')")
			.params(OffsetDateTime.parse(at), trajectory)
			.update();
	}

}
