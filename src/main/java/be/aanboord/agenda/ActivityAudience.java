package be.aanboord.agenda;

/** Who an activity is meant for. */
public enum ActivityAudience {

	TEACHER, CARE_COORDINATOR, SCHOOL_LEADER, CLB, PARTNER, PARENTS

}
