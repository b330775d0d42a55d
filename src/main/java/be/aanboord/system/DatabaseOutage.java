package be.aanboord.system;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.SQLExceptionOverride;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * The Dutch 503 page ("tijdelijk niet beschikbaar") for every request that fails because
 * PostgreSQL cannot be reached, is restarting or does not answer: the pool found no
 * connection within its {@code connection-timeout}, the driver's socket time-out ended a
 * statement, the server closed the connection. Status 503, {@code Retry-After: 30}, no
 * stack trace, within about two seconds (see the pool's time-outs in
 * application.properties).
 * <p>
 * A servlet filter just inside the public page cache, before Spring Session and Spring
 * Security, so that it also answers a failure of the session lookup (which happens before
 * Spring MVC) and of the sign-in. The page is rendered here, not through the container's
 * error dispatch: that dispatch would pass Spring Session and Spring Security again and
 * wait for the database a second time. So the page shows the menu as anyone gets it (the
 * signed-in user's name cannot be read). Exceptions raised inside Spring MVC reach it
 * through {@link UnavailableDatabaseAdvice}.
 * <p>
 * <b>One wait per request.</b> Once a request has lost the database (a connection the
 * pool could not give, or one that broke: a socket time-out, a closed connection), every
 * further connection it asks for fails at once ({@link OneWaitPerRequest}, told by the
 * pool's {@link LostConnections}), so that what runs after the failure (the transaction's
 * rollback, Spring Session saving the session at the end) does not wait again: the page
 * comes after one connection time-out (1.5 s) or one socket time-out (2 s).
 * <p>
 * What is lost: the request itself. A form posted during an outage is not saved (its
 * transaction never committed); the browser's back button brings the filled-in form back.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 6)
public class DatabaseOutage extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutage.class);

	/** Seconds after which a client may try again ({@code Retry-After}). */
	static final String RETRY_AFTER = "30";

	/** Per request thread: whether the request has lost the database (element 0). */
	private static final ThreadLocal<boolean[]> LOST = new ThreadLocal<>();

	private final ViewResolver views;

	private final LocaleResolver locales;

	DatabaseOutage(ViewResolver thymeleafViewResolver, LocaleResolver locales) {
		this.views = thymeleafViewResolver;
		this.locales = locales;
	}

	/**
	 * Whether this exception, or one of its causes, says that the database cannot be used
	 * right now (rather than that a statement or the data is wrong): the exception types
	 * Spring and Hibernate translate a lost connection to, the pool's time-out, and any
	 * SQL state of the classes 08 (connection exception) and 57 (operator intervention:
	 * cancelled by the statement time-out, server shutting down or starting up).
	 */
	public static boolean isOutage(Throwable exception) {
		for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
					|| cause instanceof QueryTimeoutException || cause instanceof TransientDataAccessResourceException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof org.hibernate.exception.JDBCConnectionException) {
				return true;
			}
			if (cause instanceof SQLException sql && lostConnection(sql)) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	/**
	 * SQL states of the classes 08 and 57, or the pool's own "Connection is closed" (no
	 * SQL state), which is what rolling back on a connection the pool has just closed as
	 * broken throws; Spring then reports that failed rollback instead of the lost
	 * connection (Spring Session's lookup of a session does so).
	 */
	private static boolean lostConnection(SQLException sql) {
		String state = sql.getSQLState();
		if (state == null) {
			return "Connection is closed".equals(sql.getMessage());
		}
		return state.startsWith("08") || state.startsWith("57");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		LOST.set(new boolean[1]);
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (!isOutage(ex)) {
				throw ex;
			}
			if (response.isCommitted()) {
				log.warn("Database unavailable after the answer was sent (reference {})", RequestIdFilter.idOf(request),
						ex);
				return;
			}
			log.error("Database unavailable (reference {})", RequestIdFilter.idOf(request), ex);
			answer(request, response);
		}
		finally {
			LOST.remove();
		}
	}

	/** Notes that the current request (if any) has lost the database. */
	private static void lost() {
		boolean[] lost = LOST.get();
		if (lost != null) {
			lost[0] = true;
		}
	}

	/**
	 * Told by the pool of every exception a connection or statement throws
	 * ({@code spring.datasource.hikari.exception-override-class-name}): a lost connection
	 * (SQL state 08 or 57, a time-out) marks the current request; the pool decides about
	 * evicting the connection as it would without it.
	 */
	public static final class LostConnections implements SQLExceptionOverride {

		@java.lang.Override
		public SQLExceptionOverride.Override adjudicate(SQLException exception) {
			if (exception instanceof SQLTimeoutException || lostConnection(exception)) {
				lost();
			}
			return SQLExceptionOverride.Override.CONTINUE_EVICT;
		}

	}

	/**
	 * The application's pool, wrapped so that a request that has lost the database gets
	 * no second wait: its next connection request fails at once with SQL state 08003.
	 */
	@Component
	static final class OneWaitPerRequest implements BeanPostProcessor {

		@Override
		public Object postProcessAfterInitialization(Object bean, String beanName) {
			if (bean instanceof HikariDataSource pool) {
				return new DelegatingDataSource(pool) {
					@Override
					public Connection getConnection() throws SQLException {
						return checked(() -> super.getConnection());
					}

					@Override
					public Connection getConnection(String username, String password) throws SQLException {
						return checked(() -> super.getConnection(username, password));
					}
				};
			}
			return bean;
		}

		private static Connection checked(ConnectionSource source) throws SQLException {
			boolean[] lost = LOST.get();
			if (lost != null && lost[0]) {
				throw new SQLTransientConnectionException("The database was lost earlier in this request", "08003");
			}
			try {
				return source.get();
			}
			catch (SQLException ex) {
				if (isOutage(ex)) {
					lost();
				}
				throw ex;
			}
		}

		private interface ConnectionSource {

			Connection get() throws SQLException;

		}

	}

	/**
	 * Writes the 503 page, replacing whatever the response held so far.
	 * @param request the request that could not be served
	 * @param response not yet committed
	 * @throws IOException when the page cannot be written to the client
	 */
	void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.reset();
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER);
		SecurityHeaders.addMissing(response);
		Locale locale = this.locales.resolveLocale(request);
		request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, this.locales);
		try {
			View page = this.views.resolveViewName("error/503", locale);
			if (page == null) {
				throw new IllegalStateException("templates/error/503.html is missing");
			}
			response.setLocale(locale);
			page.render(Map.of("reference", RequestIdFilter.idOrNew(request)), request, response);
		}
		catch (Exception ex) {
			if (ex instanceof IOException io) {
				throw io;
			}
			throw new IllegalStateException("The 503 page could not be rendered", ex);
		}
	}

}
