package be.aanboord.account;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A module's rows in the access matrix, declared as a test component in that module's
 * test package: route ("METHOD /pattern" as mapped, or "ANY /pattern") → an example
 * address and who may open it. Rows are read when the matrix runs, so examples may use
 * ids from the test database.
 */
public interface AccessMatrixRows {

	Map<String, Row> rows();

	/**
	 * An example address of the route and the roles that may open it; all others are
	 * refused. {@code hiddenFrom} names text that a role that may open the example must
	 * not be shown there (a rule on what is shown rather than on who may open it).
	 */
	record Row(String example, Set<Who> allowed, Map<Who, List<String>> hiddenFrom) {

		public Row(String example, Set<Who> allowed) {
			this(example, allowed, Map.of());
		}

	}

}
