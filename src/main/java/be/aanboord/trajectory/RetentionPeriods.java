package be.aanboord.trajectory;

import java.time.LocalDate;
import java.time.Period;

import org.springframework.boot.convert.PeriodStyle;

/**
 * Reads a retention period from the configuration, refusing at start-up, with a message
 * that names the setting, a value that is not a period or is shorter than the least the
 * setting allows.
 */
final class RetentionPeriods {

	private RetentionPeriods() {
	}

	/**
	 * The period written in {@code value}, ISO-8601 ({@code P5Y}, {@code P18M}) or
	 * Spring's simple form ({@code 5y}).
	 * @param setting the property's name, for the message
	 * @param minimum the shortest period allowed
	 * @throws IllegalStateException when the value is not a period, or is shorter than
	 * {@code minimum}
	 */
	static Period parse(String setting, String value, Period minimum) {
		Period period;
		try {
			period = PeriodStyle.detectAndParse(value.strip());
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException(
					setting + ": '" + value + "' is not a period; write it as P5Y, P18M or 5y (ISO-8601)", ex);
		}
		LocalDate day = LocalDate.of(2000, 1, 1);
		if (day.plus(period).isBefore(day.plus(minimum))) {
			throw new IllegalStateException(setting + ": " + period + " is shorter than the least allowed, " + minimum);
		}
		return period;
	}

}
