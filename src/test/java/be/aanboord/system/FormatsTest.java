package be.aanboord.system;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTest {

	private final Formats dutch = Formats.of(Locale.forLanguageTag("nl-BE"));

	private final Formats english = Formats.of(Locale.ENGLISH);

	@Test
	void hoursMoneyAndPercentagesInBothLanguages() {
		assertThat(this.dutch.hours(new BigDecimal("2.50"))).isEqualTo("2,5 u");
		assertThat(this.english.hours(new BigDecimal("2.50"))).isEqualTo("2.5 h");
		assertThat(this.dutch.hours(new BigDecimal("1234.25"))).isEqualTo("1.234,25 u");
		assertThat(this.dutch.money(new BigDecimal("80390"))).isEqualTo("€ 80.390,00");
		assertThat(this.english.money(new BigDecimal("80390"))).isEqualTo("€ 80,390.00");
		assertThat(this.dutch.percent(new BigDecimal("105.3"))).isEqualTo("105 %");
		assertThat(this.english.percent(105)).isEqualTo("105%");
		assertThat(this.dutch.number(null)).isEmpty();
	}

	@Test
	void datesAndTimesInBrusselsTime() {
		assertThat(this.dutch.date(LocalDate.of(2026, 11, 30))).isEqualTo("30/11/2026");
		// 23:30 UTC on 30 November is 00:30 on 1 December in Brussels (UTC+1)
		Instant lateEvening = Instant.parse("2026-11-30T23:30:00Z");
		assertThat(this.dutch.dateTime(lateEvening)).isEqualTo("01/12/2026 00:30");
		assertThat(this.english.date(lateEvening)).isEqualTo("01/12/2026");
		// summer time: UTC+2
		assertThat(this.dutch.time(Instant.parse("2026-07-01T10:00:00Z"))).isEqualTo("12:00");
	}

}
