package be.aanboord.account;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
 * <li>A session cookie whose value cannot be a session id (the ids are UUIDs, stored in
 * {@code char(36)}) is treated as absent, so a forged cookie (control characters, a NUL
 * that PostgreSQL refuses, a megabyte of text) never reaches the database.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgreSqlSessionAttributesUpsert() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
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
