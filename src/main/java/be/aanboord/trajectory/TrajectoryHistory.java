package be.aanboord.trajectory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A trajectory's change history from its audit trail (written by Hibernate Envers): who
 * changed which field when, old and new value. Read in one query that gives every field
 * as display text, so that comparing two revisions is comparing strings.
 */
@Component
class TrajectoryHistory {

	/** One changed field; field is a message key, values are display text or null. */
	record Change(Instant at, String username, String field, String oldValue, String newValue) {
	}

	/** The audited fields as the query names them, in the order the page lists them. */
	private static final List<String> COLUMNS = List.of("status", "schoolYear", "school", "partner", "startDate",
			"endDate", "plannedHours", "questionType", "level", "question", "evaluation", "referringClbId",
			"referralDate", "waitingPosition", "roundTableDate", "participants", "naftForms", "intensity",
			"durationWeeks", "supplementary", "staffHours", "outcome", "coach");

	private static final String REVISIONS = """
			select r.revtstmp, r.username,
			  a.status as "status", a.school_year || '-' || (a.school_year + 1) as "schoolYear",
			  s.name as "school", p.name as "partner", a.start_date::text as "startDate",
			  a.end_date::text as "endDate", trim_scale(a.planned_hours)::text as "plannedHours",
			  a.question_type as "questionType", a.level as "level", a.question as "question",
			  a.evaluation as "evaluation", c.name as "referringClbId", a.referral_date::text as "referralDate",
			  a.waiting_position::text as "waitingPosition", a.round_table_date::text as "roundTableDate",
			  a.round_table_participants as "participants", a.naft_forms as "naftForms", a.intensity as "intensity",
			  a.duration_weeks::text as "durationWeeks", a.supplementary::text as "supplementary",
			  trim_scale(a.staff_hours)::text as "staffHours", a.outcome as "outcome", a.coach as "coach"
			from trajectory_aud a
			join revinfo r on r.rev = a.rev
			left join school s on s.id = a.school_id
			left join organisation p on p.id = a.partner_id
			left join organisation c on c.id = a.referring_clb_id
			where a.id = ?
			order by a.rev""";

	private record Revision(Instant at, String username, List<String> values) {
	}

	private final JdbcClient jdbc;

	TrajectoryHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The changes, newest first. */
	List<Change> of(Trajectory trajectory) {
		List<Revision> revisions = this.jdbc.sql(REVISIONS)
			.param(trajectory.getId())
			.query((rs, row) -> revision(rs))
			.list();
		List<Change> changes = new ArrayList<>();
		Revision previous = null;
		for (Revision revision : revisions) {
			if (previous == null) {
				changes.add(new Change(revision.at(), revision.username(), "trajectory.history.created", null, null));
			}
			else {
				for (int i = 0; i < COLUMNS.size(); i++) {
					String before = previous.values().get(i);
					String after = revision.values().get(i);
					if (!Objects.equals(before, after)) {
						changes.add(new Change(revision.at(), revision.username(), "trajectory.field." + COLUMNS.get(i),
								before, after));
					}
				}
			}
			previous = revision;
		}
		return changes.reversed();
	}

	private static Revision revision(ResultSet rs) throws SQLException {
		List<String> values = new ArrayList<>(COLUMNS.size());
		for (String column : COLUMNS) {
			values.add(rs.getString(column));
		}
		return new Revision(Instant.ofEpochMilli(rs.getLong("revtstmp")), rs.getString("username"), values);
	}

}
