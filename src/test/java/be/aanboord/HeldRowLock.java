package be.aanboord;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

/**
 * Makes concurrent requests meet at the database for real: holds a row lock in a
 * transaction of its own, waits until the requests under test are blocked behind it, and
 * then lets them all go at the same moment. Every request has read the row (and checked
 * the version its form carried) before any of them can write it.
 */
public final class HeldRowLock implements AutoCloseable {

	private final Connection connection;

	/** Another connection (in auto-commit) that watches who waits. */
	private final Connection watcher;

	private HeldRowLock(Connection connection, Connection watcher) {
		this.connection = connection;
		this.watcher = watcher;
	}

	/** Locks one row of a table with {@code select … for update}. */
	public static HeldRowLock on(DataSource dataSource, String table, long id) throws SQLException {
		if (!table.matches("[a-z_]+")) {
			throw new IllegalArgumentException(table);
		}
		Connection connection = dataSource.getConnection();
		connection.setAutoCommit(false);
		try (PreparedStatement lock = connection
			.prepareStatement("select 1 from " + table + " where id = ? for update")) {
			lock.setLong(1, id);
			lock.executeQuery().close();
		}
		return new HeldRowLock(connection, dataSource.getConnection());
	}

	/** Waits until this many other sessions of the database wait for a lock. */
	public void awaitWaiting(int sessions) throws SQLException, InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
		while (waiting() < sessions) {
			if (Instant.now().isAfter(deadline)) {
				throw new IllegalStateException(
						"expected " + sessions + " sessions waiting for the lock, found " + waiting());
			}
			Thread.sleep(20);
		}
	}

	private int waiting() throws SQLException {
		try (PreparedStatement query = this.watcher.prepareStatement("""
				select count(*) from pg_stat_activity
				where datname = current_database() and wait_event_type = 'Lock'""");
				ResultSet rows = query.executeQuery()) {
			rows.next();
			return rows.getInt(1);
		}
	}

	/** Ends the transaction without changing anything: the waiting sessions go on. */
	@Override
	public void close() throws SQLException {
		try (this.watcher; this.connection) {
			this.connection.rollback();
		}
	}

}
