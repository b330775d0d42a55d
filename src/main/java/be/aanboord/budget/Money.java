package be.aanboord.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

import be.aanboord.system.Formats;

import org.springframework.stereotype.Component;

/**
 * Amounts of money: exact decimals with two places, read the way Belgians type them and
 * shown as {@code € 80.390,00} (through {@link Formats}, the portal's one money format).
 * Templates use it as {@code @euro}.
 */
@Component("euro")
public class Money {

	/** More than this for one line of one project is taken for a typing error. */
	static final BigDecimal ABSURD = new BigDecimal("1000000.00");

	private static final Formats DUTCH = Formats.of(Locale.forLanguageTag("nl-BE"));

	/** What an amount field says when it cannot be read. */
	static final class Unreadable extends Exception {

		/** Why an amount could not be read. */
		enum Problem {

			INVALID, NEGATIVE, CENTS, ABSURD

		}

		private final Problem problem;

		Unreadable(Problem problem) {
			super(problem.name(), null, false, false);
			this.problem = problem;
		}

		Problem problem() {
			return this.problem;
		}

	}

	/**
	 * Formats an amount as {@code € 80.390,00} in the language of the request, through
	 * {@link Formats#money(Number)}; an empty text for no amount.
	 */
	public String format(BigDecimal amount) {
		return Formats.current().money(amount);
	}

	/**
	 * Formats an amount as {@code 80.390,00}, without the euro sign, always the Dutch
	 * way, so that {@link #parse(String)} reads it back unchanged in either language (an
	 * amount field and the budget history show it).
	 */
	public static String plain(BigDecimal amount) {
		return DUTCH.amount(amount);
	}

	/**
	 * Reads an amount as typed: {@code 80390}, {@code 80.390}, {@code 80.390,00},
	 * {@code 80390,5}, {@code 80390.50} or with a euro sign.
	 * @param text what was typed
	 * @return the amount with two decimals, or null when nothing was typed
	 * @throws Unreadable when it is not an amount, is negative, has more than two
	 * decimals or is absurdly high
	 */
	static BigDecimal parse(String text) throws Unreadable {
		if (text == null || text.isBlank()) {
			return null;
		}
		String cleaned = text.replace("€", "").replace("EUR", "").replaceAll("[\\s\\u00a0]", "");
		if (cleaned.startsWith("-")) {
			throw new Unreadable(Unreadable.Problem.NEGATIVE);
		}
		if (!cleaned.matches("[0-9.,]+")) {
			throw new Unreadable(Unreadable.Problem.INVALID);
		}
		String normal;
		if (cleaned.contains(",")) {
			if (cleaned.indexOf(',') != cleaned.lastIndexOf(',')) {
				throw new Unreadable(Unreadable.Problem.INVALID);
			}
			normal = cleaned.replace(".", "").replace(',', '.');
		}
		else if (cleaned.matches("[0-9]*\\.[0-9]{1,2}")) {
			normal = cleaned;
		}
		else if (cleaned.matches("[0-9]{1,3}(\\.[0-9]{3})*|[0-9]+")) {
			normal = cleaned.replace(".", "");
		}
		else {
			throw new Unreadable(Unreadable.Problem.INVALID);
		}
		if (normal.isEmpty() || normal.equals(".")) {
			throw new Unreadable(Unreadable.Problem.INVALID);
		}
		BigDecimal amount = new BigDecimal(normal);
		if (amount.scale() > 2) {
			throw new Unreadable(Unreadable.Problem.CENTS);
		}
		if (amount.compareTo(ABSURD) > 0) {
			throw new Unreadable(Unreadable.Problem.ABSURD);
		}
		return amount.setScale(2, RoundingMode.UNNECESSARY);
	}

	static BigDecimal sum(BigDecimal... amounts) {
		BigDecimal total = BigDecimal.ZERO.setScale(2);
		for (BigDecimal amount : amounts) {
			if (amount != null) {
				total = total.add(amount);
			}
		}
		return total;
	}

}
