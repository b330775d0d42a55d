package be.aanboord.agenda;

/**
 * The kinds of activity. Lab meetings and learning-network meetings are for signed-in lab
 * members only; every other published activity is public.
 */
public enum ActivityType {

	LEERLABO, LAB_MEETING, NETWORK_MEETING, STUDY_DAY, INSPIRATION_DAY, PROVINCIAL_PLATFORM, EVENT;

	/** Whether published activities of this type are on the public agenda. */
	public boolean isPublic() {
		return this != LAB_MEETING && this != NETWORK_MEETING;
	}

}
