package be.aanboord.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A TCP relay between the application and the tests' PostgreSQL that a test can cut:
 * {@link #stop()} behaves as a stopped server (open connections closed, new ones
 * refused), {@link #freeze()} as a server stopped with SIGSTOP (connections, new ones
 * too, are accepted and never answered), {@link #resume()} brings the database back. As
 * an initializer, listed after {@code TestDatabase}, it points the application's
 * datasource at itself.
 */
final class DatabaseRelay implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?(/.*)");

	private static volatile DatabaseRelay current;

	private final InetSocketAddress target;

	private final Set<Socket> open = ConcurrentHashMap.newKeySet();

	private final Object gate = new Object();

	private volatile boolean frozen;

	private volatile ServerSocket listener;

	private final int port;

	/** Used by Spring as an initializer only. */
	DatabaseRelay() {
		this.target = null;
		this.port = 0;
	}

	private DatabaseRelay(InetSocketAddress target) throws IOException {
		this.target = target;
		this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		this.port = this.listener.getLocalPort();
		accept(this.listener);
	}

	/** The relay of the running test context. */
	static DatabaseRelay current() {
		return current;
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		String url = context.getEnvironment().getRequiredProperty("spring.datasource.url");
		Matcher parts = URL.matcher(url);
		if (!parts.matches()) {
			throw new IllegalStateException("not a PostgreSQL URL: " + url);
		}
		try {
			DatabaseRelay relay = new DatabaseRelay(new InetSocketAddress(parts.group(1),
					(parts.group(2) != null) ? Integer.parseInt(parts.group(2)) : 5432));
			current = relay;
			TestPropertyValues.of("spring.datasource.url=jdbc:postgresql://127.0.0.1:" + relay.port + parts.group(3),
					// Flyway migrates the real database, not through the relay
					"spring.flyway.url=" + url)
				.applyTo(context);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** As a stopped server: open connections are closed and new ones refused. */
	synchronized void stop() throws IOException {
		this.listener.close();
		closeAll();
	}

	/**
	 * As a frozen server: nothing passes any more, in either direction, and new
	 * connections are accepted but never answered.
	 */
	synchronized void freeze() {
		this.frozen = true;
	}

	/**
	 * The database is back: a stopped relay listens again, a frozen one lets all pass.
	 */
	synchronized void resume() throws IOException {
		if (this.listener.isClosed()) {
			ServerSocket again = new ServerSocket();
			again.setReuseAddress(true);
			again.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), this.port), 50);
			this.listener = again;
			accept(again);
		}
		synchronized (this.gate) {
			this.frozen = false;
			this.gate.notifyAll();
		}
	}

	private void accept(ServerSocket server) {
		Thread.ofVirtual().start(() -> {
			while (!server.isClosed()) {
				try {
					Socket client = server.accept();
					Socket upstream = new Socket();
					upstream.connect(this.target, 2000);
					this.open.add(client);
					this.open.add(upstream);
					Thread.ofVirtual().start(() -> pipe(client, upstream));
					Thread.ofVirtual().start(() -> pipe(upstream, client));
				}
				catch (IOException closed) {
					// the listener was closed (stop) or the upstream refused
				}
			}
		});
	}

	private void pipe(Socket from, Socket to) {
		byte[] buffer = new byte[16 * 1024];
		try (from; to) {
			InputStream in = from.getInputStream();
			OutputStream out = to.getOutputStream();
			int read;
			while ((read = in.read(buffer)) >= 0) {
				awaitThaw();
				out.write(buffer, 0, read);
				out.flush();
			}
		}
		catch (IOException | InterruptedException closed) {
			// one side went away: both are closed
		}
		finally {
			this.open.remove(from);
			this.open.remove(to);
		}
	}

	private void awaitThaw() throws InterruptedException {
		synchronized (this.gate) {
			while (this.frozen) {
				this.gate.wait();
			}
		}
	}

	private void closeAll() {
		for (Socket socket : this.open) {
			try {
				socket.close();
			}
			catch (IOException ignored) {
				// closing anyway
			}
		}
		this.open.clear();
	}

}
