package be.aanboord.trajectory;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Sets of enum constants kept as comma-separated text in one column. */
final class EnumSetConverters {

	private EnumSetConverters() {
	}

	static <E extends Enum<E>> String write(Set<E> values) {
		return (values == null || values.isEmpty()) ? null
				: values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
	}

	static <E extends Enum<E>> Set<E> read(String text, Class<E> type) {
		EnumSet<E> set = EnumSet.noneOf(type);
		if (text != null && !text.isBlank()) {
			Arrays.stream(text.split(",")).map(String::trim).forEach((name) -> set.add(Enum.valueOf(type, name)));
		}
		return set;
	}

	@Converter
	static class NaftForms implements AttributeConverter<Set<NaftForm>, String> {

		@Override
		public String convertToDatabaseColumn(Set<NaftForm> attribute) {
			return write(attribute);
		}

		@Override
		public Set<NaftForm> convertToEntityAttribute(String column) {
			return read(column, NaftForm.class);
		}

	}

	@Converter
	static class Participants implements AttributeConverter<Set<RoundTableParticipant>, String> {

		@Override
		public String convertToDatabaseColumn(Set<RoundTableParticipant> attribute) {
			return write(attribute);
		}

		@Override
		public Set<RoundTableParticipant> convertToEntityAttribute(String column) {
			return read(column, RoundTableParticipant.class);
		}

	}

}
