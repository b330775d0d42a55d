package be.aanboord.trajectory;

import jakarta.servlet.http.HttpSession;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import be.aanboord.account.CurrentUser;
import be.aanboord.account.Role;
import be.aanboord.project.SchoolYear;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a start page shows of trajectories: a coordinator's projects this school year and
 * the trajectories that need attention, a partner's trajectories. Each in a few aggregate
 * queries, always within the user's scope (their projects, their organisation).
 * <p>
 * Counted toward a project's target are the trajectories that go ahead (approved,
 * running, finished); requested ones and NAFT referrals still waiting are shown apart,
 * stopped ones not at all.
 */
@Component
public class TrajectoryHighlights {

	/** A NAFT referral waiting this many days or more needs attention. */
	public static final int LONG_WAIT_DAYS = 30;

	/** The session attribute with the school year (start year) chosen last. */
	public static final String CHOSEN_YEAR = TrajectoryYears.CHOSEN;

	/** How many trajectories a start page lists at most. */
	static final int LISTED = 8;

	/** Why a trajectory needs attention, in the order they are listed. */
	public enum Reason {

		/** Requested, waiting for the coordinator's approval. */
		REQUESTED,
		/** Approved or running, with 80 % or more of its planned hours logged. */
		HOURS,
		/** A NAFT referral waiting long for a place. */
		WAITING

	}

	/** One project of a coordinator in the school year shown. */
	public record ProjectProgress(long projectId, String name, String slug, String kind, long counted, long pending,
			BigDecimal target) {

		/** Done against the target, in per cent (past 100 when the target is passed). */
		public Integer percent() {
			return (this.target == null || this.target.signum() == 0) ? null
					: (int) (this.counted * 100 / this.target.longValue());
		}

	}

	/** A trajectory that needs attention. */
	public record Attention(long id, Reason reason, String project, String school, String pupilCode, BigDecimal planned,
			BigDecimal logged, Long daysWaited) {
	}

	/**
	 * A coordinator's figures: the school year shown (the latest up to today that has
	 * trajectories of their projects), progress per project, and what needs attention.
	 */
	public record Coordinator(int schoolYear, List<ProjectProgress> projects, List<Attention> attention,
			long attentionTotal) {

		public String schoolYearLabel() {
			return new SchoolYear(this.schoolYear).getLabel();
		}

	}

	/** A trajectory a partner executes. */
	public record Executed(long id, String project, String school, String pupilCode, String status, BigDecimal planned,
			BigDecimal logged) {
	}

	/**
	 * A partner's figures: the school year shown, how many trajectories the organisation
	 * executes in it (all, still open), and the open ones.
	 */
	public record Partner(int schoolYear, long total, long open, BigDecimal logged, List<Executed> trajectories) {

		public String schoolYearLabel() {
			return new SchoolYear(this.schoolYear).getLabel();
		}

	}

	private final JdbcClient jdbc;

