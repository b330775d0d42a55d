package be.aanboord;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Finds the PostgreSQL the tests run against, once per test run:
 * <ol>
 * <li>{@code AANBOORD_TEST_DB_URL} (with {@code AANBOORD_TEST_DB_USERNAME} and
 * {@code AANBOORD_TEST_DB_PASSWORD}) when set: used as it is;</li>
 * <li>otherwise the local server on 127.0.0.1:5432
 * ({@code AANBOORD_TEST_DB_HOST}/{@code _PORT} override it), where the database
 * {@code aanboord_test} is dropped and created empty, so that every run applies all
 * migrations to an empty database and never touches the portal's own database;</li>
 * <li>otherwise, or when {@code AANBOORD_TEST_DB=container}, a PostgreSQL container when
 * Docker is available;</li>
 * <li>otherwise the tests stop with a message that says what to do.</li>
 * </ol>
 */
public final class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static Connection details;

	private record Connection(String url, String username, String password) {
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Connection connection = connection();
		TestPropertyValues
			.of("spring.datasource.url=" + connection.url(), "spring.datasource.username=" + connection.username(),
					"spring.datasource.password=" + connection.password())
			.applyTo(context);
	}

	/**
	 * A second database on the tests' server, dropped and created empty on first use, for
	 * a test that changes much of the demo data (the hostile-input sweep) without
	 * touching what the other tests read. When the server refuses to create it, the
	 * tests' own database is used.
	 * @param suffix appended to the tests' database name (lower case letters)
	 * @return the JDBC URL, username and password
	 */
	static synchronized String[] sibling(String suffix) {
		Connection shared = connection();
		java.util.regex.Matcher url = java.util.regex.Pattern.compile("(jdbc:postgresql://[^/]+/)([a-z0-9_]+)(.*)")
			.matcher(shared.url());
		if (!url.matches() || !suffix.matches("[a-z]+")) {
			return new String[] { shared.url(), shared.username(), shared.password() };
		}
		String name = url.group(2) + "_" + suffix;
		try (java.sql.Connection admin = DriverManager.getConnection(shared.url(), shared.username(),
				shared.password()); Statement statement = admin.createStatement()) {
			if (!siblings.contains(name)) {
				statement.execute("drop database if exists " + name + " with (force)");
				statement.execute("create database " + name);
				siblings.add(name);
			}
			return new String[] { url.group(1) + name + url.group(3), shared.username(), shared.password() };
		}
		catch (SQLException refused) {
			return new String[] { shared.url(), shared.username(), shared.password() };
		}
	}

	private static final java.util.Set<String> siblings = new java.util.HashSet<>();

	static synchronized Connection connection() {
		if (details == null) {
			details = find();
		}
		return details;
	}

	private static Connection find() {
		String url = System.getenv("AANBOORD_TEST_DB_URL");
		if (url != null && !url.isBlank()) {
			return new Connection(url, env("AANBOORD_TEST_DB_USERNAME", "postgres"),
					env("AANBOORD_TEST_DB_PASSWORD", ""));
		}
		if ("container".equals(System.getenv("AANBOORD_TEST_DB"))) {
			return container();
		}
		String server = "jdbc:postgresql://" + env("AANBOORD_TEST_DB_HOST", "127.0.0.1") + ":"
				+ env("AANBOORD_TEST_DB_PORT", "5432") + "/";
		String name = env("AANBOORD_TEST_DB_NAME", "aanboord_test");
		if (!name.matches("[a-z0-9_]+") || name.equals("aanboord")) {
			throw new IllegalStateException("AANBOORD_TEST_DB_NAME must be a plain name other than aanboord");
		}
		String username = env("AANBOORD_TEST_DB_USERNAME", "postgres");
		String password = env("AANBOORD_TEST_DB_PASSWORD", "");
		try (java.sql.Connection admin = DriverManager.getConnection(server + "postgres", username, password);
				Statement statement = admin.createStatement()) {
			statement.execute("drop database if exists " + name + " with (force)");
			statement.execute("create database " + name);
			return new Connection(server + name, username, password);
		}
		catch (SQLException localServerUnavailable) {
			if (dockerAvailable()) {
				return container();
			}
			throw new IllegalStateException("""
					No PostgreSQL for the tests: none answered at %s (%s) and Docker is not available for \
					Testcontainers. Start PostgreSQL locally (a user that may create databases), or set \
					AANBOORD_TEST_DB_URL, AANBOORD_TEST_DB_USERNAME and AANBOORD_TEST_DB_PASSWORD.""".formatted(server,
					localServerUnavailable.getMessage()), localServerUnavailable);
		}
	}

	private static Connection container() {
		PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
		container.start();
		return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword());
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

}
