package be.aanboord.agenda.meeting;

/** Minutes are written as a draft, then approved (and then mailed); approved is final. */
public enum MinutesStatus {

	DRAFT, APPROVED

}
