package be.aanboord.privacy;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.convert.DurationStyle;
import org.springframework.boot.convert.PeriodStyle;
import org.springframework.core.env.Environment;

/**
 * A retention period set by a configuration property: its name, the default the portal
 * uses when it is not set, and whether it is a {@link Period} ({@code P12M}) or a
 * {@link Duration} ({@code 30m}, {@code PT30M}).
 *
 * @param property the property's name, such as
 * {@code aanboord.agenda.registration-retention}
 * @param defaultValue the value used when the property is not set, in the property's own
 * notation
 * @param duration whether the value is a duration (minutes, hours) rather than a period
 * (days, months, years)
 */
public record Retention(String property, String defaultValue, boolean duration) {

	static Retention period(String property, String defaultValue) {
		return new Retention(property, defaultValue, false);
	}

	static Retention duration(String property, String defaultValue) {
		return new Retention(property, defaultValue, true);
	}

	/**
	 * The value in force: the property as configured, else the default, as written.
	 */
	public String value(Environment environment) {
		return environment.getProperty(this.property, this.defaultValue);
	}

	/**
	 * The value in force as an amount and a unit, read with Spring Boot's conversions
	 * ({@code P12M}, {@code 12m} for a period; {@code 30m}, {@code PT30M} for a
	 * duration), in the unit it is written in: {@code P12M} is 12 months, {@code P1Y6M}
	 * 18 months, {@code P3Y} 3 years; a duration in the largest unit that expresses it
	 * whole: {@code PT2H} is 2 hours, {@code PT90M} 90 minutes.
	 * @throws IllegalStateException when the configured value cannot be read
	 */
	public Amount amount(Environment environment) {
		String value = value(environment).strip();
		try {
			return this.duration ? Amount.of(DurationStyle.detectAndParse(value))
					: Amount.of(PeriodStyle.detectAndParse(value));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("Cannot read " + this.property + "=" + value, ex);
		}
	}

	/** An amount of one unit, for {@code privacy.unit.<unit>} messages. */
	public record Amount(long amount, Unit unit) {

		static Amount of(Duration duration) {
			if (duration.toDays() > 0 && duration.equals(Duration.ofDays(duration.toDays()))) {
				return new Amount(duration.toDays(), Unit.DAYS);
			}
			if (duration.toHours() > 0 && duration.equals(Duration.ofHours(duration.toHours()))) {
				return new Amount(duration.toHours(), Unit.HOURS);
			}
			return new Amount(duration.toMinutes(), Unit.MINUTES);
		}

		static Amount of(Period period) {
			if (period.getDays() == 0 && period.getMonths() == 0) {
				return new Amount(period.getYears(), Unit.YEARS);
			}
			if (period.getDays() == 0) {
				return new Amount(period.toTotalMonths(), Unit.MONTHS);
			}
			if (period.getYears() == 0 && period.getMonths() == 0) {
				return new Amount(period.getDays(), Unit.DAYS);
			}
			throw new IllegalStateException("A retention period of whole years, months or days: " + period);
		}

	}

	/** The unit of an {@link Amount}. */
	public enum Unit {

		MINUTES, HOURS, DAYS, MONTHS, YEARS

	}

}
