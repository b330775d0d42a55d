package be.aanboord.trajectory;

import java.util.ArrayList;
import java.util.List;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements the application prepares on the current thread while counting
 * is on, by wrapping the data source. MockMvc runs a request on the test's thread, so a
 * test can count what one page costs.
 */
@Component
public class StatementCounter implements BeanPostProcessor {

	private static final Set<String> STATEMENT_METHODS = Set.of("prepareStatement", "createStatement", "prepareCall");

	private static final ThreadLocal<List<String>> STATEMENTS = new ThreadLocal<>();

	private static final ThreadLocal<List<String>> LAST = ThreadLocal.withInitial(List::of);

	public static void start() {
		STATEMENTS.set(new ArrayList<>());
	}

	/** Stops counting: the number of statements since {@link #start()}. */
	public static int stop() {
		List<String> statements = STATEMENTS.get();
		STATEMENTS.remove();
		LAST.set(List.copyOf(statements));
		return statements.size();
	}

	/**
	 * The SQL of the statements counted between the last start and stop, for messages.
	 */
	public static List<String> lastStatements() {
		return LAST.get();
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !(bean instanceof Counting)) {
			return new Counting(dataSource);
		}
		return bean;
	}

	static final class Counting extends DelegatingDataSource {

		Counting(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return counting(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return counting(super.getConnection(username, password));
		}

		private static Connection counting(Connection connection) {
			return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
					new Class<?>[] { Connection.class }, (proxy, method, args) -> {
						List<String> statements = STATEMENTS.get();
						if (statements != null && STATEMENT_METHODS.contains(method.getName())) {
							statements.add((args != null && args.length > 0) ? String.valueOf(args[0]) : "(statement)");
						}
						try {
							return method.invoke(connection, args);
						}
						catch (InvocationTargetException ex) {
							throw ex.getCause();
						}
					});
		}

	}

}
