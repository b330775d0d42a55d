package be.aanboord.account;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.CookieSerializer;

/**
 * The sessions of signed-in users, kept in PostgreSQL by Spring Session JDBC (tables from
 * the migration {@code V2__account_sessions}).
 * <ul>
 * <li>Attributes are written with an upsert (Spring Session's own PostgreSQL customizer):
 * requests of one session that run at the same moment and each add the same attribute (a
 * flash message after a form, a saved request) no longer collide on the attributes'
 * primary key; the last write wins, as for any other attribute.</li>
 * <li>A request that changes nothing in the session but the time of its last access
 * leaves the session's row as it is while the recorded last access is less than a minute
 * old ({@link #LAST_ACCESS_RESOLUTION_MS}): no row written, no WAL to flush, on almost
 * every request of a signed-in user. The idle timeout
 * ({@code server.servlet.session.timeout}) runs from the recorded last access, so a
 * session without requests ends between one minute before and the moment of its timeout
 * counted from its last request. A changed session id (sign-in), principal or timeout is
 * always written; attributes are written as before, on their own.</li>
 * <li>A session is read from the store at most once per request
 * ({@link OneSessionReadPerRequest}).</li>
 * <li>A session cookie whose value cannot be a session id (the ids are UUIDs, stored in
 * {@code char(36)}) is treated as absent, so a forged cookie (control characters, a NUL
 * that PostgreSQL refuses, a megabyte of text) never reaches the database.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	/**
	 * How much older than the request's own time the recorded last access may be before
	 * the session's row is written for it alone, in milliseconds.
	 */
	static final long LAST_ACCESS_RESOLUTION_MS = 60_000;

	/**
	 * Spring Session's update of the session row (same parameters in the same order:
	 * session id, last access, timeout, expiry, principal, primary id), as a PostgreSQL
	 * update that matches no row when only the last access moved by less than
	 * {@link #LAST_ACCESS_RESOLUTION_MS}.
	 */
	static final String UPDATE_SESSION_QUERY = """
			UPDATE %TABLE_NAME% S
			SET SESSION_ID = V.SESSION_ID, LAST_ACCESS_TIME = V.LAST_ACCESS_TIME,
			  MAX_INACTIVE_INTERVAL = V.MAX_INACTIVE_INTERVAL, EXPIRY_TIME = V.EXPIRY_TIME,
			  PRINCIPAL_NAME = V.PRINCIPAL_NAME
			FROM (SELECT CAST(? AS CHAR(36)) AS SESSION_ID, CAST(? AS BIGINT) AS LAST_ACCESS_TIME,
			  CAST(? AS INTEGER) AS MAX_INACTIVE_INTERVAL, CAST(? AS BIGINT) AS EXPIRY_TIME,
			  CAST(? AS VARCHAR(100)) AS PRINCIPAL_NAME, CAST(? AS CHAR(36)) AS PRIMARY_ID) V
			WHERE S.PRIMARY_ID = V.PRIMARY_ID
			  AND (S.SESSION_ID <> V.SESSION_ID OR S.MAX_INACTIVE_INTERVAL <> V.MAX_INACTIVE_INTERVAL
			    OR S.PRINCIPAL_NAME IS DISTINCT FROM V.PRINCIPAL_NAME
			    OR V.LAST_ACCESS_TIME - S.LAST_ACCESS_TIME >= """ + LAST_ACCESS_RESOLUTION_MS + ")";

	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgreSqlSessionAttributesUpsert() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> lastAccessWrittenOncePerMinute() {
		return (repository) -> repository.setUpdateSessionQuery(UPDATE_SESSION_QUERY);
	}

	@Bean
	static BeanPostProcessor oneSessionReadPerRequestInTheStore() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof JdbcIndexedSessionRepository) {
					ProxyFactory proxy = new ProxyFactory(bean);
					proxy.setProxyTargetClass(true);
					proxy.addAdvice(new OneSessionReadPerRequest());
					return proxy.getProxy(bean.getClass().getClassLoader());
				}
				return bean;
			}
		};
	}

	@Bean
	FilterRegistrationBean<OneSessionReadPerRequest> oneSessionReadPerRequest() {
		FilterRegistrationBean<OneSessionReadPerRequest> registration = new FilterRegistrationBean<>(
				new OneSessionReadPerRequest());
		registration.setOrder(OneSessionReadPerRequest.ORDER);
		return registration;
	}

	/**
	 * Wraps the cookie serializer that Spring Boot configures from
	 * {@code server.servlet.session.cookie.*}, so that name, flags and SameSite stay as
	 * configured there.
	 */
	@Bean
	static BeanPostProcessor wellFormedSessionIdsOnly() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof CookieSerializer cookies && !(bean instanceof WellFormedSessionIds)) {
					return new WellFormedSessionIds(cookies);
				}
				return bean;
			}
		};
	}

	/**
	 * Reads only session ids as Spring Session makes them; writes as the delegate does.
	 */
	static final class WellFormedSessionIds implements CookieSerializer {

		private static final Pattern SESSION_ID = Pattern.compile("[0-9a-fA-F-]{36}");

		private final CookieSerializer delegate;

		WellFormedSessionIds(CookieSerializer delegate) {
			this.delegate = delegate;
		}

		@Override
		public void writeCookieValue(CookieValue cookieValue) {
			this.delegate.writeCookieValue(cookieValue);
		}

		@Override
		public List<String> readCookieValues(HttpServletRequest request) {
			return this.delegate.readCookieValues(request)
				.stream()
				.filter((value) -> SESSION_ID.matcher(value).matches())
				.toList();
		}

	}

}
