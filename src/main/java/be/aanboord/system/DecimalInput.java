package be.aanboord.system;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.text.ParseException;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.format.Formatter;

/**
 * Every {@link BigDecimal} field of every form (hours, for one): read as Belgians type
 * it, {@code 10,1}, or with a point, {@code 10.1}, in either language; shown again with
 * the decimal separator of the page's language and without trailing zeros ({@code 10,1}
 * in Dutch, {@code 10.1} in English), so that what was typed comes back as it was typed.
 * <p>
 * Only plain numbers are read: an optional sign, at most 9 digits before and after the
 * separator, no grouping. Anything else (text, {@code 1.234,5}, {@code 1e999999999}, a
 * number a billion digits long once written out) is refused, and the field gets its
 * {@code typeMismatch} message with the input kept. Registered once for the whole
 * application: for data binding in {@link DecimalInputAdvice}, and in the conversion
 * service ({@link WebConfiguration}) for {@code ${{…}}} in templates.
 */
final class DecimalInput implements Formatter<BigDecimal> {

	private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?[0-9]{0,9}([.,][0-9]{0,9})?");

	@Override
	public BigDecimal parse(String text, Locale locale) throws ParseException {
		String value = text.strip();
		if (value.isEmpty()) {
			return null;
		}
		if (!PLAIN_NUMBER.matcher(value).matches() || !value.matches(".*[0-9].*")) {
			throw new ParseException("not a plain number: " + value, 0);
		}
		return new BigDecimal(value.replace(',', '.'));
	}

	@Override
	public String print(BigDecimal value, Locale locale) {
		String plain = value.stripTrailingZeros().toPlainString();
		char separator = DecimalFormatSymbols.getInstance(Formats.of(locale).locale()).getDecimalSeparator();
		return plain.replace('.', separator);
	}

}
