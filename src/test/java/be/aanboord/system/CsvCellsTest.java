package be.aanboord.system;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvCellsTest {

	private static final Locale DUTCH = Locale.forLanguageTag("nl-BE");

	@Test
	void textThatCouldStartAFormulaGetsASingleQuote() {
		assertThat(CsvCells.cell("=1+1", DUTCH)).isEqualTo("'=1+1");
		assertThat(CsvCells.cell("+32 16 00 00 00", DUTCH)).isEqualTo("'+32 16 00 00 00");
		assertThat(CsvCells.cell("-1,5", DUTCH)).isEqualTo("'-1,5");
		assertThat(CsvCells.cell("@SUM(A1:A2)", DUTCH)).isEqualTo("'@SUM(A1:A2)");
		assertThat(CsvCells.cell("\t=1+1", DUTCH)).isEqualTo("'\t=1+1");
		assertThat(CsvCells.cell("\r=1+1", DUTCH)).isEqualTo("'\r=1+1");
	}

	@Test
	void otherTextStaysAsItIs() {
		assertThat(CsvCells.cell("Basisschool De Linde", DUTCH)).isEqualTo("Basisschool De Linde");
		assertThat(CsvCells.cell("a=1+1", DUTCH)).isEqualTo("a=1+1");
		assertThat(CsvCells.cell("", DUTCH)).isEmpty();
		assertThat(CsvCells.cell(null, DUTCH)).isNull();
	}

	@Test
	void numbersStayNumbersWithTheDecimalSeparatorOfTheLanguage() {
		assertThat(CsvCells.cell(new BigDecimal("-1.50"), DUTCH)).isEqualTo("-1,5");
		assertThat(CsvCells.cell(new BigDecimal("4.50"), DUTCH)).isEqualTo("4,5");
		assertThat(CsvCells.cell(new BigDecimal("4.50"), Locale.ENGLISH)).isEqualTo("4.5");
		assertThat(CsvCells.cell(new BigDecimal("1234.25"), DUTCH)).isEqualTo("1234,25");
		assertThat(CsvCells.cell(new BigDecimal("10.00"), DUTCH)).isEqualTo("10");
		assertThat(CsvCells.cell(new BigDecimal("0.00"), DUTCH)).isEqualTo("0");
		assertThat(CsvCells.cell(2.5d, DUTCH)).isEqualTo("2,5");
		assertThat(CsvCells.cell(new BigDecimal("12.25"), Locale.ENGLISH)).isEqualTo("12.25");
		assertThat(CsvCells.cell(-7L, DUTCH)).isEqualTo("-7");
		assertThat(CsvCells.cell(new BigDecimal("1E+3"), DUTCH)).isEqualTo("1000");
	}

	@Test
	void datesAreWrittenDayMonthYear() {
		assertThat(CsvCells.cell(LocalDate.of(2021, 9, 1), DUTCH)).isEqualTo("01/09/2021");
		assertThat(CsvCells.cell(LocalDate.of(2021, 9, 1), Locale.ENGLISH)).isEqualTo("01/09/2021");
	}

	@Test
	void momentsAreWrittenInBrusselsTime() {
		assertThat(CsvCells.cell(Instant.parse("2026-01-15T13:05:00Z"), DUTCH)).isEqualTo("15/01/2026 14:05");
		assertThat(CsvCells.cell(OffsetDateTime.parse("2026-06-30T22:30:00Z"), DUTCH)).isEqualTo("01/07/2026 00:30");
	}

}
