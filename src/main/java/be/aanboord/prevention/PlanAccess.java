package be.aanboord.prevention;

import be.aanboord.account.CurrentUser;
import be.aanboord.account.Role;
import be.aanboord.project.SchoolYear;
import be.aanboord.school.SchoolLevel;
import be.aanboord.system.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Who may open a school's plan: a SCHOOL user the plans of their own school, a CLB worker
 * the plans of the schools their CLB serves ({@code school.clb_id}); nobody else, not
 * even the lab's admin, who sees aggregates only (issue scope, seed 003: the plan is the
 * school's, the CLB its partner in the dialogue). Read at every request from the
 * database, so a changed school or CLB takes effect at once. A plan the user may not open
 * is "not found", exactly like a plan that does not exist.
 */
@Service
public class PlanAccess {

	/**
	 * A plan as the pages start from it: its id, school, the school's level, the school
	 * year (start year, 2026 = 2026-2027), the template version it keeps, whether the
	 * school shares it with the lab's aggregates, its lock version, and whether the
	 * reader is the CLB (not the school).
	 */
	public record PlanRef(long id, long schoolId, String schoolName, SchoolLevel level, int startYear, long templateId,
			boolean shared, int version, boolean readByClb) {

		/** The school year, e.g. 2026-2027. */
		public SchoolYear schoolYear() {
			return new SchoolYear(this.startYear);
		}

	}

	private final JdbcClient jdbc;

	PlanAccess(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The plan, when this user may open it (and work on it: the school and its CLB both
	 * may; what only one of them does is checked by the service doing it).
	 * @throws NotFoundException when there is no such plan or it is not the user's
	 */
	public PlanRef open(long planId, CurrentUser user) {
		Long schoolId = user.hasRole(Role.SCHOOL) ? user.getSchoolId() : null;
		Long clbId = user.getClbId();
		if (schoolId == null && clbId == null) {
			throw new NotFoundException("plan " + planId);
		}
		return this.jdbc.sql("""
				select p.id, p.school_id, s.name as school_name, s.level, p.start_year, p.template_id, p.shared,
				       p.version, (p.school_id is distinct from :school) as read_by_clb
				from prevention_plan p join school s on s.id = p.school_id
				where p.id = :plan and (p.school_id = :school or s.clb_id = :clb)
				""")
			.param("plan", planId)
			.param("school", schoolId)
			.param("clb", clbId)
			.query(PlanRef.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("plan " + planId));
	}

	/**
	 * Whether this user may open the plans of this school (its own school, or a school
	 * its CLB serves).
	 */
	public boolean mayOpenSchool(long schoolId, CurrentUser user) {
		if (user.hasRole(Role.SCHOOL) && user.getSchoolId() != null && user.getSchoolId() == schoolId) {
			return true;
		}
		Long clbId = user.getClbId();
		return clbId != null && this.jdbc.sql("select exists (select 1 from school where id = ? and clb_id = ?)")
			.param(schoolId)
			.param(clbId)
			.query(Boolean.class)
			.single();
	}

}
