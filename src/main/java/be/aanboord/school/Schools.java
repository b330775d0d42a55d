package be.aanboord.school;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The schools as other modules see them: by id, as small read-only records. Other modules
 * keep a school's id, never the entity.
 */
@Service
public class Schools {

	private static final String COLUMNS = "select id, name, level, clb_id from school";

	private final JdbcClient jdbc;

	Schools(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A school: its id, name, level and the id of its CLB (null when not known). */
	public record SchoolSummary(long id, String name, SchoolLevel level, Long clbId) {
	}

	/** All schools, by name. */
	public List<SchoolSummary> all() {
		return this.jdbc.sql(COLUMNS + " order by name, id").query(SchoolSummary.class).list();
	}

	/** The schools with these ids, by name (one query). */
	public List<SchoolSummary> all(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(COLUMNS + " where id in (:ids) order by name, id")
			.param("ids", ids)
			.query(SchoolSummary.class)
			.list();
	}

	/**
	 * A school with where it is: its postal code (four digits for a Belgian address) and
	 * place, either of which may be {@code null} when not registered.
	 */
	public record SchoolAddress(long id, String name, SchoolLevel level, String postalCode, String city) {
	}

	private static final String ADDRESS_COLUMNS = "select id, name, level, postal_code, city from school";

	/** The school with its address, empty when there is no such school. */
	public Optional<SchoolAddress> withAddress(long id) {
		return this.jdbc.sql(ADDRESS_COLUMNS + " where id = ?").param(id).query(SchoolAddress.class).optional();
	}

	/**
	 * The schools whose name or place contains {@code words} (ignoring case), or whose
	 * postal code is {@code words}, by name; all schools when {@code words} is blank; at
	 * most {@code max}.
	 */
	public List<SchoolAddress> withAddress(String words, int max) {
		String text = (words != null) ? words.strip().toLowerCase(Locale.ROOT) : "";
		if (text.isEmpty()) {
			return this.jdbc.sql(ADDRESS_COLUMNS + " order by lower(name), id limit :max")
				.param("max", max)
				.query(SchoolAddress.class)
				.list();
		}
		String pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return this.jdbc
			.sql(ADDRESS_COLUMNS + " where lower(name) like :p or lower(coalesce(city, '')) like :p"
					+ " or postal_code = :code order by lower(name), id limit :max")
			.param("p", pattern)
			.param("code", text)
			.param("max", max)
			.query(SchoolAddress.class)
			.list();
	}

	public Optional<SchoolSummary> find(long id) {
		return this.jdbc.sql(COLUMNS + " where id = ?").param(id).query(SchoolSummary.class).optional();
	}

	/**
	 * The member schools of a learning network in a school year (as recorded on the
	 * schools' pages), by name.
	 */
	public List<SchoolSummary> members(LearningNetwork network, int startYear) {
		return this.jdbc.sql("""
				select s.id, s.name, s.level, s.clb_id from school s
				join school_network_membership m on m.school_id = s.id
				where m.network = ? and m.school_year = ? order by s.name, s.id""")
			.params(network.name(), startYear)
			.query(SchoolSummary.class)
			.list();
	}

	/** The school years in which the learning network has members, newest first. */
	public List<Integer> memberYears(LearningNetwork network) {
		return this.jdbc
			.sql("select distinct school_year from school_network_membership where network = ? "
					+ "order by school_year desc")
			.param(network.name())
			.query(Integer.class)
			.list();
	}

}
