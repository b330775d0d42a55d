package be.aanboord.trajectory;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import be.aanboord.system.CacheBroadcast;
import be.aanboord.system.InstanceCache;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The figures of the dashboard, each in one aggregate query within a scope: targets
 * against what is done, hours, per school and per partner, last year, the NAFT waiting
 * list.
 */
@Component
class TrajectoryDashboard implements InstanceCache {

	/** Counts of pupils under this are shown as "fewer than 5". */
	static final int SUPPRESS_UNDER = 5;

	/**
	 * One project's row. {@code count} is what the action plan's target counts: approved,
	 * running and finished trajectories (for NAFT, whose target is of trajectories
	 * supplementary to the regular offer, only the supplementary ones that run or are
	 * finished); {@code requested} are those asked for and not yet approved (NAFT:
	 * referred or on the waiting list); stopped trajectories count for neither.
	 */
	record ProjectFigures(long projectId, String name, String code, long count, long requested, long finished,
			BigDecimal planned, BigDecimal logged, long nearlyUsed, long lastYearCount, BigDecimal lastYearLogged,
			BigDecimal target, BigDecimal hoursTarget) {

		/**
		 * Progress towards the target, past 100 when the target is passed; null without a
		 * target.
		 */
		public Integer targetPercent() {
			return (this.target == null || this.target.signum() == 0) ? null
					: BigDecimal.valueOf(this.count * 100)
						.divide(this.target, 0, java.math.RoundingMode.DOWN)
						.intValue();
		}

		/** The progress bar stops at its end; the number next to it does not. */
		public int targetBar() {
			Integer percent = targetPercent();
			return (percent != null) ? Math.min(100, percent) : 0;
		}

		public int hoursPercent() {
			return (this.planned.signum() == 0) ? 0
					: this.logged.multiply(BigDecimal.valueOf(100))
						.divide(this.planned, 0, java.math.RoundingMode.DOWN)
						.min(BigDecimal.valueOf(100))
						.intValue();
		}

	}

	record Group(String name, long trajectories, long pupils, BigDecimal logged) {

		public boolean pupilsSuppressed() {
			return this.pupils > 0 && this.pupils < SUPPRESS_UNDER;
		}

	}

	record Flagged(long id, String project, String school, String pupilCode, BigDecimal planned, BigDecimal logged) {

		public int percent() {
			return this.logged.multiply(BigDecimal.valueOf(100))
				.divide(this.planned, 0, java.math.RoundingMode.DOWN)
				.intValue();
		}

	}

	record Waiting(long id, String pupilCode, String school, LocalDate referralDate, long daysWaited) {
	}

	private static final String SCOPE = " (:all or t.project_id in (:projects) or t.partner_id = :organisation) ";

	/** Everything the dashboard shows for one school year and scope. */
	record Figures(List<ProjectFigures> projects, Groups groups, List<Flagged> nearlyUsed, List<Waiting> waiting) {
	}

	private record Key(int year, TrajectoryScope scope, LocalDate today) {
	}

	private final JdbcClient jdbc;

	/**
	 * Computed figures are reused for at most 30 seconds (changes made outside the
	 * portal) and dropped after any change through this instance or another one
	 * ({@link CacheBroadcast}). One request computes a missing entry while others asking
	 * for the same one wait for it.
	 */
	private final Cache<Key, Figures> cache = Caffeine.newBuilder()
		.expireAfterWrite(Duration.ofSeconds(30))
		.maximumSize(500)
		.build();

	private final CacheBroadcast instances;

	TrajectoryDashboard(JdbcClient jdbc, CacheBroadcast instances) {
		this.jdbc = jdbc;
		this.instances = instances;
	}

	Figures figures(int year, TrajectoryScope scope, LocalDate today) {
		return this.cache.get(new Key(year, scope, today), (key) -> new Figures(projects(year, scope),
				groups(year, scope), nearlyUsed(year, scope), waitingList(scope, today)));
	}

	/**
	 * A trajectory or a session is being written: the next dashboard is computed afresh,
	 * also after the write commits, so that figures read in between are not kept.
	 */
	void changed() {
		this.instances.changed(this);
	}

	@Override
	public String cacheName() {
		return "trajectory-dashboard";
	}

	@Override
	public void dropLocally() {
		this.cache.invalidateAll();
	}

