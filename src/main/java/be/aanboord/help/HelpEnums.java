package be.aanboord.help;

import java.util.Arrays;
import java.util.Optional;

/** Reads an enum constant from a request parameter, leniently. */
final class HelpEnums {

	private HelpEnums() {
	}

	/**
	 * The constant whose name is {@code name} (case-insensitive, surrounding spaces
	 * ignored); empty for null, blank or unknown names.
	 */
	static <E extends Enum<E>> Optional<E> parse(Class<E> type, String name) {
		if (name == null || name.isBlank() || name.length() > 40) {
			return Optional.empty();
		}
		String wanted = name.strip();
		return Arrays.stream(type.getEnumConstants()).filter((c) -> c.name().equalsIgnoreCase(wanted)).findFirst();
	}

}
