package be.aanboord.toolbox;

/** The education levels a fiche is written for. */
public enum Level {

	PRE_SCHOOL, PRIMARY, SECONDARY, SPECIAL

}
