package be.aanboord.agenda;

/**
 * The education levels an activity is meant for: primary, secondary, special education.
 */
public enum ActivityLevel {

	BAO, SO, BUO

}
