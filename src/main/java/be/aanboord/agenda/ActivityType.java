package be.aanboord.agenda;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of activity. Lab meetings and learning-network meetings are for signed-in lab
 * members only; every other published activity is public.
 */
public enum ActivityType {

	LEERLABO("leerlabo"), LAB_MEETING("labovergadering"), NETWORK_MEETING("netwerkvergadering"), STUDY_DAY("studiedag"),
	INSPIRATION_DAY("inspiratiedag"), PROVINCIAL_PLATFORM("provinciaal-platform"), EVENT("evenement");

	/** The types on the public agenda. */
	public static final Set<ActivityType> PUBLIC = Collections
		.unmodifiableSet(EnumSet.of(LEERLABO, STUDY_DAY, INSPIRATION_DAY, PROVINCIAL_PLATFORM, EVENT));

	private final String parameter;

	ActivityType(String parameter) {
		this.parameter = parameter;
	}

	/**
	 * The type's name in addresses ({@code /agenda/feed/leerlabo.ics},
	 * {@code ?type=leerlabo}).
	 */
	public String getParameter() {
		return this.parameter;
	}

	/** The type named in an address, if any. */
	public static Optional<ActivityType> fromParameter(String parameter) {
		return Arrays.stream(values()).filter((type) -> type.parameter.equals(parameter)).findFirst();
	}

	/** Whether published activities of this type are on the public agenda. */
	public boolean isPublic() {
		return this != LAB_MEETING && this != NETWORK_MEETING;
	}

}
