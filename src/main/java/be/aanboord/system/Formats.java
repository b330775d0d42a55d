package be.aanboord.system;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * How the portal writes numbers, money, hours, dates and times, in one place: pages (as
 * {@code #fmt} in every template), forms, exports and PDFs all use it.
 * <ul>
 * <li>dates {@code 30/11/2026}, times {@code 14:05}, always in Brussels time
 * ({@code Europe/Brussels}), whatever the server's zone;</li>
 * <li>numbers with the language's separators: {@code 1.234,5} in Dutch (nl-BE),
 * {@code 1,234.5} in English, at most two decimals, trailing zeros dropped;</li>
 * <li>hours {@code 2,5 u} (English {@code 2.5 h});</li>
 * <li>money with two decimals, {@code € 80.390,00} (English {@code € 80,390.00});</li>
 * <li>decimals typed in a form field: read with a comma or a point ({@code 10,1} or
 * {@code 10.1}) and shown again with the language's separator
 * ({@link DecimalInput});</li>
 * <li>counts in texts: plurals by message format in the bundles, {@code {0, choice,
 * 0#geen sessies|1#1 sessie|1<{0} sessies}};</li>
 * <li>percentages {@code 105 %} (English {@code 105%}), never capped at 100.</li>
 * </ul>
 * An absent value ({@code null}) is written as an empty text. Instances are immutable and
 * bound to one language; {@link #current()} takes the language of the request.
 */
public final class Formats {

	/** The portal's time zone: every time is shown as it is in Brussels. */
	public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	private static final Locale DUTCH = Locale.forLanguageTag("nl-BE");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final Locale locale;

	private final boolean dutch;

	private Formats(Locale locale) {
		this.dutch = !"en".equals(locale.getLanguage());
		this.locale = this.dutch ? DUTCH : locale;
	}

	/**
	 * The formats of a language.
	 * @param locale a language of the portal; anything but English is written as nl-BE
	 * @return its formats
	 */
	public static Formats of(Locale locale) {
		return new Formats((locale != null) ? locale : DUTCH);
	}

	/** The formats of the current request's language (Dutch outside a request). */
	public static Formats current() {
		// not LocaleContextHolder.getLocale(): outside a request that is the server's
		// language, and the portal speaks Dutch
		LocaleContext context = LocaleContextHolder.getLocaleContext();
		return of((context != null) ? context.getLocale() : null);
	}

	/** The language these formats write: nl-BE, or English. */
	public Locale locale() {
		return this.locale;
	}

	/**
	 * A date as {@code 30/11/2026}.
	 * @param value a {@link LocalDate}, {@link LocalDateTime}, {@link Instant},
	 * {@link OffsetDateTime} or {@link ZonedDateTime} (the last three in Brussels time),
	 * or null
	 */
	public String date(TemporalAccessor value) {
		return write(value, DATE);
	}

	/** A date and time as {@code 30/11/2026 14:05}, in Brussels time. */
	public String dateTime(TemporalAccessor value) {
		return write(value, DATE_TIME);
	}

	/** A time as {@code 14:05}, in Brussels time. */
	public String time(TemporalAccessor value) {
		return write(value, TIME);
	}

	/**
	 * A number with grouping and at most two decimals: {@code 1.234,5}.
	 * @param value any number, or null
	 */
	public String number(Number value) {
		return (value != null) ? decimal("#,##0.##").format(toBigDecimal(value)) : "";
	}

	/** Hours as {@code 2,5 u} (English {@code 2.5 h}). */
	public String hours(Number value) {
		return (value != null) ? number(value) + (this.dutch ? " u" : " h") : "";
	}

	/** An amount of money as {@code € 80.390,00}, rounded half-up to cents. */
	public String money(Number value) {
		return (value != null) ? "€ " + amount(value) : "";
	}

	/**
	 * An amount of money without the euro sign, {@code 80.390,00}, rounded half-up to
	 * cents: what an amount field of a form shows.
	 */
	public String amount(Number value) {
		if (value == null) {
			return "";
		}
		return decimal("#,##0.00").format(toBigDecimal(value).setScale(2, RoundingMode.HALF_UP));
	}

	/** A whole percentage as {@code 105 %} (English {@code 105%}), rounded half-up. */
	public String percent(Number value) {
		if (value == null) {
			return "";
		}
		String number = decimal("#,##0").format(toBigDecimal(value).setScale(0, RoundingMode.HALF_UP));
		return this.dutch ? number + " %" : number + "%";
	}

	private String write(TemporalAccessor value, DateTimeFormatter format) {
		if (value == null) {
			return "";
		}
		TemporalAccessor local = switch (value) {
			case Instant instant -> instant.atZone(BRUSSELS);
			case OffsetDateTime offset -> offset.atZoneSameInstant(BRUSSELS);
			case ZonedDateTime zoned -> zoned.withZoneSameInstant(BRUSSELS);
			default -> value;
		};
		return format.format(local);
	}

	private DecimalFormat decimal(String pattern) {
		DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(this.locale));
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format;
	}

	private static BigDecimal toBigDecimal(Number value) {
		return (value instanceof BigDecimal decimal) ? decimal : new BigDecimal(value.toString());
	}

}
