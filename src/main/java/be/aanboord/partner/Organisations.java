package be.aanboord.partner;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The partner organisations as other modules see them: by id, as small read-only records.
 * Other modules keep an organisation's id, never the entity.
 */
@Service
public class Organisations {

	private static final String COLUMNS = "select id, name, category, clb from organisation";

	private final JdbcClient jdbc;

	Organisations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An organisation: its id, name, category and whether it is a CLB. */
	public record OrganisationSummary(long id, String name, OrganisationCategory category, boolean clb) {
	}

	/** All organisations, by name. */
	public List<OrganisationSummary> all() {
		return this.jdbc.sql(COLUMNS + " order by name").query(OrganisationSummary.class).list();
	}

	/** The centres for pupil guidance (CLBs), by name. */
	public List<OrganisationSummary> clbs() {
		return this.jdbc.sql(COLUMNS + " where clb order by name").query(OrganisationSummary.class).list();
	}

	/** The organisation with the id, if there is one. */
	public Optional<OrganisationSummary> find(long id) {
		return this.jdbc.sql(COLUMNS + " where id = ?").param(id).query(OrganisationSummary.class).optional();
	}

	/**
	 * The names of the organisations with these ids, in one query (ids not found are left
	 * out).
	 */
	public Map<Long, String> names(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql("select id, name from organisation where id in (:ids)")
			.param("ids", ids)
			.query((row, n) -> Map.entry(row.getLong("id"), row.getString("name")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

}
