package be.aanboord.trajectory;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import be.aanboord.system.Formats;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The annual report of one project and school year: counts by question type, level,
 * partner and outcome, hours, schools reached, and for NAFT whether trajectories were
 * supplementary and the staff effort. Counts of pupils under 5 are suppressed.
 */
@Component
class TrajectoryReport {

	record Totals(long trajectories, long finished, long stopped, long schools, BigDecimal planned, BigDecimal logged,
			BigDecimal staffHours, long supplementary, long regular) {
	}

	record Line(String dimension, String key, long count, BigDecimal hours) {
	}

	/** A report: totals, lines per dimension, and whether its counts are pupil counts. */
	record Report(Totals totals, Map<String, List<Line>> lines, boolean pupilCounts) {

		/** A count as it may be shown: null when it must be suppressed. */
		public String count(long count) {
			return (this.pupilCounts && count > 0 && count < TrajectoryDashboard.SUPPRESS_UNDER) ? null
					: Formats.current().number(count);
		}

		public List<Line> of(String dimension) {
			return this.lines.getOrDefault(dimension, List.of());
		}

	}

	private static final String WHERE = " where t.project_id = :project and t.school_year = :year ";

	private final JdbcClient jdbc;

	TrajectoryReport(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Report of(long projectId, int year, boolean pupilCounts) {
		Map<String, Object> params = Map.of("project", projectId, "year", year);
		Totals totals = this.jdbc
			.sql("select count(*) filter (where t.status <> 'STOPPED') as trajectories,"
					+ " count(*) filter (where t.status = 'FINISHED') as finished,"
					+ " count(*) filter (where t.status = 'STOPPED') as stopped,"
					+ " count(distinct t.school_id) filter (where t.status <> 'STOPPED') as schools,"
					+ " coalesce(sum(t.planned_hours) filter (where t.status <> 'STOPPED'), 0) as planned,"
					+ " coalesce(sum(t.logged_hours), 0) as logged, coalesce(sum(t.staff_hours), 0) as staff_hours,"
					+ " count(*) filter (where t.supplementary and t.status <> 'STOPPED') as supplementary,"
					+ " count(*) filter (where not t.supplementary and t.status <> 'STOPPED') as regular"
					+ " from trajectory t" + WHERE)
			.params(params)
			.query(Totals.class)
			.single();
		String active = WHERE + " and t.status <> 'STOPPED' ";
		List<Line> lines = this.jdbc
			.sql("select 'questionType' as dimension, t.question_type as key, count(*) as count,"
					+ " sum(t.logged_hours) as hours from trajectory t" + active + " and t.question_type is not null"
					+ " group by t.question_type"
					+ " union all select 'level', t.level, count(*), sum(t.logged_hours) from trajectory t" + active
					+ " and t.level is not null group by t.level"
					+ " union all select 'partner', o.name, count(*), sum(t.logged_hours) from trajectory t"
					+ " join organisation o on o.id = t.partner_id" + active + " group by o.name"
					+ " union all select 'school', s.name, count(*), sum(t.logged_hours) from trajectory t"
					+ " join school s on s.id = t.school_id" + active + " group by s.name"
					+ " union all select 'outcome', t.outcome, count(*), sum(t.logged_hours) from trajectory t" + WHERE
					+ " and t.outcome is not null group by t.outcome"
					+ " union all select 'status', t.status, count(*), sum(t.logged_hours) from trajectory t" + WHERE
					+ " group by t.status order by 1, 2")
			.params(params)
			.query(Line.class)
			.list();
		return new Report(totals, lines.stream().collect(Collectors.groupingBy(Line::dimension)), pupilCounts);
	}

}
