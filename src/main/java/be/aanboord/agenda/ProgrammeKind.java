package be.aanboord.agenda;

/** The parts of an event's programme. Only workshops have a capacity of their own. */
public enum ProgrammeKind {

	PLENARY, BREAK, KEYNOTE, LUNCH, WORKSHOP, OTHER

}
