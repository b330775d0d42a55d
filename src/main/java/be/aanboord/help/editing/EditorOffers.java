package be.aanboord.help.editing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import be.aanboord.help.CareLevel;
import be.aanboord.help.HelpKind;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The offers as the editors list them, published and archived, with the number of
 * corrections waiting for each: searched by name (case-insensitive, part of the name),
 * filtered by status and level of care, by name; and the published offers whose data was
 * last checked more than {@code aanboord.help.check-after} ago (default {@code P12M}),
 * oldest first (index {@code help_offer_checked_on_idx}).
 */
@Component
class EditorOffers {

	private static final String COLUMNS = """
			select o.id, o.slug, o.name, o.kind, o.care_level, o.status, o.checked_on,
			       (select count(*) from help_correction c
			        where c.offer_id = o.id and c.status = 'PROPOSED') as open_corrections
			from help_offer o
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Period checkAfter;

	EditorOffers(JdbcClient jdbc, Clock clock, @Value("${aanboord.help.check-after:P12M}") Period checkAfter) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.checkAfter = checkAfter;
	}

	/** One offer in the editors' list. */
	record Row(long id, String slug, String name, HelpKind kind, CareLevel careLevel, String status,
			LocalDate checkedOn, long openCorrections) {

		public boolean isArchived() {
			return !"PUBLISHED".equals(this.status);
		}

	}

	/**
	 * The offers matching the filters, by name.
	 * @param name part of the name, or null for all
	 * @param status PUBLISHED, ARCHIVED, or null for both
	 * @param careLevel the level of care, or null for all
	 */
	Page<Row> find(String name, String status, CareLevel careLevel, Pageable page) {
		String where = " where (cast(:name as text) is null or lower(o.name) like :pattern escape '\\')"
				+ " and (cast(:status as text) is null or o.status = :status)"
				+ " and (cast(:care as text) is null or o.care_level = :care)";
		String pattern = (name == null) ? null : "%"
				+ name.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
				+ "%";
		String care = (careLevel != null) ? careLevel.name() : null;
		long total = this.jdbc.sql("select count(*) from help_offer o" + where)
			.param("name", name)
			.param("pattern", pattern)
			.param("status", status)
			.param("care", care)
			.query(Long.class)
			.single();
		List<Row> rows = this.jdbc.sql(COLUMNS + where + " order by lower(o.name), o.id limit :limit offset :offset")
			.param("name", name)
			.param("pattern", pattern)
			.param("status", status)
			.param("care", care)
			.param("limit", page.getPageSize())
			.param("offset", page.getOffset())
			.query(EditorOffers::row)
			.list();
		return new PageImpl<>(rows, page, total);
	}

	/** The day before which a published offer counts as not checked. */
	LocalDate checkedBefore() {
		return LocalDate.now(this.clock).minus(this.checkAfter);
	}

	Period checkAfter() {
		return this.checkAfter;
	}

	/** Published offers last checked before {@link #checkedBefore()}, oldest first. */
	Page<Row> notChecked(Pageable page) {
		LocalDate before = checkedBefore();
		long total = this.jdbc.sql("select count(*) from help_offer where status = 'PUBLISHED' and checked_on < ?")
			.param(before)
			.query(Long.class)
			.single();
		List<Row> rows = this.jdbc
			.sql(COLUMNS + " where o.status = 'PUBLISHED' and o.checked_on < :before"
					+ " order by o.checked_on, o.id limit :limit offset :offset")
			.param("before", before)
			.param("limit", page.getPageSize())
			.param("offset", page.getOffset())
			.query(EditorOffers::row)
			.list();
		return new PageImpl<>(rows, page, total);
	}

	/** Corrections waiting in the queue. */
	long openCorrections() {
		return this.jdbc.sql("select count(*) from help_correction where status = 'PROPOSED'")
			.query(Long.class)
			.single();
	}

	private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Row(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
				HelpKind.valueOf(rs.getString("kind")), CareLevel.valueOf(rs.getString("care_level")),
				rs.getString("status"), rs.getObject("checked_on", LocalDate.class), rs.getLong("open_corrections"));
	}

}
