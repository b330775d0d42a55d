package be.aanboord.account;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The schools that school users and CLB workers are linked to, as the user administration
 * and the start page need them. The school module, which depends on this one, provides
 * it.
 */
public interface UserSchools {

	/** All schools, by name: the choices for a school user. */
	List<UserSchool> all();

	/** The school with the id, if there is one. */
	Optional<UserSchool> find(long id);

	/**
	 * The names of the schools with these ids, in one query (ids not found are left out).
	 */
	Map<Long, String> names(Collection<Long> ids);

	/**
	 * The schools a CLB serves (those whose CLB is the organisation), by name.
	 * @param clbId the id of an organisation marked as a CLB
	 */
	List<UserSchool> servedBy(long clbId);

	/**
	 * A school: its id, name, level (the name of a {@code SchoolLevel} constant, shown
	 * with the key {@code SchoolLevel.<level>}), postal code and municipality (either may
	 * be null), and the id of its CLB (null when not known).
	 */
	record UserSchool(long id, String name, String level, String postalCode, String city, Long clbId) {
	}

}
