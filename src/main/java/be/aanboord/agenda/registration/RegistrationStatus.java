package be.aanboord.agenda.registration;

/** Where a registration stands: a seat, a place on the waiting list, or cancelled. */
public enum RegistrationStatus {

	CONFIRMED, WAITING, CANCELLED

}
