package be.aanboord.trajectory;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import be.aanboord.account.CurrentUser;

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

		READ, LIST, CREATE, UPDATE, SESSION, EXPORT

	}

	record Entry(java.time.OffsetDateTime at, String username, String roles, long trajectoryId, String action) {
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
		Long[] ids = trajectories.stream()
			.filter((t) -> t.getKind().isPupilLevel())
			.map(Trajectory::getId)
			.toArray(Long[]::new);
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

	Page<Entry> page(Long trajectoryId, Pageable pageable) {
		List<Entry> entries = this.jdbc.sql("""
				select at, username, roles, trajectory_id, action from trajectory_access_log
				where (cast(:trajectory as bigint) is null or trajectory_id = :trajectory)
				order by at desc, id desc limit :limit offset :offset""")
			.param("trajectory", trajectoryId)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(Entry.class)
			.list();
		long total = this.jdbc.sql("""
				select count(*) from trajectory_access_log
				where (cast(:trajectory as bigint) is null or trajectory_id = :trajectory)""")
			.param("trajectory", trajectoryId)
			.query(Long.class)
			.single();
		return new PageImpl<>(entries, pageable, total);
	}

}
