package be.aanboord.trajectory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;

import be.aanboord.account.CurrentUser;
import be.aanboord.project.SchoolYear;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.convert.ConversionException;
import org.springframework.core.convert.ConversionService;
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

	private final ConversionService conversions;

	TrajectoryYears(JdbcClient jdbc, Clock clock, @Qualifier("mvcConversionService") ConversionService conversions) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.conversions = conversions;
	}

	/**
	 * The school year in the address ({@code schooljaar=2021-2022}), read by the
	 * formatter registered for {@link SchoolYear}; empty when there is none or it is not
	 * a school year the portal knows (the pages then open on the default, not on an
	 * error).
	 */
	Optional<SchoolYear> asked(String label) {
		if (label == null || label.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.ofNullable(this.conversions.convert(label, SchoolYear.class));
		}
		catch (ConversionException notAYear) {
			return Optional.empty();
		}
	}

	/**
	 * The filter the list's parameters ask for: every year ({@code schooljaar=alle}), the
	 * one asked for, or else the user's default.
	 */
	TrajectoryFilter filter(TrajectoryQuery query, CurrentUser user, HttpSession session) {
		return query
			.filter(query.allYears() ? null : resolve(query.schoolYear(), session, TrajectoryScope.readable(user)));
	}

	int current() {
		return SchoolYear.startYearOf(LocalDate.now(this.clock));
	}

	/**
	 * The school year asked for by {@code label}, remembered; when none is asked for (or
	 * it is not a school year the portal knows), the default for this user.
	 */
	int resolve(String label, HttpSession session, TrajectoryScope scope) {
		Optional<SchoolYear> asked = asked(label);
		if (asked.isPresent()) {
			remember(session, asked.get().getStartYear());
			return asked.get().getStartYear();
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
