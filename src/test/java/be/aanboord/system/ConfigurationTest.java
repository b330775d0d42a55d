package be.aanboord.system;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The settings a production start runs with (no profile): safe by default. */
class ConfigurationTest {

	private final Properties production = load("/application.properties");

	@Test
	void productionNeverLoadsDemoDataNorCreatesDatabases() {
		assertThat(this.production.getProperty("spring.flyway.locations")).isEqualTo("classpath:db/migration");
		assertThat(this.production.getProperty("aanboord.database.create-if-missing")).isEqualTo("false");
		assertThat(load("/application-dev.properties").getProperty("spring.flyway.locations"))
			.contains("classpath:db/demo");
	}

	@Test
	void theSchemaComesFromMigrationsOnlyAndSessionsExpireWithinHalfAnHour() {
		assertThat(this.production.getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("validate");
		assertThat(this.production.getProperty("spring.jpa.open-in-view")).isEqualTo("false");
		assertThat(this.production.getProperty("spring.session.jdbc.initialize-schema")).isEqualTo("never");
		assertThat(this.production.getProperty("server.servlet.session.timeout")).isEqualTo("30m");
		assertThat(this.production.getProperty("server.servlet.session.cookie.http-only")).isEqualTo("true");
	}

	@Test
	void errorsNeverShowTechnicalDetails() {
		assertThat(this.production.getProperty("spring.web.error.include-stacktrace")).isEqualTo("never");
		assertThat(this.production.getProperty("spring.web.error.include-exception")).isEqualTo("false");
		assertThat(this.production.getProperty("spring.web.error.include-message")).isEqualTo("never");
		assertThat(this.production.getProperty("spring.web.error.whitelabel.enabled")).isEqualTo("false");
		// Spring Boot 4 no longer reads the server.error.* names
		assertThat(this.production.stringPropertyNames()).noneMatch((name) -> name.startsWith("server.error."));
	}

	@Test
	void forwardedHeadersCountFromLoopbackProxiesOnlyAndRedirectsCarryAPath() {
		assertThat(this.production.getProperty("server.forward-headers-strategy")).isEqualTo("native");
		assertThat(this.production.getProperty("server.tomcat.remoteip.internal-proxies"))
			.isEqualTo("${AANBOORD_TRUSTED_PROXIES:127.0.0.0/8, ::1/128}");
		assertThat(this.production.getProperty("server.tomcat.use-relative-redirects")).isEqualTo("true");
	}

	private static Properties load(String resource) {
		Properties properties = new Properties();
		try (InputStream in = ConfigurationTest.class.getResourceAsStream(resource)) {
			properties.load(in);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return properties;
	}

}
