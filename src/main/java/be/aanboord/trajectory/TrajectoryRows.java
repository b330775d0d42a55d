package be.aanboord.trajectory;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import be.aanboord.system.CacheBroadcast;
import be.aanboord.system.InstanceCache;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rows of the trajectory list: only the columns the list shows, read with plain SQL
 * (no entities, no query built anew per request), filtered and sorted as
 * {@link TrajectoryFilter#specification} and {@link TrajectoryFilter#toSort} do, every
 * value a bound parameter. The number of matches, which the pager shows, is counted once
 * per filter and scope and kept for a short while (see {@link #changed}).
 */
@Component
class TrajectoryRows implements InstanceCache {

	/** One trajectory as the list shows it. */
	record Listed(long id, TrajectoryKind kind, long projectId, int schoolYear, long schoolId, Long partnerId,
			TrajectoryStatus status, String pupilCode, BigDecimal plannedHours, BigDecimal loggedHours) {

		/** "2024-2025" for 2024. */
		public String getSchoolYearLabel() {
			return this.schoolYear + "-" + (this.schoolYear + 1);
		}

		/** Flagged once 80 % of the planned hours are used, as {@link Trajectory}. */
		public boolean isNearlyUsed() {
			return Trajectory.nearlyUsed(this.plannedHours, this.loggedHours);
		}

	}

	private static final String COLUMNS = "t.id, t.kind, t.project_id, t.school_year, t.school_id, t.partner_id,"
			+ " t.status, t.pupil_code, t.planned_hours, t.logged_hours";

	/** The count's key: the filter without its sort, and what the viewer may see. */
	private record CountKey(TrajectoryFilter filter, TrajectoryScope scope) {
	}

	private final JdbcClient jdbc;

	/**
	 * Numbers of matches, reused for at most 30 seconds (changes made outside the portal)
	 * and dropped after any trajectory write through this instance or another one
	 * ({@link CacheBroadcast}), as the dashboard's figures. One request counts a missing
	 * entry while others asking for the same one wait for it.
	 */
	private final Cache<CountKey, Long> counts = Caffeine.newBuilder()
		.expireAfterWrite(Duration.ofSeconds(30))
		.maximumSize(1_000)
		.build();

	private final CacheBroadcast instances;

	TrajectoryRows(JdbcClient jdbc, CacheBroadcast instances) {
		this.jdbc = jdbc;
		this.instances = instances;
	}

	/**
	 * One page of the matching trajectories in the filter's order. The total comes from
	 * the rows themselves where they tell it (a first page that is not full, a last
	 * page), else from the count kept for this filter and scope; a kept count that the
	 * rows contradict (an empty page before its end) is counted again.
	 * @param filter the list's filters and sort
	 * @param scope what the viewer may see
	 * @param pageable the page (its sort is ignored: the filter's sort applies)
	 * @return the page with the number of matches
	 */
	Page<Listed> page(TrajectoryFilter filter, TrajectoryScope scope, Pageable pageable) {
		Where where = where(filter, scope);
		boolean joinSchool = where.joinsSchool() || "school".equals(filter.sort());
		List<Listed> rows = this.jdbc
			.sql("select " + COLUMNS + " from trajectory t" + (joinSchool ? " join school s on s.id = t.school_id" : "")
					+ where.sql() + " order by " + orderBy(filter.sort()) + " limit :limit offset :offset")
			.params(where.params())
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(TrajectoryRows::listed)
			.list();
		CountKey key = new CountKey(withoutSort(filter), scope);
		Page<Listed> page = PageableExecutionUtils.getPage(rows, pageable,
				() -> this.counts.get(key, (k) -> count(where)));
		if (rows.isEmpty() && pageable.getOffset() > 0 && page.getTotalElements() > pageable.getOffset()) {
			this.counts.invalidate(key);
			page = PageableExecutionUtils.getPage(rows, pageable, () -> this.counts.get(key, (k) -> count(where)));
		}
		return page;
	}

	/**
	 * A trajectory is being written: counts are made afresh, also after the write
	 * commits, so that a count read in between is not kept.
	 */
	void changed() {
		this.instances.changed(this);
	}

	@Override
	public String cacheName() {
		return "trajectory-counts";
	}

	@Override
	public void dropLocally() {
		this.counts.invalidateAll();
	}

	private long count(Where where) {
		return this.jdbc
			.sql("select count(*) from trajectory t"
					+ (where.joinsSchool() ? " join school s on s.id = t.school_id" : "") + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
	}

	private static TrajectoryFilter withoutSort(TrajectoryFilter f) {
		return new TrajectoryFilter(f.schoolYear(), f.projectId(), f.kind(), f.status(), f.schoolId(), f.schoolName(),
				f.partnerId(), f.questionType(), f.text(), null);
	}

	private static Listed listed(ResultSet rs, int row) throws SQLException {
		return new Listed(rs.getLong("id"), TrajectoryKind.valueOf(rs.getString("kind")), rs.getLong("project_id"),
				rs.getInt("school_year"), rs.getLong("school_id"), rs.getObject("partner_id", Long.class),
				TrajectoryStatus.valueOf(rs.getString("status")), rs.getString("pupil_code"),
				rs.getBigDecimal("planned_hours"), rs.getBigDecimal("logged_hours"));
	}

	/** A where clause and its parameters; whether it needs the school's name. */
	private record Where(String sql, Map<String, Object> params, boolean joinsSchool) {
	}

	/**
	 * The same conditions as {@link TrajectoryFilter#specification}, only those given.
	 */
	private static Where where(TrajectoryFilter filter, TrajectoryScope scope) {
		StringBuilder sql = new StringBuilder(" where true");
		Map<String, Object> params = new HashMap<>();
		if (!scope.all()) {
			sql.append(" and (t.project_id = any(:projects) or t.partner_id = :organisation)");
			params.put("projects", scope.projectIds().toArray(Long[]::new));
			params.put("organisation", scope.organisationId());
		}
		condition(sql, params, "t.school_year", "year", filter.schoolYear());
		condition(sql, params, "t.project_id", "project", filter.projectId());
		condition(sql, params, "t.kind", "kind", (filter.kind() != null) ? filter.kind().name() : null);
		condition(sql, params, "t.status", "status", (filter.status() != null) ? filter.status().name() : null);
		condition(sql, params, "t.school_id", "school", filter.schoolId());
		boolean joinsSchool = filter.schoolName() != null && !filter.schoolName().isBlank();
		if (joinsSchool) {
			sql.append(" and lower(s.name) like :schoolName escape '\\'");
			params.put("schoolName", TrajectoryFilter.containing(filter.schoolName()));
		}
		condition(sql, params, "t.partner_id", "partner", filter.partnerId());
		condition(sql, params, "t.question_type", "questionType",
				(filter.questionType() != null) ? filter.questionType().name() : null);
		if (filter.text() != null && !filter.text().isBlank()) {
			sql.append(" and (lower(coalesce(t.pupil_code, '')) like :text escape '\\'"
					+ " or lower(coalesce(t.question, '')) like :text escape '\\'"
					+ " or lower(coalesce(t.coach, '')) like :text escape '\\')");
			params.put("text", TrajectoryFilter.containing(filter.text()));
		}
		return new Where(sql.toString(), params, joinsSchool);
	}

	private static void condition(StringBuilder sql, Map<String, Object> params, String column, String name,
			Object value) {
		if (value != null) {
			sql.append(" and ").append(column).append(" = :").append(name);
			params.put(name, value);
		}
	}

	/** The same order as {@link TrajectoryFilter#toSort}, the id breaking ties. */
	private static String orderBy(String sort) {
		return switch ((sort != null) ? sort : "") {
			case "start" -> "t.start_date desc nulls last, t.id desc";
			case "school" -> "s.name asc, t.id asc";
			case "status" -> "t.status asc, t.id asc";
			case "uren" -> "t.logged_hours desc, t.id desc";
			default -> "t.id desc";
		};
	}

}
