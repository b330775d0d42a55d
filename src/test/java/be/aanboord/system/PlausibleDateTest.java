package be.aanboord.system;

import java.time.LocalDate;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlausibleDateTest {

	private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

	private static final Validator VALIDATOR = FACTORY.getValidator();

	static final class Dated {

		@PlausibleDate
		private final LocalDate date;

		Dated(LocalDate date) {
			this.date = date;
		}

	}

	@AfterAll
	static void close() {
		FACTORY.close();
	}

	@Test
	void datesFrom2000To2100AreAcceptedAndEmptyIsLeftToNotNull() {
		assertThat(VALIDATOR.validate(new Dated(LocalDate.of(2000, 1, 1)))).isEmpty();
		assertThat(VALIDATOR.validate(new Dated(LocalDate.of(2100, 12, 31)))).isEmpty();
		assertThat(VALIDATOR.validate(new Dated(null))).isEmpty();
	}

	@Test
	void datesOutsideThatRangeAreRefused() {
		assertThat(VALIDATOR.validate(new Dated(LocalDate.of(25, 1, 1)))).hasSize(1);
		assertThat(VALIDATOR.validate(new Dated(LocalDate.of(1999, 12, 31)))).hasSize(1);
		assertThat(VALIDATOR.validate(new Dated(LocalDate.of(2101, 1, 1)))).hasSize(1);
		assertThat(VALIDATOR.validate(new Dated(LocalDate.of(20255, 3, 1)))).hasSize(1);
	}

}