	List<ProjectFigures> projects(int year, TrajectoryScope scope) {
		return this.jdbc
			.sql("""
					select p.id as project_id, p.name, p.code,
					  count(t.id) filter (where t.school_year = :year and t.status in ('APPROVED', 'RUNNING', 'FINISHED')
					    and (p.code <> 'NAFT' or t.supplementary)) as count,
					  count(t.id) filter (where t.school_year = :year and t.status in ('REQUESTED', 'REFERRED', 'WAITING'))
					    as requested,
					  count(t.id) filter (where t.school_year = :year and t.status = 'FINISHED') as finished,
					  coalesce(sum(t.planned_hours) filter (where t.school_year = :year and t.status <> 'STOPPED'), 0)
					    as planned,
					  coalesce(sum(t.logged_hours) filter (where t.school_year = :year), 0) as logged,
					  count(t.id) filter (where t.school_year = :year and t.planned_hours > 0
					    and t.logged_hours >= 0.8 * t.planned_hours and t.status not in ('FINISHED', 'STOPPED'))
					    as nearly_used,
					  count(t.id) filter (where t.school_year = :year - 1 and t.status in ('APPROVED', 'RUNNING', 'FINISHED')
					    and (p.code <> 'NAFT' or t.supplementary)) as last_year_count,
					  coalesce(sum(t.logged_hours) filter (where t.school_year = :year - 1), 0) as last_year_logged,
					  (select apt.quantity from action_plan_target apt join action_plan ap on ap.id = apt.action_plan_id
					   where ap.project_id = p.id and ap.school_year = :year and apt.unit = 'trajecten'
					   order by apt.position limit 1) as target,
					  (select apt.quantity from action_plan_target apt join action_plan ap on ap.id = apt.action_plan_id
					   where ap.project_id = p.id and ap.school_year = :year and apt.unit = 'uren'
					   order by apt.position limit 1) as hours_target
					from project p
					left join trajectory t on t.project_id = p.id and t.school_year in (:year, :year - 1)
					  and"""
					+ SCOPE + """
							where p.code in ('RISK_BAO', 'RISK_SO', 'RISK_BUO', 'NAFT', 'BRUGCOACHES')
							  and (:all or p.id in (:projects) or exists (select 1 from trajectory x
							       where x.project_id = p.id and x.partner_id = :organisation))
							group by p.id order by p.position""")
			.params(params(year, scope))
			.query(ProjectFigures.class)
			.list();
	}

	/** The schools with the most trajectories that the dashboard lists. */
	static final int TOP_SCHOOLS = 20;

	record Groups(List<Group> bySchool, List<Group> byPartner) {
	}

	/**
	 * Per school (the {@value #TOP_SCHOOLS} with the most trajectories) and per partner,
	 * in one pass over the year's trajectories.
	 */
	Groups groups(int year, TrajectoryScope scope) {
		String sql = "select grouping(s.name) = 0 as by_school, coalesce(case when grouping(s.name) = 0 then s.name"
				+ " else o.name end, '-') as name, count(*) as trajectories,"
				+ " count(*) filter (where t.kind <> 'RISK') as pupils, coalesce(sum(t.logged_hours), 0) as logged"
				+ " from trajectory t join school s on s.id = t.school_id"
				+ " left join organisation o on o.id = t.partner_id"
				+ " where t.school_year = :year and t.status <> 'STOPPED' and" + SCOPE
				+ " group by grouping sets ((s.name), (o.name))";
		List<Row> rows = this.jdbc.sql(sql).params(params(year, scope)).query(Row.class).list();
		List<Group> bySchool = rows.stream()
			.filter(Row::bySchool)
			.map(Row::group)
			.sorted(java.util.Comparator.comparingLong(Group::trajectories).reversed().thenComparing(Group::name))
			.limit(TOP_SCHOOLS)
			.toList();
		List<Group> byPartner = rows.stream()
			.filter((row) -> !row.bySchool())
			.map(Row::group)
			.sorted(java.util.Comparator.comparing(Group::name))
			.toList();
		return new Groups(bySchool, byPartner);
	}

	private record Row(boolean bySchool, String name, long trajectories, long pupils, BigDecimal logged) {

		Group group() {
			return new Group(this.name, this.trajectories, this.pupils, this.logged);
		}

	}

	List<Flagged> nearlyUsed(int year, TrajectoryScope scope) {
		return this.jdbc.sql("""
				select t.id, p.name as project, s.name as school, t.pupil_code, t.planned_hours as planned,
				  t.logged_hours as logged
				from trajectory t join project p on p.id = t.project_id join school s on s.id = t.school_id
				where t.school_year = :year and t.planned_hours > 0 and t.logged_hours >= 0.8 * t.planned_hours
				  and t.status not in ('FINISHED', 'STOPPED') and""" + SCOPE + """
				order by t.logged_hours / t.planned_hours desc, t.id limit 50""")
			.params(params(year, scope))
			.query(Flagged.class)
			.list();
	}

	List<Waiting> waitingList(TrajectoryScope scope, LocalDate today) {
		return this.jdbc.sql("""
				select t.id, t.pupil_code, s.name as school, t.referral_date,
				  (cast(:today as date) - t.referral_date) as days_waited
				from trajectory t join school s on s.id = t.school_id join project p on p.id = t.project_id
				where p.code = 'NAFT' and t.status in ('REFERRED', 'WAITING') and t.referral_date is not null
				  and""" + SCOPE + """
				order by t.referral_date, t.id limit 100""")
			.params(params(0, scope))
			.param("today", today)
			.query(Waiting.class)
			.list();
	}

	private static java.util.Map<String, Object> params(int year, TrajectoryScope scope) {
		return java.util.Map.of("year", year, "all", scope.all(), "projects", scope.projectIds(), "organisation",
				scope.organisationId());
	}

}
