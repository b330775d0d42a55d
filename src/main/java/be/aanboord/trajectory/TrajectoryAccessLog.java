package be.aanboord.trajectory;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import be.aanboord.account.CurrentUser;
import be.aanboord.system.Formats;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Append-only log of every read and write of a pupil-level trajectory (NAFT, bridge
 * coaching). The database refuses updates and deletes of its rows.
 */
@Component
class TrajectoryAccessLog {

	enum Action {

		READ, LIST, CREATE, UPDATE, SESSION, SESSION_EDIT, SESSION_REMOVE, EXPORT

	}

	/** One row as the log shows it: who by display name, roles as their constants. */
	record Entry(OffsetDateTime at, String who, List<String> roles, long trajectoryId, String pupilCode,
			String action) {
	}

	private final JdbcClient jdbc;

	TrajectoryAccessLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(CurrentUser user, Trajectory trajectory, Action action) {
		if (trajectory.getKind().isPupilLevel()) {
			this.jdbc
				.sql("insert into trajectory_access_log (account_id, username, roles, trajectory_id, action) "
						+ "values (?, ?, ?, ?, ?)")
				.params(user.getId(), user.getUsername(), roles(user), trajectory.getId(), action.name())
				.update();
		}
	}

	/** One row per pupil-level trajectory among these, written in one statement. */
	void recordAll(CurrentUser user, Collection<Trajectory> trajectories, Action action) {
		recordPupilLevel(user,
				trajectories.stream()
					.filter((t) -> t.getKind().isPupilLevel())
					.map(Trajectory::getId)
					.toArray(Long[]::new),
				action);
	}

	/** The same for the rows of the list. */
	void recordAllListed(CurrentUser user, Collection<TrajectoryRows.Listed> rows, Action action) {
		recordPupilLevel(user,
				rows.stream()
					.filter((t) -> t.kind().isPupilLevel())
					.map(TrajectoryRows.Listed::id)
					.toArray(Long[]::new),
				action);
	}

	/** One row per id (of pupil-level trajectories), in one statement. */
	private void recordPupilLevel(CurrentUser user, Long[] ids, Action action) {
		if (ids.length > 0) {
			this.jdbc
				.sql("insert into trajectory_access_log (account_id, username, roles, trajectory_id, action) "
						+ "select ?, ?, ?, id, ? from unnest(?) as id")
				.params(user.getId(), user.getUsername(), roles(user), action.name(), ids)
				.update();
		}
	}

	private static String roles(CurrentUser user) {
		return user.getRoles().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
	}

	/**
	 * One page of the log, newest first, filtered; only the filters given are part of the
	 * query, so that each one uses its index.
	 */
	Page<Entry> page(AccessLogFilter filter, Pageable pageable) {
		StringBuilder where = new StringBuilder(" where true");
		Map<String, Object> params = new HashMap<>();
		if (filter.getTraject() != null) {
			where.append(" and l.trajectory_id = :trajectory");
			params.put("trajectory", filter.getTraject());
		}
		if (filter.pupilCode() != null) {
			where.append(" and l.trajectory_id in (select t.id from trajectory t where t.pupil_code = :code)");
			params.put("code", filter.pupilCode());
		}
		if (filter.user() != null) {
			where.append(" and l.account_id in (select u.id from account u where lower(u.username) = lower(:user)"
					+ " or lower(u.display_name) like :userLike escape '\\')");
			params.put("user", filter.user());
			params.put("userLike", "%" + like(filter.user().toLowerCase(Locale.ROOT)) + "%");
		}
		if (filter.getVan() != null) {
			where.append(" and l.at >= :from");
			params.put("from", filter.getVan().atStartOfDay(Formats.BRUSSELS).toOffsetDateTime());
		}
		if (filter.getTot() != null) {
			where.append(" and l.at < :to");
			params.put("to", filter.getTot().plusDays(1).atStartOfDay(Formats.BRUSSELS).toOffsetDateTime());
		}
		List<Entry> entries = this.jdbc.sql("""
				select l.at, coalesce(u.display_name, l.username) as who, l.roles, l.trajectory_id,
				  t.pupil_code, l.action
				from trajectory_access_log l
				left join account u on u.id = l.account_id
				left join trajectory t on t.id = l.trajectory_id""" + where + """

				order by l.at desc, l.id desc limit :limit offset :offset""")
			.params(params)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query((rs, row) -> new Entry(rs.getObject("at", OffsetDateTime.class), rs.getString("who"),
					List.of(rs.getString("roles").split(",")), rs.getLong("trajectory_id"), rs.getString("pupil_code"),
					rs.getString("action")))
			.list();
		long total = this.jdbc.sql("select count(*) from trajectory_access_log l" + where)
			.params(params)
			.query(Long.class)
			.single();
		return new PageImpl<>(entries, pageable, total);
	}

	/** Text matched literally by like: its wildcards and the escape character escaped. */
	private static String like(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
