package be.aanboord;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a test's application at its own database next to the tests' one (see
 * {@link TestDatabase#sibling}), with the same migrations and demo data: the
 * hostile-input sweep stores what it sends, and must not change what other tests read.
 */
final class SweepDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		String[] connection = TestDatabase.sibling("sweep");
		TestPropertyValues
			.of("spring.datasource.url=" + connection[0], "spring.datasource.username=" + connection[1],
					"spring.datasource.password=" + connection[2], "spring.datasource.hikari.maximum-pool-size=4")
			.applyTo(context);
	}

}
