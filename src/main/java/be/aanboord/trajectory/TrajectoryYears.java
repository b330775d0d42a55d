package be.aanboord.trajectory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import jakarta.servlet.http.HttpSession;

import be.aanboord.project.SchoolYear;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The school year the trajectory list, the dashboard and the annual report open on: the
 * one in the address (then remembered in the signed-in user's session), else the one the
 * user chose last in this session, else the latest school year with trajectories the user
 * may see (the latest up to the current one, a later one only when there is no earlier),
 * else the current one.
 */
@Component
class TrajectoryYears {

	/** The session attribute holding the school year chosen last. */
	static final String CHOSEN = "aanboord.trajectory.schoolYear";

	private final JdbcClient jdbc;

	private final Clock clock;

	TrajectoryYears(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	int current() {
		return SchoolYear.startYearOf(LocalDate.now(this.clock));
	}

	/**
	 * The school year asked for by {@code label}, remembered; when none is asked for (or
	 * it cannot be read), the default for this user.
	 */
	int resolve(String label, HttpSession session, TrajectoryScope scope) {
		Integer asked = SchoolYear.parseLabel(label);
		if (asked != null) {
			remember(session, asked);
			return asked;
		}
		Object chosen = (session != null) ? session.getAttribute(CHOSEN) : null;
		if (chosen instanceof Integer year) {
			return year;
		}
		return latest(scope);
	}

	private static void remember(HttpSession session, int year) {
		if (session != null && !Integer.valueOf(year).equals(session.getAttribute(CHOSEN))) {
			session.setAttribute(CHOSEN, year);
		}
	}

	/** The latest school year with trajectories in the scope, in one indexed query. */
	int latest(TrajectoryScope scope) {
		String where = " from trajectory t where (:all or t.project_id in (:projects) or t.partner_id = :organisation) ";
		return this.jdbc
			.sql("select coalesce((select t.school_year" + where
					+ "and t.school_year <= :current order by t.school_year desc limit 1), (select t.school_year"
					+ where + "order by t.school_year desc limit 1), :current)")
			.params(Map.of("all", scope.all(), "projects", scope.projectIds(), "organisation", scope.organisationId(),
					"current", current()))
			.query(Integer.class)
			.single();
	}

}