	TrajectoryHighlights(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The school year the user chose last in the trajectory pages of this session, as its
	 * start year, or null when none was chosen: the start page then shows the same year.
	 */
	public static Integer chosenYear(HttpSession session) {
		return (session != null && session.getAttribute(TrajectoryYears.CHOSEN) instanceof Integer year) ? year : null;
	}

	/**
	 * The coordinator's figures; empty lists for a user who coordinates nothing.
	 * @param chosen the school year chosen last (see {@link #chosenYear}), or null for
	 * the latest one up to today with trajectories in the user's projects
	 */
	public Coordinator coordinator(CurrentUser user, LocalDate today, Integer chosen) {
		List<Long> projects = user.hasRole(Role.COORDINATOR) ? List.copyOf(user.getProjectIds()) : List.of();
		int current = SchoolYear.startYearOf(today);
		if (projects.isEmpty()) {
			return new Coordinator(current, List.of(), List.of(), 0);
		}
		int year = this.jdbc.sql("""
				select coalesce(cast(:chosen as integer), max(school_year), :current) from trajectory
				where project_id in (:projects) and school_year <= :current""")
			.param("chosen", chosen, java.sql.Types.INTEGER)
			.param("projects", projects)
			.param("current", current)
			.query(Integer.class)
			.single();
		List<ProjectProgress> progress = this.jdbc.sql("""
				select p.id as project_id, p.name, p.slug,
				  case when p.code like 'RISK%' then 'RISK' when p.code = 'NAFT' then 'NAFT'
				       when p.code = 'BRUGCOACHES' then 'BRIDGE' end as kind,
				  count(t.id) filter (where t.status in ('APPROVED', 'RUNNING', 'FINISHED')
				    and (p.code <> 'NAFT' or t.supplementary)) as counted,
				  count(t.id) filter (where t.status in ('REQUESTED', 'REFERRED', 'WAITING')) as pending,
				  (select apt.quantity from action_plan_target apt join action_plan ap on ap.id = apt.action_plan_id
				   where ap.project_id = p.id and ap.school_year = :year and apt.unit = 'trajecten'
				   order by apt.position limit 1) as target
				from project p left join trajectory t on t.project_id = p.id and t.school_year = :year
				where p.id in (:projects)
				group by p.id order by p.position""")
			.param("projects", projects)
			.param("year", year)
			.query(ProjectProgress.class)
			.list();
		List<AttentionRow> rows = this.jdbc.sql(ATTENTION)
			.params(Map.of("projects", projects, "today", today, "days", LONG_WAIT_DAYS, "limit", LISTED))
			.query(AttentionRow.class)
			.list();
		long total = rows.isEmpty() ? 0 : rows.get(0).total();
		return new Coordinator(year, progress, rows.stream().map(AttentionRow::attention).toList(), total);
	}

	/**
	 * The first {@value #LISTED} trajectories that need attention in the coordinator's
	 * projects, across all school years, by reason (requested, hours, waiting), then
	 * referral date (none last), then id, with how many there are in all. Each reason is
	 * read per project from its own partial index ({@code trajectory_requested_idx},
	 * {@code trajectory_hours_used_idx}, {@code trajectory_waiting_idx}), at most
	 * {@value #LISTED} rows each, and counted from the same index alone, so that neither
	 * grows with the number of trajectories that need attention.
	 */
	private static final String ATTENTION = """
			with project_ids as (select unnest(cast(array[:projects] as bigint[])) as id),
			listed as (
			  select x.* from project_ids cross join lateral (
			    (select t.id, 'REQUESTED' as reason, 0 as rank, t.project_id, t.school_id, t.pupil_code,
			       t.planned_hours, t.logged_hours, t.referral_date
			     from trajectory t where t.project_id = project_ids.id and t.status = 'REQUESTED'
			     order by t.referral_date nulls last, t.id limit :limit)
			    union all
			    (select t.id, 'HOURS', 1, t.project_id, t.school_id, t.pupil_code, t.planned_hours, t.logged_hours,
			       t.referral_date
			     from trajectory t where t.project_id = project_ids.id and t.status in ('APPROVED', 'RUNNING')
			       and t.planned_hours > 0 and t.logged_hours >= 0.8 * t.planned_hours
			     order by t.referral_date nulls last, t.id limit :limit)
			    union all
			    (select t.id, 'WAITING', 2, t.project_id, t.school_id, t.pupil_code, t.planned_hours, t.logged_hours,
			       t.referral_date
			     from trajectory t where t.project_id = project_ids.id and t.status in ('REFERRED', 'WAITING')
			       and t.referral_date <= cast(:today as date) - :days
			     order by t.referral_date nulls last, t.id limit :limit)) x
			  order by x.rank, x.referral_date nulls last, x.id limit :limit)
			select l.id, l.reason, p.name as project, s.name as school, l.pupil_code, l.planned_hours as planned,
			  l.logged_hours as logged,
			  case when l.reason = 'WAITING' then cast(:today as date) - l.referral_date end as days_waited,
			  (select count(*) from trajectory t where t.project_id in (:projects) and t.status = 'REQUESTED')
			  + (select count(*) from trajectory t where t.project_id in (:projects)
			       and t.status in ('APPROVED', 'RUNNING') and t.planned_hours > 0
			       and t.logged_hours >= 0.8 * t.planned_hours)
			  + (select count(*) from trajectory t where t.project_id in (:projects)
			       and t.status in ('REFERRED', 'WAITING') and t.referral_date <= cast(:today as date) - :days) as total
			from listed l join project p on p.id = l.project_id join school s on s.id = l.school_id
			order by l.rank, l.referral_date nulls last, l.id""";

	private record AttentionRow(long id, Reason reason, String project, String school, String pupilCode,
			BigDecimal planned, BigDecimal logged, Long daysWaited, long total) {

		Attention attention() {
			return new Attention(this.id, this.reason, this.project, this.school, this.pupilCode, this.planned,
					this.logged, this.daysWaited);
		}

	}

	/**
	 * The partner's figures; null for a user without an organisation.
	 * @param chosen the school year chosen last, or null for the latest one up to today
	 * with trajectories of the organisation
	 */
	public Partner partner(CurrentUser user, LocalDate today, Integer chosen) {
		Long organisation = user.hasRole(Role.PARTNER) ? user.getOrganisationId() : null;
		if (organisation == null) {
			return null;
		}
		int current = SchoolYear.startYearOf(today);
		Totals totals = this.jdbc.sql("""
				with y as (select coalesce(cast(:chosen as integer), max(school_year), :current) as year from trajectory
				           where partner_id = :organisation and school_year <= :current)
				select y.year,
				  count(t.id) filter (where t.status <> 'STOPPED') as total,
				  count(t.id) filter (where t.status not in ('FINISHED', 'STOPPED')) as open,
				  coalesce(sum(t.logged_hours), 0) as logged
				from y left join trajectory t on t.partner_id = :organisation and t.school_year = y.year
				group by y.year""")
			.param("chosen", chosen, java.sql.Types.INTEGER)
			.param("organisation", organisation)
			.param("current", current)
			.query(Totals.class)
			.single();
		List<Executed> open = this.jdbc.sql("""
				select t.id, p.name as project, s.name as school, t.pupil_code, t.status,
				  t.planned_hours as planned, t.logged_hours as logged
				from trajectory t join project p on p.id = t.project_id join school s on s.id = t.school_id
				where t.partner_id = :organisation and t.school_year = :year
				  and t.status not in ('FINISHED', 'STOPPED')
				order by case t.status when 'RUNNING' then 0 else 1 end, t.start_date nulls last, t.id
				limit :limit""")
			.params(Map.of("organisation", organisation, "year", totals.year(), "limit", LISTED))
			.query(Executed.class)
			.list();
		return new Partner(totals.year(), totals.total(), totals.open(), totals.logged(), open);
	}

	private record Totals(int year, long total, long open, BigDecimal logged) {
	}

}
