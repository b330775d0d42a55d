package be.aanboord.toolbox;

/** Who a fiche is written for. */
public enum Audience {

	TEACHER, SCHOOL_TEAM, CLB, PARENTS

}
