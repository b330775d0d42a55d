package be.aanboord.project;

import java.text.ParseException;
import java.util.Locale;

import be.aanboord.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.ConversionFailedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The school years the portal knows, and reading them from a request. */
@IntegrationTest
class SchoolYearsIT {

	@Autowired
	SchoolYears schoolYears;

	@Autowired
	SchoolYearFormatter formatter;

	@Autowired
	ConversionService mvcConversionService;

	@Test
	void knowsTheYearsOfTheReferenceDataNewestFirst() {
		assertThat(this.schoolYears.all()).extracting(SchoolYear::getLabel)
			.startsWith("2026-2027", "2025-2026")
			.endsWith("2018-2019", "2017-2018");
		assertThat(this.schoolYears.find(2021)).map(SchoolYear::getStartsOn)
			.hasValue(java.time.LocalDate.of(2021, 9, 1));
		assertThat(this.schoolYears.find(1990)).isEmpty();
	}

	@Test
	void readsAKnownSchoolYearAndRefusesAnythingElse() throws ParseException {
		assertThat(this.formatter.parse(" 2021-2022 ", Locale.of("nl", "BE"))).isEqualTo(new SchoolYear(2021));
		assertThat(this.formatter.print(new SchoolYear(2021), Locale.ENGLISH)).isEqualTo("2021-2022");
		for (String text : new String[] { "2021-2023", "1990-1991", "2021", "schooljaar", "" }) {
			assertThatThrownBy(() -> this.formatter.parse(text, Locale.ROOT)).as(text)
				.isInstanceOf(ParseException.class);
		}
	}

	@Test
	void isRegisteredOnceForRequests() {
		assertThat(this.mvcConversionService.convert("2021-2022", SchoolYear.class)).isEqualTo(new SchoolYear(2021));
		assertThatThrownBy(() -> this.mvcConversionService.convert("2021-2023", SchoolYear.class))
			.isInstanceOf(ConversionFailedException.class);
	}

}
