package be.aanboord.account;

/** What a user may do in the portal. A user can hold several roles. */
public enum Role {

	/** Lab coordinator: users, reference data, everything. */
	ADMIN,
	/** Coordinator of one or more projects. */
	COORDINATOR,
	/** Staff of one partner organisation. */
	PARTNER,
	/** Member of the toolbox editorial board. */
	EDITOR,
	/** Official of the city of Leuven. */
	CITY,
	/**
	 * Staff of one school (its care coordinator, director): works on the school's own
	 * pages; the account names the school ({@link CurrentUser#getSchoolId()}).
	 */
	SCHOOL,
	/**
	 * Worker of a centre for pupil guidance: serves the schools whose CLB is the
	 * account's organisation ({@link CurrentUser#getOrganisationId()}, an organisation
	 * marked as a CLB).
	 */
	CLB;

	public String authority() {
		return "ROLE_" + name();
	}

}
