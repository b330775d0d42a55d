package be.aanboord.system;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The cells of every CSV export, written so that a spreadsheet opening the file shows
 * what the portal holds and evaluates nothing.
 */
public final class CsvCells {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private CsvCells() {
	}

	/**
	 * One cell as text.
	 * <ul>
	 * <li>Text that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
	 * carriage return gets a single quote in front, so that a spreadsheet shows it
	 * instead of evaluating it as a formula (OWASP, "CSV Injection").</li>
	 * <li>Numbers stay numbers: plain digits with the decimal separator of the locale and
	 * no grouping ({@code -1,5} in Dutch, {@code -1.5} in English), never quoted.</li>
	 * <li>Dates as {@code dd/MM/yyyy}; null as an empty cell.</li>
	 * </ul>
	 * @param value text, a {@link Number}, a {@link LocalDate} or null
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
			return DATE.format(date);
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
		String plain = (number instanceof BigDecimal decimal) ? decimal.toPlainString() : number.toString();
		char separator = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
		return (separator == '.') ? plain : plain.replace('.', separator);
	}

}
