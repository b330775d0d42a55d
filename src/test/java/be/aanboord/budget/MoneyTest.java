package be.aanboord.budget;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MoneyTest {

	@Test
	void amountsAreShownTheBelgianWay() {
		Money money = new Money();
		assertThat(money.format(new BigDecimal("80390"))).isEqualTo("€ 80.390,00");
		assertThat(money.format(new BigDecimal("1234567.5"))).isEqualTo("€ 1.234.567,50");
		assertThat(money.format(new BigDecimal("0.05"))).isEqualTo("€ 0,05");
		assertThat(money.format(null)).isEmpty();
	}

	@Test
	void amountsAreReadAsBelgiansTypeThem() throws Exception {
		assertThat(Money.parse("80390")).isEqualByComparingTo("80390.00");
		assertThat(Money.parse("80.390")).isEqualByComparingTo("80390.00");
		assertThat(Money.parse("80.390,00")).isEqualByComparingTo("80390.00");
		assertThat(Money.parse("€ 80.390,5")).isEqualByComparingTo("80390.50");
		assertThat(Money.parse("80390.25")).isEqualByComparingTo("80390.25");
		assertThat(Money.parse(" 1 200,00 ")).isEqualByComparingTo("1200.00");
		assertThat(Money.parse("")).isNull();
		assertThat(Money.parse("80390").scale()).isEqualTo(2);
	}

	@Test
	void negativeUnreadableOverPreciseAndAbsurdAmountsAreRefused() {
		assertProblem("-5", Money.Unreadable.Problem.NEGATIVE);
		assertProblem("twaalf", Money.Unreadable.Problem.INVALID);
		assertProblem("1,2,3", Money.Unreadable.Problem.INVALID);
		assertProblem("12.3456", Money.Unreadable.Problem.INVALID);
		assertProblem("12,345", Money.Unreadable.Problem.CENTS);
		assertProblem("1.000.000,01", Money.Unreadable.Problem.ABSURD);
	}

	@Test
	void sumsAreExact() {
		BigDecimal total = Money.sum(new BigDecimal("0.10"), new BigDecimal("0.20"), null, new BigDecimal("80389.70"));
		assertThat(total).isEqualTo(new BigDecimal("80390.00"));
	}

	private static void assertProblem(String text, Money.Unreadable.Problem problem) {
		assertThatExceptionOfType(Money.Unreadable.class).isThrownBy(() -> Money.parse(text))
			.satisfies((ex) -> assertThat(ex.problem()).isEqualTo(problem));
	}

}
