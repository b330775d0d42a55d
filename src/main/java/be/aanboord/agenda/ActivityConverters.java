package be.aanboord.agenda;

import jakarta.persistence.Converter;

import be.aanboord.system.EnumSetColumn;

/** An activity's audiences and levels, each a set kept in one column (empty for none). */
final class ActivityConverters {

	private ActivityConverters() {
	}

	@Converter
	static class Audiences extends EnumSetColumn<ActivityAudience> {

		Audiences() {
			super(ActivityAudience.class, "");
		}

	}

	@Converter
	static class Levels extends EnumSetColumn<ActivityLevel> {

		Levels() {
			super(ActivityLevel.class, "");
		}

	}

}
