package be.aanboord.account;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Who opens a route in the access matrix: an anonymous visitor or a demo user holding one
 * role. {@link #EVERYONE} and {@link #SIGNED_IN} include the school user and the CLB
 * worker: they open the public pages, their start page and their account, and no
 * trajectory, budget, meeting, school register, toolbox editing or administration route
 * (every such row names its roles with {@link #only}).
 */
public enum Who {

	ANONYMOUS, ADMIN, COORDINATOR, PARTNER, EDITOR, CITY, SCHOOL, CLB;

	public static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);

	public static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(ANONYMOUS));

	/**
	 * The demo account that holds each role (and only that role); see
	 * db/demo/R__demo_accounts.sql and R__demo_school_accounts.sql.
	 */
	static final Map<Who, String> DEMO_USERS = Map.of(ADMIN, "beheerder", COORDINATOR, "coordinator", PARTNER,
			"partner", EDITOR, "redactie", CITY, "stad", SCHOOL, "school", CLB, "clb");

	public static Set<Who> only(Who first, Who... more) {
		return EnumSet.of(first, more);
	}

}
