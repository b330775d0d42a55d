package be.aanboord.agenda.meeting;

/**
 * Where an action point stands; until done it returns on every later meeting's agenda.
 */
public enum ActionPointStatus {

	OPEN, IN_PROGRESS, DONE

}
