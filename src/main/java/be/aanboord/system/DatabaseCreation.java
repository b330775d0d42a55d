package be.aanboord.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Creates the application's PostgreSQL database when it does not exist yet, so that a
 * fresh development machine needs no manual step. Enabled only in development and tests.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("aanboord.database.create-if-missing")
class DatabaseCreation {

	private static final Logger log = LoggerFactory.getLogger(DatabaseCreation.class);

	private static final Pattern POSTGRES_URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([A-Za-z0-9_]+)(\\?.*)?");

	@Bean
	static BeanPostProcessor createDatabaseBeforeFirstUse(Environment environment) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource) {
					createIfMissing(environment.getRequiredProperty("spring.datasource.url"),
							environment.getProperty("spring.datasource.username"),
							environment.getProperty("spring.datasource.password"));
				}
				return bean;
			}
		};
	}

	/** Creates the database named in a PostgreSQL JDBC URL if it is missing. */
	public static void createIfMissing(String url, String username, String password) {
		Matcher matcher = POSTGRES_URL.matcher(url);
		if (!matcher.matches()) {
			return;
		}
		String database = matcher.group(2);
		String maintenanceUrl = matcher.group(1) + "postgres" + (matcher.group(3) != null ? matcher.group(3) : "");
		try (Connection connection = DriverManager.getConnection(maintenanceUrl, username, password);
				PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
			exists.setString(1, database);
			try (ResultSet result = exists.executeQuery()) {
				if (!result.next()) {
					// the name matched [A-Za-z0-9_]+ above, so it is safe to put in the
					// statement
					connection.createStatement().execute("create database " + database);
					log.info("Database {} created", database);
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create database " + database + " via " + maintenanceUrl
					+ ": is PostgreSQL running and may this user create databases?", ex);
		}
	}

}
