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
import java.util.stream.Stream;

import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import be.aanboord.account.CurrentUser;
import be.aanboord.partner.Organisations;
import be.aanboord.project.Projects;
import be.aanboord.project.SchoolYear;
import be.aanboord.school.Schools;
import be.aanboord.system.Formats;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import org.hibernate.annotations.Formula;
import org.hibernate.envers.NotAudited;

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

		TEXT, DATE, HOURS, NUMBER, YES_NO, LABEL, LABELS, SCHOOL_YEAR, PROJECT, SCHOOL, ORGANISATION

	}

	/**
	 * An audited field: its name (the message {@code trajectory.field.<name>} labels it),
	 * its column in {@code trajectory_aud}, how its value is shown, and for choices the
	 * enum whose messages label the values.
	 */
	record Field(String name, String column, Shown shown, String labels) {

		/**
		 * The value as text in the query: hours without trailing zeros, else as stored.
		 */
		String selected() {
			return (this.shown == Shown.HOURS) ? "trim_scale(a." + this.column + ")::text"
					: "a." + this.column + "::text";
		}

	}

	/** Fields that hold another module's id, or a school year, by their name. */
	private static final Map<String, Shown> REFERENCES = Map.of("projectId", Shown.PROJECT, "schoolId", Shown.SCHOOL,
			"partnerId", Shown.ORGANISATION, "referringClbId", Shown.ORGANISATION, "schoolYear", Shown.SCHOOL_YEAR);

	/**
	 * The audited fields, in the page's order: read from the entity and its parts (every
	 * persistent field that Envers audits, in the order they are declared), so that a
	 * field added to {@link Trajectory} or one of its details is in the history without
	 * more. Its label is the message {@code trajectory.field.<name>} (for an id,
	 * {@code trajectory.field.<name without Id>} when there is none).
	 */
	static final List<Field> FIELDS = auditedFields(Trajectory.class, new ArrayList<>());

	private static List<Field> auditedFields(Class<?> type, List<Field> fields) {
		for (java.lang.reflect.Field field : type.getDeclaredFields()) {
			if (Modifier.isStatic(field.getModifiers()) || field.isAnnotationPresent(Id.class)
					|| field.isAnnotationPresent(Version.class) || field.isAnnotationPresent(NotAudited.class)
					|| field.isAnnotationPresent(Formula.class) || field.isAnnotationPresent(Transient.class)) {
				continue;
			}
			if (field.isAnnotationPresent(Embedded.class)) {
				auditedFields(field.getType(), fields);
				continue;
			}
			Column column = field.getAnnotation(Column.class);
			String name = (column != null && !column.name().isEmpty()) ? column.name() : snakeCase(field.getName());
			fields.add(field(field, name));
		}
		return List.copyOf(fields);
	}

	private static Field field(java.lang.reflect.Field field, String column) {
		Class<?> type = field.getType();
		String name = field.getName();
		if (REFERENCES.containsKey(name)) {
			return new Field(name, column, REFERENCES.get(name), null);
		}
		if (type.isEnum()) {
			return new Field(name, column, Shown.LABEL, type.getSimpleName());
		}
		if (Set.class.isAssignableFrom(type)) {
			Type element = ((ParameterizedType) field.getGenericType()).getActualTypeArguments()[0];
			return new Field(name, column, Shown.LABELS, ((Class<?>) element).getSimpleName());
		}
		if (type == LocalDate.class) {
			return new Field(name, column, Shown.DATE, null);
		}
		if (type == BigDecimal.class) {
			return new Field(name, column, Shown.HOURS, null);
		}
		if (type == Boolean.class || type == boolean.class) {
			return new Field(name, column, Shown.YES_NO, null);
		}
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
			return new Field(name, column, Shown.NUMBER, null);
		}
		return new Field(name, column, Shown.TEXT, null);
	}

	private static String snakeCase(String name) {
		return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
	}

	/**
	 * The audited columns the history shows, for the test that compares them with the
	 * audit table.
	 */
	static Set<String> columns() {
		return FIELDS.stream().map(Field::column).collect(Collectors.toSet());
	}

	/**
	 * A session's fields in the order of the query's array (old values, then new ones).
	 */
	private static final List<Field> SESSION_FIELDS = List.of(new Field("date", "session_date", Shown.DATE, null),
			new Field("hours", "hours", Shown.HOURS, null), new Field("activity", "activity", Shown.TEXT, null),
			new Field("note", "note", Shown.TEXT, null));

	/**
	 * The trajectory's revisions (source T, in revision order) and its sessions'
	 * corrections (source S), each with who made it (display name; for a trajectory
	 * entered before the portal, who entered it) and its values as text, the trajectory's
	 * in the order of {@link #FIELDS}.
	 */
	private static final String CHANGES = """
			select 'T' as source, a.rev as seq, r.revtstmp as at,
			  coalesce(u.display_name, case when a.revtype = 0 then t.logged_by_name end, r.username) as who,
			  array[%s] as vals
			from trajectory_aud a
			join revinfo r on r.rev = a.rev
			left join trajectory t on t.id = a.id
			left join account u on lower(u.username) = lower(r.username)
			where a.id = :id
			union all
			select 'S', x.id, (extract(epoch from x.at) * 1000)::bigint, coalesce(u.display_name, x.username),
			  array[x.action, x.old_session_date::text, trim_scale(x.old_hours)::text, x.old_activity, x.old_note,
			    x.new_session_date::text, trim_scale(x.new_hours)::text, x.new_activity, x.new_note]
			from trajectory_session_change x
			left join account u on u.id = x.account_id
			where x.trajectory_id = :id
			order by source desc, seq"""
		.formatted(FIELDS.stream().map(Field::selected).collect(Collectors.joining(", ")));

	private record Row(boolean session, Instant at, String who, List<String> values) {
	}

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final Projects projects;

	private final Schools schools;

	private final Organisations organisations;

	TrajectoryHistory(JdbcClient jdbc, MessageSource messages, Projects projects, Schools schools,
			Organisations organisations) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.projects = projects;
		this.schools = schools;
		this.organisations = organisations;
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
		Map<Shown, Map<Long, String>> names = names(rows);
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
						changes.add(new Change(row.at(), row.who(), label(field, locale),
								shown(field, before, locale, formats, names),
								shown(field, after, locale, formats, names)));
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
		String oldDate = shown(SESSION_FIELDS.get(0), values.get(1), locale, formats, Map.of());
		if ("REMOVE".equals(values.get(0))) {
			String summary = this.messages.getMessage("trajectory.history.sessionSummary",
					new Object[] { oldDate, shown(SESSION_FIELDS.get(1), values.get(2), locale, formats, Map.of()),
							(values.get(3) != null) ? values.get(3) : message("trajectory.anonymised", locale) },
					locale);
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
				changes.add(new Change(row.at(), row.who(), label, shown(field, before, locale, formats, Map.of()),
						shown(field, after, locale, formats, Map.of())));
			}
		}
	}

	/**
	 * The names of the projects, schools and organisations that changed between revisions
	 * (the only ones shown), one query per module that has any.
	 */
	private Map<Shown, Map<Long, String>> names(List<Row> rows) {
		Map<Shown, Set<Long>> ids = new EnumMap<>(Shown.class);
		Row previous = null;
		for (Row row : rows) {
			if (row.session()) {
				continue;
			}
			for (int i = 0; previous != null && i < FIELDS.size(); i++) {
				Shown shown = FIELDS.get(i).shown();
				String before = previous.values().get(i);
				String after = row.values().get(i);
				if (!Objects.equals(before, after)
						&& (shown == Shown.PROJECT || shown == Shown.SCHOOL || shown == Shown.ORGANISATION)) {
					Set<Long> changed = ids.computeIfAbsent(shown, (key) -> new HashSet<>());
					Stream.of(before, after).filter(Objects::nonNull).map(Long::valueOf).forEach(changed::add);
				}
			}
			previous = row;
		}
		Map<Shown, Map<Long, String>> names = new EnumMap<>(Shown.class);
		names.put(Shown.PROJECT,
				this.projects.all(ids.getOrDefault(Shown.PROJECT, Set.of()))
					.stream()
					.collect(Collectors.toMap(Projects.ProjectSummary::id, Projects.ProjectSummary::name)));
		names.put(Shown.SCHOOL,
				this.schools.all(ids.getOrDefault(Shown.SCHOOL, Set.of()))
					.stream()
					.collect(Collectors.toMap(Schools.SchoolSummary::id, Schools.SchoolSummary::name)));
		names.put(Shown.ORGANISATION, this.organisations.names(ids.getOrDefault(Shown.ORGANISATION, Set.of())));
		return names;
	}

	/**
	 * The field's label: {@code trajectory.field.<name>}, or for an id the name without
	 * "Id".
	 */
	private String label(Field field, Locale locale) {
		String key = "trajectory.field." + field.name();
		String label = this.messages.getMessage(key, null, null, locale);
		if (label == null && field.name().endsWith("Id")) {
			label = this.messages.getMessage(key.substring(0, key.length() - 2), null, null, locale);
		}
		return (label != null) ? label : key;
	}

	/** A value as the page shows it, or null when there is none. */
	private String shown(Field field, String value, Locale locale, Formats formats,
			Map<Shown, Map<Long, String>> names) {
		if (value == null || value.isEmpty()) {
			return null;
		}
		return switch (field.shown()) {
			case TEXT -> value;
			case SCHOOL_YEAR -> new SchoolYear(Integer.parseInt(value)).getLabel();
			case PROJECT, SCHOOL, ORGANISATION -> names.getOrDefault(field.shown(), Map.of()).get(Long.valueOf(value));
			case DATE -> formats.date(LocalDate.parse(value));
			case HOURS -> formats.hours(new BigDecimal(value));
			case NUMBER -> formats.number(new BigDecimal(value));
			case YES_NO -> message("trajectory." + field.name() + ("true".equals(value) ? ".yes" : ".no"), locale);
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
