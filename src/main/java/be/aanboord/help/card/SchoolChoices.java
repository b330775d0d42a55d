package be.aanboord.help.card;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The schools of the school register as the card's start page offers them: name, level,
 * postal code and place (read-only; the school module owns the table). The postal code
 * leads to the card's municipality, the level to its levels.
 */
@Component
class SchoolChoices {

	/** Most schools listed at once when searching. */
	static final int MAX_LISTED = 400;

	private static final String COLUMNS = "select id, name, level, postal_code, city from school";

	private final JdbcClient jdbc;

	SchoolChoices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A school to choose: its level is a {@code SchoolLevel} name (KLEUTER, BAO, SO,
	 * BUBAO, BUSO).
	 */
	record SchoolChoice(long id, String name, String level, String postalCode, String city) {
	}

	/**
	 * The schools whose name or place contains the words (all of them, ignoring case), by
	 * name; all schools when there are none; at most {@link #MAX_LISTED}.
	 */
	List<SchoolChoice> search(String words) {
		String text = (words != null) ? words.strip().toLowerCase(Locale.ROOT) : "";
		if (text.isEmpty()) {
			return this.jdbc.sql(COLUMNS + " order by lower(name), id limit " + MAX_LISTED)
				.query(SchoolChoice.class)
				.list();
		}
		String pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return this.jdbc
			.sql(COLUMNS + " where lower(name) like :p or lower(coalesce(city, '')) like :p or postal_code = :code"
					+ " order by lower(name), id limit " + MAX_LISTED)
			.param("p", pattern)
			.param("code", text)
			.query(SchoolChoice.class)
			.list();
	}

	Optional<SchoolChoice> find(long id) {
		return this.jdbc.sql(COLUMNS + " where id = ?").param(id).query(SchoolChoice.class).optional();
	}

}
