package be.aanboord.agenda;

/**
 * An activity's life cycle: a draft is published, a published activity may be cancelled.
 */
public enum ActivityStatus {

	DRAFT, PUBLISHED, CANCELLED

}
