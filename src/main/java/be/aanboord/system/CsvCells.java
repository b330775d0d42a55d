package be.aanboord.system;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * The cells of every CSV export, written so that a spreadsheet opening the file shows
 * what the portal holds and evaluates nothing.
 */
public final class CsvCells {

	private CsvCells() {
	}

	/**
	 * One cell as text.
	 * <ul>
	 * <li>Text that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
	 * carriage return gets a single quote in front, so that a spreadsheet shows it
	 * instead of evaluating it as a formula (OWASP, "CSV Injection").</li>
	 * <li>Numbers stay numbers: plain digits with the decimal separator of the language,
	 * without grouping or trailing zeros ({@code 4,5} and {@code -1,5} in Dutch, so that
	 * a Belgian spreadsheet reads them as numbers; {@code 4.5} in English), never
	 * quoted.</li>
	 * <li>Dates as {@code 30/11/2026}, moments as {@code 30/11/2026 14:05} in Brussels
	 * time, both through {@link Formats}; null as an empty cell.</li>
	 * </ul>
	 * @param value text, a {@link Number}, a {@link LocalDate}, a moment
	 * ({@link Instant}, {@link OffsetDateTime}, {@link ZonedDateTime},
	 * {@link LocalDateTime}) or null
	 * @param locale the language of the export, for the decimal separator
	 * @return the cell's text, or null for an empty cell
	 */
	public static String cell(Object value, Locale locale) {
		if (value == null) {
			return null;
		}
		if (value instanceof Number number) {
			return number(number, locale);
		}
		if (value instanceof LocalDate date) {
			return Formats.of(locale).date(date);
		}
		if (value instanceof TemporalAccessor moment && (value instanceof Instant || value instanceof OffsetDateTime
				|| value instanceof ZonedDateTime || value instanceof LocalDateTime)) {
			return Formats.of(locale).dateTime(moment);
		}
		return text(value.toString());
	}

	/**
	 * Text neutralised as in {@link #cell(Object, Locale)}.
	 * @param text any text, or null
	 * @return the text, with a single quote in front when it could start a formula
	 */
	public static String text(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		return switch (text.charAt(0)) {
			case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
			default -> text;
		};
	}

	private static String number(Number number, Locale locale) {
		BigDecimal decimal = (number instanceof BigDecimal exact) ? exact : new BigDecimal(number.toString());
		String plain = (decimal.signum() == 0) ? "0" : decimal.stripTrailingZeros().toPlainString();
		char separator = DecimalFormatSymbols.getInstance(Formats.of(locale).locale()).getDecimalSeparator();
		return (separator == '.') ? plain : plain.replace('.', separator);
	}

}
