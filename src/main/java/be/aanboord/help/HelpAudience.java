package be.aanboord.help;

import java.util.Optional;

/** Whom an offer is for. */
public enum HelpAudience {

	PUPILS, PARENTS, TEACHERS, SCHOOLS;

	/** The audience named {@code name} (an enum name), if there is one. */
	public static Optional<HelpAudience> fromParameter(String name) {
		return HelpEnums.parse(HelpAudience.class, name);
	}

}
