package be.aanboord.agenda;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Sets of enum constants kept as comma-separated text (empty for none) in one column. */
final class ActivityConverters {

	private ActivityConverters() {
	}

	static <E extends Enum<E>> String write(Set<E> values) {
		return (values == null) ? "" : values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
	}

	/** Reads the names it knows and skips any other. */
	static <E extends Enum<E>> Set<E> read(String text, Class<E> type) {
		EnumSet<E> set = EnumSet.noneOf(type);
		if (text != null && !text.isBlank()) {
			Arrays.stream(text.split(","))
				.map(String::trim)
				.flatMap((name) -> Arrays.stream(type.getEnumConstants()).filter((c) -> c.name().equals(name)))
				.forEach(set::add);
		}
		return set;
	}

	@Converter
	static class Audiences implements AttributeConverter<Set<ActivityAudience>, String> {

		@Override
		public String convertToDatabaseColumn(Set<ActivityAudience> attribute) {
			return write(attribute);
		}

		@Override
		public Set<ActivityAudience> convertToEntityAttribute(String column) {
			return read(column, ActivityAudience.class);
		}

	}

	@Converter
	static class Levels implements AttributeConverter<Set<ActivityLevel>, String> {

		@Override
		public String convertToDatabaseColumn(Set<ActivityLevel> attribute) {
			return write(attribute);
		}

		@Override
		public Set<ActivityLevel> convertToEntityAttribute(String column) {
			return read(column, ActivityLevel.class);
		}

	}

}
