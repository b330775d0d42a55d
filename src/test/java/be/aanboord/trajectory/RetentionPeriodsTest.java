package be.aanboord.trajectory;

import java.io.IOException;
import java.io.InputStream;
import java.time.Period;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The retention periods as configured: five years each in production, under the names the
 * register of processing cites; a value that is not a period, or is shorter than one
 * year, stops the start with a message that names the setting.
 */
class RetentionPeriodsTest {

	@Test
	void productionKeepsTrajectoriesAndTheAccessLogFiveYears() throws IOException {
		Properties production = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
			production.load(in);
		}
		assertThat(production.getProperty("aanboord.privacy.trajectory-retention")).isEqualTo("P5Y");
		assertThat(production.getProperty("aanboord.privacy.access-log-retention")).isEqualTo("P5Y");
		assertThat(production.getProperty("aanboord.privacy.trajectory-retention-cron")).isEqualTo("0 15 3 * * *");
		assertThat(production.getProperty("aanboord.privacy.access-log-retention-cron")).isEqualTo("0 20 3 * * *");
	}

	@Test
	void periodsAreReadInIsoAndSimpleForm() {
		assertThat(RetentionPeriods.parse("x", "P5Y", Period.ofYears(1))).isEqualTo(Period.ofYears(5));
		assertThat(RetentionPeriods.parse("x", " P18M ", Period.ofYears(1))).isEqualTo(Period.ofMonths(18));
		assertThat(RetentionPeriods.parse("x", "6y", Period.ofYears(1))).isEqualTo(Period.ofYears(6));
		assertThat(RetentionPeriods.parse("x", "P1Y", Period.ofYears(1))).isEqualTo(Period.ofYears(1));
	}

	@Test
	void aValueThatIsNotAPeriodIsRefusedNamingTheSetting() {
		assertThatThrownBy(() -> new TrajectoryRetention(null, null, null, null, null, "5 jaar"))
			.isInstanceOf(IllegalStateException.class)
			.hasMessage("aanboord.privacy.trajectory-retention: '5 jaar' is not a period; write it as P5Y, P18M or 5y"
					+ " (ISO-8601)");
		assertThatThrownBy(() -> new AccessLogRetention(null, null, "")).isInstanceOf(IllegalStateException.class)
			.hasMessageStartingWith("aanboord.privacy.access-log-retention: '' is not a period");
	}

	@Test
	void aPeriodShorterThanAYearOrNegativeIsRefused() {
		assertThatThrownBy(() -> new TrajectoryRetention(null, null, null, null, null, "P11M"))
			.hasMessage("aanboord.privacy.trajectory-retention: P11M is shorter than the least allowed, P1Y");
		assertThatThrownBy(() -> new AccessLogRetention(null, null, "P-5Y"))
			.hasMessage("aanboord.privacy.access-log-retention: P-5Y is shorter than the least allowed, P1Y");
	}

}
