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
	CITY;

	public String authority() {
		return "ROLE_" + name();
	}

}
