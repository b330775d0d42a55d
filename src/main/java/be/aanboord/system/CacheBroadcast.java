package be.aanboord.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Empties a cache kept per instance ({@link InstanceCache}) on every instance when what
 * it holds changes, through PostgreSQL's {@code LISTEN}/{@code NOTIFY}: nothing to run
 * beside the database the instances already share.
 * <p>
 * <b>Sending.</b> {@link #changed(InstanceCache)} empties this instance's copy at once
 * and again after the commit (see {@link AfterCommit}), and sends
 * {@code pg_notify('aanboord_cache', '<instance> <cache name>')}. Inside a read-write
 * transaction the notification goes out with that transaction: PostgreSQL delivers it
 * when, and only if, the transaction commits, so another instance never empties its cache
 * before the change is visible to it, and a rolled-back change tells no one. Outside a
 * transaction, or in a read-only one, it is sent on a connection of its own after the
 * commit.
 * <p>
 * <b>Receiving.</b> One thread per instance holds one connection of the pool with
 * {@code LISTEN aanboord_cache} and empties the named cache for every notification from
 * another instance; the name {@code *} empties them all (operators can send it after
 * changing data with SQL: {@code select pg_notify('aanboord_cache', 'sql *')}). When the
 * connection breaks (a database restart) the thread connects again every second; once it
 * listens again it empties every cache, because notifications sent meanwhile are lost.
 * Until then, the caches' own times to live bound how stale they get.
 * <p>
 * {@code aanboord.cache-broadcast.enabled=false} turns receiving off (a single instance);
 * sending stays, so that other instances still hear of changes.
 */
@Component
public class CacheBroadcast implements SmartLifecycle {

	/** The PostgreSQL channel, the same for every instance of the portal. */
	public static final String CHANNEL = "aanboord_cache";

	/** The name that empties every cache. */
	public static final String ALL = "*";

	private static final Logger log = LoggerFactory.getLogger(CacheBroadcast.class);

	/** How long one wait for notifications lasts (and so stopping at most). */
	private static final int POLL_MILLIS = 1_000;

	private static final Duration RETRY = Duration.ofSeconds(1);

	private final DataSource dataSource;

	/** Statements on the current transaction's connection. */
	private final JdbcTemplate jdbc;

	private final ObjectProvider<InstanceCache> caches;

	private final boolean enabled;

	/** This instance's name in the notifications, to ignore its own. */
	private final String instance = UUID.randomUUID().toString();

	private volatile Map<String, InstanceCache> byName = Map.of();

	private volatile boolean running;

	private volatile boolean listening;

	private volatile Thread listener;

	CacheBroadcast(DataSource dataSource, ObjectProvider<InstanceCache> caches,
			@Value("${aanboord.cache-broadcast.enabled:true}") boolean enabled) {
		this.dataSource = dataSource;
		this.jdbc = new JdbcTemplate(dataSource);
		this.caches = caches;
		this.enabled = enabled;
	}

	/**
	 * The cache's content changed: empties it here now and after the current transaction
	 * commits, and on every other instance once the change is committed.
	 * @param cache the cache whose content changed
	 */
	public void changed(InstanceCache cache) {
		AfterCommit.nowAndAfterCommit(cache::dropLocally);
		String payload = this.instance + " " + cache.cacheName();
		if (TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			// on the transaction's own connection: delivered on commit, dropped on
			// rollback
			this.jdbc.queryForList("select pg_notify(?, ?)", CHANNEL, payload);
		}
		else if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					notifyAlone(payload);
				}
			});
		}
		else {
			notifyAlone(payload);
		}
	}

	/**
	 * Whether this instance listens to the others now (false while the database is
	 * unreachable, and when receiving is turned off).
	 */
	public boolean listening() {
		return this.listening;
	}

	private void notifyAlone(String payload) {
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement("select pg_notify(?, ?)")) {
			statement.setString(1, CHANNEL);
			statement.setString(2, payload);
			statement.execute();
		}
		catch (SQLException ex) {
			log.warn("Could not tell the other instances that cache {} changed: {}", payload, ex.getMessage());
		}
	}

	@Override
	public void start() {
		Map<String, InstanceCache> named = new HashMap<>();
		this.caches.orderedStream().forEach((cache) -> named.put(cache.cacheName(), cache));
		this.byName = Map.copyOf(named);
		this.running = true;
		if (this.enabled) {
			this.listener = Thread.ofPlatform().name("cache-broadcast").daemon().start(this::listen);
		}
	}

	@Override
	public void stop() {
		this.running = false;
		Thread thread = this.listener;
		if (thread != null) {
			thread.interrupt();
			try {
				thread.join(POLL_MILLIS * 3L);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		this.listening = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/**
	 * Starts before the web server accepts requests and stops after it has finished the
	 * requests under way (its graceful shutdown runs in a later phase of stopping).
	 */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 4096;
	}

	private void listen() {
		boolean missed = false;
		while (this.running) {
			try (Connection connection = this.dataSource.getConnection()) {
				try {
					missed = receive(connection, missed);
				}
				finally {
					this.listening = false;
					unlisten(connection);
				}
			}
			catch (SQLException | RuntimeException ex) {
				if (!this.running) {
					return;
				}
				if (!missed) {
					log.warn("Not listening to the other instances' cache changes until the database answers: {}",
							ex.getMessage());
				}
				missed = true;
				pause();
			}
		}
	}

	/**
	 * Listens until stopped or until the connection fails; returns whether it missed any.
	 */
	private boolean receive(Connection connection, boolean missed) throws SQLException {
		connection.setAutoCommit(true);
		try (Statement statement = connection.createStatement()) {
			statement.execute("listen " + CHANNEL);
		}
		this.listening = true;
		if (missed) {
			log.info("Listening to the other instances' cache changes again; emptied every cache");
			this.byName.values().forEach(InstanceCache::dropLocally);
		}
		PGConnection notifications = connection.unwrap(PGConnection.class);
		while (this.running) {
			PGNotification[] received = notifications.getNotifications(POLL_MILLIS);
			if (received != null) {
				for (PGNotification notification : received) {
					apply(notification.getParameter());
				}
			}
		}
		return false;
	}

	/** A notification's payload: the sending instance and the cache's name. */
	void apply(String payload) {
		int space = payload.indexOf(' ');
		if (space < 0 || payload.substring(0, space).equals(this.instance)) {
			return;
		}
		String name = payload.substring(space + 1);
		if (ALL.equals(name)) {
			this.byName.values().forEach(InstanceCache::dropLocally);
			return;
		}
		InstanceCache cache = this.byName.get(name);
		if (cache != null) {
			cache.dropLocally();
		}
	}

	/** A pooled connection goes back to the pool listening to nothing. */
	private static void unlisten(Connection connection) {
		try (Statement statement = connection.createStatement()) {
			statement.execute("unlisten *");
		}
		catch (SQLException ignored) {
			// a broken connection: the pool drops it
		}
	}

	private void pause() {
		try {
			Thread.sleep(RETRY);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.running = false;
		}
	}

}
