package be.aanboord.system;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

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

	@Test
	void hoursDropTrailingZerosAndKeepQuarters() {
		assertThat(this.dutch.hours(new BigDecimal("1.50"))).isEqualTo("1,5 u");
		assertThat(this.dutch.hours(new BigDecimal("0.25"))).isEqualTo("0,25 u");
		assertThat(this.dutch.hours(new BigDecimal("3.00"))).isEqualTo("3 u");
		assertThat(this.dutch.hours(164.5)).isEqualTo("164,5 u");
		assertThat(this.english.hours(new BigDecimal("84.50"))).isEqualTo("84.5 h");
		assertThat(this.dutch.number(new BigDecimal("84.50"))).isEqualTo("84,5");
		assertThat(this.dutch.number(19)).isEqualTo("19");
		assertThat(this.dutch.hours(null)).isEmpty();
	}

	@Test
	void moneyAlwaysWithCents() {
		assertThat(this.dutch.money(new BigDecimal("80390.5"))).isEqualTo("€ 80.390,50");
		assertThat(this.dutch.money(BigDecimal.ZERO)).isEqualTo("€ 0,00");
		assertThat(this.dutch.money(new BigDecimal("1234567.891"))).isEqualTo("€ 1.234.567,89");
		assertThat(this.dutch.money(new BigDecimal("0.005"))).isEqualTo("€ 0,01");
		assertThat(this.english.money(new BigDecimal("0.5"))).isEqualTo("€ 0.50");
		assertThat(this.dutch.amount(new BigDecimal("80390"))).isEqualTo("80.390,00");
		assertThat(this.dutch.money(null)).isEmpty();
	}

	@Test
	void percentagesPastOneHundred() {
		assertThat(this.dutch.percent(new BigDecimal("105.26"))).isEqualTo("105 %");
		assertThat(this.dutch.percent(new BigDecimal("99.5"))).isEqualTo("100 %");
		assertThat(this.dutch.percent(1250)).isEqualTo("1.250 %");
		assertThat(this.english.percent(0)).isEqualTo("0%");
		assertThat(this.dutch.percent(null)).isEmpty();
	}

	@Test
	void winterAndSummerTimeInBrussels() {
		// winter: UTC+1
		Instant winter = Instant.parse("2026-01-15T13:05:00Z");
		assertThat(this.dutch.dateTime(winter)).isEqualTo("15/01/2026 14:05");
		assertThat(this.dutch.time(winter)).isEqualTo("14:05");
		// summer: UTC+2, also across midnight
		Instant summer = Instant.parse("2026-06-30T22:30:00Z");
		assertThat(this.dutch.dateTime(summer)).isEqualTo("01/07/2026 00:30");
		assertThat(this.english.date(summer)).isEqualTo("01/07/2026");
		// what the database gives (UTC offsets) is written in Brussels time too
		assertThat(this.dutch.dateTime(OffsetDateTime.parse("2026-11-30T13:05:00Z"))).isEqualTo("30/11/2026 14:05");
		assertThat(this.dutch.dateTime(ZonedDateTime.parse("2026-07-01T10:00:00Z"))).isEqualTo("01/07/2026 12:00");
		// a local date-time is taken as Brussels time already
		assertThat(this.dutch.dateTime(LocalDateTime.of(2026, 11, 30, 14, 5))).isEqualTo("30/11/2026 14:05");
		assertThat(this.dutch.date(null)).isEmpty();
	}

	@Test
	void anyOtherLanguageIsWrittenAsDutch() {
		Formats french = Formats.of(Locale.FRENCH);
		assertThat(french.hours(new BigDecimal("2.5"))).isEqualTo("2,5 u");
		assertThat(french.locale()).isEqualTo(Locale.forLanguageTag("nl-BE"));
		assertThat(Formats.of(null).money(new BigDecimal("80390"))).isEqualTo("€ 80.390,00");
		// outside a request: Dutch, whatever the server's language
		Locale server = Locale.getDefault();
		try {
			Locale.setDefault(Locale.US);
			assertThat(Formats.current().money(new BigDecimal("80390"))).isEqualTo("€ 80.390,00");
		}
		finally {
			Locale.setDefault(server);
		}
	}

	@Test
	void countsArePluralsInBothLanguages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/messages", "i18n/trajectory", "i18n/school", "i18n/toolbox", "i18n/budget");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		Locale nl = Locale.forLanguageTag("nl-BE");
		Locale en = Locale.ENGLISH;

		assertThat(messages.getMessage("trajectory.totals", new Object[] { 0, "0 u", "10 u" }, nl))
			.isEqualTo("geen sessies, 0 u gelogd van 10 u gepland");
		assertThat(messages.getMessage("trajectory.totals", new Object[] { 1, "1,5 u", "10 u" }, nl))
			.isEqualTo("1 sessie, 1,5 u gelogd van 10 u gepland");
		assertThat(messages.getMessage("trajectory.totals", new Object[] { 2, "3,5 u", "10 u" }, nl))
			.isEqualTo("2 sessies, 3,5 u gelogd van 10 u gepland");
		assertThat(messages.getMessage("trajectory.totals", new Object[] { 1, "1.5 h", "10 h" }, en))
			.isEqualTo("1 session, 1.5 h logged of 10 h planned");
		assertThat(messages.getMessage("trajectory.totals", new Object[] { 2, "3.5 h", "10 h" }, en))
			.isEqualTo("2 sessions, 3.5 h logged of 10 h planned");

		assertThat(messages.getMessage("trajectory.list.count", new Object[] { 0L }, nl)).isEqualTo("Geen trajecten");
		assertThat(messages.getMessage("trajectory.list.count", new Object[] { 1L }, nl)).isEqualTo("1 traject");
		assertThat(messages.getMessage("trajectory.list.count", new Object[] { 1234L }, nl))
			.isEqualTo("1.234 trajecten");
		assertThat(messages.getMessage("trajectory.list.count", new Object[] { 1L }, en)).isEqualTo("1 trajectory");
		assertThat(messages.getMessage("trajectory.list.count", new Object[] { 2L }, en)).isEqualTo("2 trajectories");

		assertThat(messages.getMessage("trajectory.dashboard.waitingSummary", new Object[] { 0, "0" }, nl))
			.isEqualTo("Er wachten geen leerlingen.");
		assertThat(messages.getMessage("trajectory.dashboard.waitingSummary", new Object[] { 1, "12" }, nl))
			.isEqualTo("1 leerling wacht, al 12 dagen.");
		assertThat(messages.getMessage("trajectory.dashboard.waitingSummary", new Object[] { 3, "20" }, nl))
			.isEqualTo("3 leerlingen wachten, gemiddeld 20 dagen.");
		assertThat(messages.getMessage("trajectory.dashboard.waitingSummary", new Object[] { 1, "12" }, en))
			.isEqualTo("1 pupil is waiting, for 12 days.");

		assertThat(messages.getMessage("account.list.caption", new Object[] { 1L }, nl)).isEqualTo("1 gebruiker");
		assertThat(messages.getMessage("account.list.caption", new Object[] { 2L }, en)).isEqualTo("2 users");
		assertThat(messages.getMessage("school.import.count", new Object[] { 1 }, nl)).isEqualTo("1 school ingelezen.");
		assertThat(messages.getMessage("school.import.count", new Object[] { 12 }, nl))
			.isEqualTo("12 scholen ingelezen.");
		assertThat(messages.getMessage("toolbox.results.count", new Object[] { 0L }, nl)).isEqualTo("Geen fiches");
		assertThat(messages.getMessage("toolbox.results.count", new Object[] { 1L }, en)).isEqualTo("1 fiche");
		assertThat(messages.getMessage("toolbox.desk.due.intro", new Object[] { 1 }, en))
			.isEqualTo("Published fiches not reviewed for more than 1 year.");
		assertThat(messages.getMessage("toolbox.desk.due.intro", new Object[] { 2.5 }, en))
			.isEqualTo("Published fiches not reviewed for more than 2.5 years.");
	}

}
