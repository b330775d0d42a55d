package be.aanboord.trajectory;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import be.aanboord.account.CurrentUser;
import be.aanboord.system.Formats;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A trajectory's change history: who changed which field when, old and new value, and
 * which sessions were corrected or removed. The trajectory's own changes come from its
 * audit trail (written by Hibernate Envers), the sessions' from
 * {@code trajectory_session_change}; both are read in one query that gives every value as
 * text, so that comparing two revisions is comparing strings. What the page shows is in
 * the user's language: labels of statuses, kinds, levels and other choices, dates and
 * hours as the portal writes them, and people by their display name.
 */
@Component
class TrajectoryHistory {

	/** One change as the page shows it: field, old and new value are display text. */
	record Change(Instant at, String who, String field, String oldValue, String newValue) {
	}

	/** What a session holds, before or after a correction. */
	record SessionValues(LocalDate sessionDate, BigDecimal hours, String activity, String note) {

		static SessionValues of(TrajectorySession session) {
			return new SessionValues(session.getSessionDate(), session.getHours().stripTrailingZeros(),
					session.getActivity(), session.getNote());
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof SessionValues that && Objects.equals(this.sessionDate, that.sessionDate)
					&& this.hours.compareTo(that.hours) == 0 && Objects.equals(this.activity, that.activity)
					&& Objects.equals(this.note, that.note);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.sessionDate, this.activity, this.note);
		}

	}

	/** How a field's value is written. */
	private enum Shown {

		TEXT, DATE, HOURS, NUMBER, YES_NO, LABEL, LABELS

	}

	/** An audited field as the query names it, with how its value is shown. */
	private record Field(String name, Shown shown, String labels) {
	}

	/**
	 * The audited fields in the order of the query's array, which is the page's order.
	 */
	private static final List<Field> FIELDS = List.of(new Field("status", Shown.LABEL, "TrajectoryStatus"),
			new Field("schoolYear", Shown.TEXT, null), new Field("school", Shown.TEXT, null),
			new Field("partner", Shown.TEXT, null), new Field("startDate", Shown.DATE, null),
			new Field("endDate", Shown.DATE, null), new Field("plannedHours", Shown.HOURS, null),
			new Field("questionType", Shown.LABEL, "QuestionType"), new Field("level", Shown.LABEL, "TrajectoryLevel"),
			new Field("question", Shown.TEXT, null), new Field("evaluation", Shown.TEXT, null),
			new Field("referringClbId", Shown.TEXT, null), new Field("referralDate", Shown.DATE, null),
			new Field("waitingPosition", Shown.NUMBER, null), new Field("roundTableDate", Shown.DATE, null),
			new Field("participants", Shown.LABELS, "RoundTableParticipant"),
			new Field("naftForms", Shown.LABELS, "NaftForm"), new Field("intensity", Shown.TEXT, null),
			new Field("durationWeeks", Shown.NUMBER, null), new Field("supplementary", Shown.YES_NO, null),
			new Field("staffHours", Shown.HOURS, null), new Field("outcome", Shown.LABEL, "NaftOutcome"),
			new Field("coach", Shown.TEXT, null));

	/**
	 * A session's fields in the order of the query's array (old values, then new ones).
	 */
	private static final List<Field> SESSION_FIELDS = List.of(new Field("date", Shown.DATE, null),
			new Field("hours", Shown.HOURS, null), new Field("activity", Shown.TEXT, null),
			new Field("note", Shown.TEXT, null));

	/**
	 * The trajectory's revisions (source T, in revision order) and its sessions'
	 * corrections (source S), each with who made it (display name; for a trajectory
	 * entered before the portal, who entered it) and its values as text.
	 */
	private static final String CHANGES = """
			select 'T' as source, a.rev as seq, r.revtstmp as at,
			  coalesce(u.display_name, case when a.revtype = 0 then t.logged_by_name end, r.username) as who,
			  array[a.status, a.school_year || '-' || (a.school_year + 1), s.name, p.name, a.start_date::text,
			    a.end_date::text, trim_scale(a.planned_hours)::text, a.question_type, a.level, a.question,
			    a.evaluation, c.name, a.referral_date::text, a.waiting_position::text, a.round_table_date::text,
			    a.round_table_participants, a.naft_forms, a.intensity, a.duration_weeks::text,
			    a.supplementary::text, trim_scale(a.staff_hours)::text, a.outcome, a.coach] as vals
			from trajectory_aud a
			join revinfo r on r.rev = a.rev
			left join trajectory t on t.id = a.id
			left join account u on lower(u.username) = lower(r.username)
			left join school s on s.id = a.school_id
			left join organisation p on p.id = a.partner_id
			left join organisation c on c.id = a.referring_clb_id
			where a.id = :id
			union all
			select 'S', x.id, (extract(epoch from x.at) * 1000)::bigint, coalesce(u.display_name, x.username),
			  array[x.action, x.old_session_date::text, trim_scale(x.old_hours)::text, x.old_activity, x.old_note,
			    x.new_session_date::text, trim_scale(x.new_hours)::text, x.new_activity, x.new_note]
			from trajectory_session_change x
			left join account u on u.id = x.account_id
			where x.trajectory_id = :id
			order by source desc, seq""";

	private record Row(boolean session, Instant at, String who, List<String> values) {
	}

	private final JdbcClient jdbc;

	private final MessageSource messages;

	TrajectoryHistory(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	/**
	 * Keeps a correction (after is a session's new values) or a removal (after is null).
	 */
	void sessionCorrected(CurrentUser user, TrajectorySession session, SessionValues before, SessionValues after) {
		this.jdbc.sql("""
				insert into trajectory_session_change (trajectory_id, session_id, account_id, username, action,
				  old_session_date, old_hours, old_activity, old_note, new_session_date, new_hours, new_activity,
				  new_note) values (:trajectory, :session, :account, :username, :action, :oldDate, :oldHours,
				  :oldActivity, :oldNote, :newDate, :newHours, :newActivity, :newNote)""")
			.param("trajectory", session.getTrajectory().getId())
			.param("session", session.getId())
			.param("account", user.getId())
			.param("username", user.getUsername())
			.param("action", (after != null) ? "EDIT" : "REMOVE")
			.param("oldDate", before.sessionDate())
			.param("oldHours", before.hours())
			.param("oldActivity", before.activity())
			.param("oldNote", before.note())
			.param("newDate", (after != null) ? after.sessionDate() : null, java.sql.Types.DATE)
			.param("newHours", (after != null) ? after.hours() : null, java.sql.Types.NUMERIC)
			.param("newActivity", (after != null) ? after.activity() : null, java.sql.Types.VARCHAR)
			.param("newNote", (after != null) ? after.note() : null, java.sql.Types.VARCHAR)
			.update();
	}

	/** The changes, newest first, in the language of the request. */
	List<Change> of(Trajectory trajectory) {
		List<Row> rows = this.jdbc.sql(CHANGES).param("id", trajectory.getId()).query((rs, n) -> row(rs)).list();
		Locale locale = LocaleContextHolder.getLocale();
		Formats formats = Formats.of(locale);
		List<Change> changes = new ArrayList<>();
		Row previous = null;
		for (Row row : rows) {
			if (row.session()) {
				sessionChanges(row, locale, formats, changes);
				continue;
			}
			if (previous == null) {
				changes.add(new Change(row.at(), row.who(), message("trajectory.history.created", locale), null, null));
			}
			else {
				for (int i = 0; i < FIELDS.size(); i++) {
					String before = previous.values().get(i);
					String after = row.values().get(i);
					if (!Objects.equals(before, after)) {
						Field field = FIELDS.get(i);
						changes.add(new Change(row.at(), row.who(), message("trajectory.field." + field.name(), locale),
								shown(field, before, locale, formats), shown(field, after, locale, formats)));
					}
				}
			}
			previous = row;
		}
		changes.sort(Comparator.comparing(Change::at).reversed());
		return changes;
	}

	private void sessionChanges(Row row, Locale locale, Formats formats, List<Change> changes) {
		List<String> values = row.values();
		String oldDate = shown(SESSION_FIELDS.get(0), values.get(1), locale, formats);
		if ("REMOVE".equals(values.get(0))) {
			String summary = this.messages.getMessage("trajectory.history.sessionSummary", new Object[] { oldDate,
					shown(SESSION_FIELDS.get(1), values.get(2), locale, formats), values.get(3) }, locale);
			changes.add(new Change(row.at(), row.who(),
					this.messages.getMessage("trajectory.history.sessionRemoved", new Object[] { oldDate }, locale),
					summary, null));
			return;
		}
		for (int i = 0; i < SESSION_FIELDS.size(); i++) {
			String before = values.get(1 + i);
			String after = values.get(1 + SESSION_FIELDS.size() + i);
			if (!Objects.equals(before, after)) {
				Field field = SESSION_FIELDS.get(i);
				String label = this.messages.getMessage("trajectory.history.sessionField",
						new Object[] { oldDate, message("trajectory.session." + field.name(), locale) }, locale);
				changes.add(new Change(row.at(), row.who(), label, shown(field, before, locale, formats),
						shown(field, after, locale, formats)));
			}
		}
	}

	/** A value as the page shows it, or null when there is none. */
	private String shown(Field field, String value, Locale locale, Formats formats) {
		if (value == null || value.isEmpty()) {
			return null;
		}
		return switch (field.shown()) {
			case TEXT -> value;
			case DATE -> formats.date(LocalDate.parse(value));
			case HOURS -> formats.hours(new BigDecimal(value));
			case NUMBER -> formats.number(new BigDecimal(value));
			case YES_NO ->
				message("true".equals(value) ? "trajectory.supplementary.yes" : "trajectory.supplementary.no", locale);
			case LABEL -> label(field.labels(), value, locale);
			case LABELS -> Arrays.stream(value.split(","))
				.map((one) -> label(field.labels(), one.strip(), locale))
				.collect(Collectors.joining(", "));
		};
	}

	private String label(String labels, String constant, Locale locale) {
		return this.messages.getMessage(labels + "." + constant, null, constant, locale);
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	private static Row row(ResultSet rs) throws SQLException {
		String[] values = (String[]) rs.getArray("vals").getArray();
		return new Row("S".equals(rs.getString("source")), Instant.ofEpochMilli(rs.getLong("at")), rs.getString("who"),
				Arrays.asList(values));
	}

}
