package be.aanboord.system;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EnumSetColumnTest {

	static class Days extends EnumSetColumn<DayOfWeek> {

		Days(String none) {
			super(DayOfWeek.class, none);
		}

	}

	@Test
	void aSetIsWrittenAsSortedNamesAndReadBack() {
		Days days = new Days(null);
		String column = days.convertToDatabaseColumn(EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.FRIDAY));
		assertThat(column).isEqualTo("FRIDAY,SUNDAY");
		assertThat(days.convertToEntityAttribute(column)).containsExactly(DayOfWeek.FRIDAY, DayOfWeek.SUNDAY);
	}

	@Test
	void anEmptySetIsWhatTheColumnHoldsForNoneAndBothReadAsEmpty() {
		assertThat(new Days(null).convertToDatabaseColumn(Set.of())).isNull();
		assertThat(new Days("").convertToDatabaseColumn(null)).isEmpty();
		assertThat(new Days("").convertToEntityAttribute(null)).isEmpty();
		assertThat(new Days(null).convertToEntityAttribute(" ")).isEmpty();
	}

	@Test
	void namesTheEnumDoesNotKnowAreSkippedSoTheEntityStillLoads() {
		assertThat(new Days("").convertToEntityAttribute("MONDAY, HOLIDAY,,TUESDAY")).containsExactly(DayOfWeek.MONDAY,
				DayOfWeek.TUESDAY);
	}

}
