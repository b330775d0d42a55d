package be.aanboord;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port against the test PostgreSQL, driven by a real
 * headless Chromium. Test methods take a {@link Browser} parameter; every page the
 * browser opens or navigates to is checked with axe-core (WCAG 2.1 A and AA) and the test
 * fails on any violation. All tests with this annotation share one cached context and one
 * Chromium. Name these classes {@code *BrowserIT}: failsafe runs them with
 * {@code ./mvnw verify}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabase.class)
@ExtendWith(Browser.Extension.class)
public @interface BrowserTest {

}
