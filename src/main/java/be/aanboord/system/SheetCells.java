package be.aanboord.system;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.dhatim.fastexcel.Worksheet;

/**
 * Typed cells of every XLSX export: text without the characters XML refuses, dates as
 * date cells, money and hours as numbers with a number format, so that a spreadsheet can
 * sort and add them.
 */
public final class SheetCells {

	/** Dates: a date cell shown as {@code 31/12/2021}. */
	public static final String DATE_FORMAT = "dd/mm/yyyy";

	/**
	 * Money in euro: a number shown as {@code € 80.390,00} (separators of the reader).
	 */
	public static final String MONEY_FORMAT = "\"€ \"#,##0.00";

	/** Hours, in quarter hours: a number shown as {@code 12,25}. */
	public static final String HOURS_FORMAT = "#,##0.00";

	private SheetCells() {
	}

	/** A text cell, through {@link XmlCharacters#strip(String)}; nothing for null. */
	public static void text(Worksheet sheet, int row, int column, String text) {
		if (text != null) {
			sheet.value(row, column, XmlCharacters.strip(text));
		}
	}

	/** A date cell in {@link #DATE_FORMAT}; nothing for null. */
	public static void date(Worksheet sheet, int row, int column, LocalDate date) {
		if (date != null) {
			sheet.value(row, column, date);
			sheet.style(row, column).format(DATE_FORMAT).set();
		}
	}

	/** An amount in euro in {@link #MONEY_FORMAT}; nothing for null. */
	public static void money(Worksheet sheet, int row, int column, BigDecimal amount) {
		if (amount != null) {
			sheet.value(row, column, amount);
			sheet.style(row, column).format(MONEY_FORMAT).set();
		}
	}

	/** A number of hours in {@link #HOURS_FORMAT}; nothing for null. */
	public static void hours(Worksheet sheet, int row, int column, BigDecimal hours) {
		if (hours != null) {
			sheet.value(row, column, hours);
			sheet.style(row, column).format(HOURS_FORMAT).set();
		}
	}

}
