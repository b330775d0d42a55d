package be.aanboord.help;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The education levels an offer serves: primary, secondary, special education. */
public enum HelpLevel {

	BAO, SO, BUO;

	/**
	 * The help levels of a school level, given by the name of a
	 * {@code school.SchoolLevel}: KLEUTER and BAO → BAO; SO → SO; BUBAO and BUSO → BUO;
	 * an unknown or null name → none.
	 */
	public static Set<HelpLevel> ofSchoolLevel(String schoolLevelName) {
		if (schoolLevelName == null) {
			return EnumSet.noneOf(HelpLevel.class);
		}
		return switch (schoolLevelName) {
			case "KLEUTER", "BAO" -> EnumSet.of(BAO);
			case "SO" -> EnumSet.of(SO);
			case "BUBAO", "BUSO" -> EnumSet.of(BUO);
			default -> EnumSet.noneOf(HelpLevel.class);
		};
	}

	/** The level named {@code name} (an enum name), if there is one. */
	public static Optional<HelpLevel> fromParameter(String name) {
		return HelpEnums.parse(HelpLevel.class, name);
	}

}
