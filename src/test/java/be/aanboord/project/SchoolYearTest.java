package be.aanboord.project;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SchoolYearTest {

	@Test
	void aSchoolYearRunsFromTheFirstOfSeptemberToTheThirtyFirstOfAugust() {
		SchoolYear year = new SchoolYear(2021);
		assertThat(year.getLabel()).isEqualTo("2021-2022");
		assertThat(year.getStartsOn()).isEqualTo(LocalDate.of(2021, 9, 1));
		assertThat(year.getEndsOn()).isEqualTo(LocalDate.of(2022, 8, 31));
		assertThat(year.contains(LocalDate.of(2022, 8, 31))).isTrue();
		assertThat(year.contains(LocalDate.of(2022, 9, 1))).isFalse();
	}

	@Test
	void aDateBelongsToTheSchoolYearThatStartedBeforeIt() {
		assertThat(SchoolYear.startYearOf(LocalDate.of(2022, 8, 31))).isEqualTo(2021);
		assertThat(SchoolYear.startYearOf(LocalDate.of(2022, 9, 1))).isEqualTo(2022);
	}

	@Test
	void onlyConsecutiveYearsAreAValidLabel() {
		assertThat(SchoolYear.parseLabel("2019-2020")).isEqualTo(2019);
		assertThat(SchoolYear.parseLabel("2019-2021")).isNull();
		assertThat(SchoolYear.parseLabel("2019")).isNull();
		assertThat(SchoolYear.parseLabel("'; drop table project")).isNull();
		assertThat(SchoolYear.parseLabel(null)).isNull();
	}

}
