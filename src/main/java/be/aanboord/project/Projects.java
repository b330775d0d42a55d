package be.aanboord.project;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The lab's projects as other modules see them: by id, as small read-only records
 * (reference data from migration V3). Other modules keep a project's id, never the
 * entity.
 */
@Service
public class Projects {

	private static final String COLUMNS = "select id, code, slug, name, summary, position from project";

	private final JdbcClient jdbc;

	/**
	 * The projects by id as last read: projects are reference data that only migrations
	 * write, so {@link #find} answers from here and reads the table again only for an id
	 * it does not know.
	 */
	private volatile Map<Long, ProjectSummary> known = Map.of();

	Projects(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A project: its id, code ({@code RISK_BAO}, {@code NAFT}…), address slug, name, one
	 * line on what it does, and place in the lab's order.
	 */
	public record ProjectSummary(long id, String code, String slug, String name, String summary, int position) {
	}

	/** All projects, in the lab's order. */
	public List<ProjectSummary> all() {
		return this.jdbc.sql(COLUMNS + " order by position, id").query(ProjectSummary.class).list();
	}

	/** The projects with these ids, in the lab's order (one query). */
	public List<ProjectSummary> all(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(COLUMNS + " where id in (:ids) order by position, id")
			.param("ids", ids)
			.query(ProjectSummary.class)
			.list();
	}

	/**
	 * The project with the id, if there is one; without a query once the id is known (see
	 * {@link #known}).
	 */
	public Optional<ProjectSummary> find(long id) {
		ProjectSummary project = this.known.get(id);
		if (project == null) {
			this.known = all().stream().collect(Collectors.toUnmodifiableMap(ProjectSummary::id, Function.identity()));
			project = this.known.get(id);
		}
		return Optional.ofNullable(project);
	}

	public Optional<ProjectSummary> findBySlug(String slug) {
		return this.jdbc.sql(COLUMNS + " where slug = ?").param(slug).query(ProjectSummary.class).optional();
	}

	public Optional<ProjectSummary> findByCode(String code) {
		return this.jdbc.sql(COLUMNS + " where code = ?").param(code).query(ProjectSummary.class).optional();
	}

	/**
	 * The id of a project's action plan for a school year (its start year), if the lab
	 * made one.
	 */
	public Optional<Long> actionPlanId(long projectId, int startYear) {
		return this.jdbc.sql("select id from action_plan where project_id = ? and school_year = ?")
			.params(projectId, startYear)
			.query(Long.class)
			.optional();
	}

}
