package be.aanboord.help.editing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The history of every change to an offer (table {@code help_offer_change}, append-only):
 * who (an account, {@code null} once the account is deleted), when, what kind of change,
 * the fields that changed as {@code field → [before, after]} (JSON; values as text, an
 * empty value as {@code null}) and the correction it applied, if any. Written in the
 * transaction of the change itself.
 */
@Component
class OfferHistory {

	private static final JsonMapper JSON = new JsonMapper();

	private static final TypeReference<LinkedHashMap<String, List<String>>> FIELDS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	OfferHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One change of one field, values as stored (text; dates as {@code yyyy-MM-dd}, sets
	 * as names separated by commas).
	 */
	record FieldChange(String field, String before, String after) {

		/** The value before as a date, for {@code checkedOn}; null otherwise. */
		public java.time.LocalDate getBeforeDate() {
			return date(this.before);
		}

		public java.time.LocalDate getAfterDate() {
			return date(this.after);
		}

		private static java.time.LocalDate date(String value) {
			return (value != null && value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) ? java.time.LocalDate.parse(value)
					: null;
		}

	}

	/**
	 * One row of the history: {@code who} is the account's display name, or {@code null}
	 * when the account was deleted.
	 */
	record Entry(long id, Instant changedAt, String who, ChangeKind kind, Long correctionId, List<FieldChange> fields) {
	}

	/**
	 * The fields whose value differs between the two snapshots (same keys, in the order
	 * of {@code before}), as {@code field → [before, after]}.
	 */
	static Map<String, List<String>> diff(Map<String, String> before, Map<String, String> after) {
		Map<String, List<String>> changed = new LinkedHashMap<>();
		before.forEach((field, old) -> {
			String now = after.get(field);
			if (!Objects.equals(old, now)) {
				List<String> pair = new ArrayList<>(2);
				pair.add(old);
				pair.add(now);
				changed.put(field, pair);
			}
		});
		return changed;
	}

	void record(long offerId, Long accountId, Long correctionId, ChangeKind kind, Map<String, List<String>> fields,
			Instant at) {
		this.jdbc.sql("""
				insert into help_offer_change (offer_id, changed_at, changed_by, correction_id, kind, fields)
				values (?, ?, ?, ?, ?, cast(? as jsonb))""")
			.params(offerId, java.sql.Timestamp.from(at), accountId, correctionId, kind.name(),
					JSON.writeValueAsString(fields))
			.update();
	}

	/** The offer's history, newest first. */
	Page<Entry> of(long offerId, Pageable page) {
		long total = this.jdbc.sql("select count(*) from help_offer_change where offer_id = ?")
			.param(offerId)
			.query(Long.class)
			.single();
		List<Entry> rows = this.jdbc.sql("""
				select c.id, c.changed_at, a.display_name, c.kind, c.correction_id, c.fields::text as fields
				from help_offer_change c left join account a on a.id = c.changed_by
				where c.offer_id = ?
				order by c.changed_at desc, c.id desc
				limit ? offset ?""")
			.params(offerId, page.getPageSize(), page.getOffset())
			.query((rs, n) -> new Entry(rs.getLong("id"), rs.getTimestamp("changed_at").toInstant(),
					rs.getString("display_name"), ChangeKind.valueOf(rs.getString("kind")),
					(Long) rs.getObject("correction_id", Long.class), fields(rs.getString("fields"))))
			.list();
		return new PageImpl<>(rows, page, total);
	}

	private static List<FieldChange> fields(String json) {
		List<FieldChange> changes = new ArrayList<>();
		JSON.readValue(json, FIELDS)
			.forEach((field, pair) -> changes.add(new FieldChange(field, pair.isEmpty() ? null : pair.get(0),
					(pair.size() < 2) ? null : pair.get(1))));
		return changes;
	}

}
