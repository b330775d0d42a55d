package be.aanboord.system;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;

/**
 * A set of enum constants kept in one text column as their names, sorted and separated by
 * commas ({@code "CLB,TEACHER"}). Reading skips any name the enum does not know (a value
 * written by a later version, or by hand), so an entity always loads. A module's
 * converter is a subclass that names its enum and how the column holds "none".
 *
 * @param <E> the enum
 */
public abstract class EnumSetColumn<E extends Enum<E>> implements AttributeConverter<Set<E>, String> {

	private final Class<E> type;

	private final String none;

	/**
	 * @param type the enum
	 * @param none what the column holds for an empty set: {@code null} or {@code ""} (for
	 * a column that is {@code not null})
	 */
	protected EnumSetColumn(Class<E> type, String none) {
		this.type = type;
		this.none = none;
	}

	@Override
	public String convertToDatabaseColumn(Set<E> values) {
		return (values == null || values.isEmpty()) ? this.none
				: values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
	}

	@Override
	public Set<E> convertToEntityAttribute(String column) {
		EnumSet<E> set = EnumSet.noneOf(this.type);
		if (column != null && !column.isBlank()) {
			Arrays.stream(column.split(","))
				.map(String::strip)
				.flatMap((name) -> Arrays.stream(this.type.getEnumConstants()).filter((c) -> c.name().equals(name)))
				.forEach(set::add);
		}
		return set;
	}

}
