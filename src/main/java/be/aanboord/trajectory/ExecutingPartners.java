package be.aanboord.trajectory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisations that execute trajectories for each project, as the lab decided: the
 * trajectory form offers only these as executing partner.
 */
@Component
class ExecutingPartners {

	/** One organisation that executes trajectories for one project. */
	record Choice(long projectId, long id, String name) {
	}

	private final JdbcClient jdbc;

	ExecutingPartners(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Per project (in the order given), its organisations by name; every project has a
	 * list.
	 */
	Map<Long, List<Choice>> of(Collection<Long> projectIds) {
		Map<Long, List<Choice>> lists = new LinkedHashMap<>();
		projectIds.forEach((id) -> lists.put(id, new ArrayList<>()));
		if (projectIds.isEmpty()) {
			return lists;
		}
		this.jdbc.sql("""
				select e.project_id, o.id, o.name from project_executing_partner e
				join organisation o on o.id = e.organisation_id
				where e.project_id in (:projects) order by o.name, o.id""")
			.param("projects", projectIds)
			.query(Choice.class)
			.list()
			.forEach((choice) -> lists.get(choice.projectId()).add(choice));
		return lists;
	}

	List<Choice> of(long projectId) {
		return of(List.of(projectId)).get(projectId);
	}

	boolean executes(long projectId, long organisationId) {
		return this.jdbc
			.sql("select exists (select 1 from project_executing_partner where project_id = ? and organisation_id = ?)")
			.params(projectId, organisationId)
			.query(Boolean.class)
			.single();
	}

	/** Replaces the project's list (the caller checked that the organisations exist). */
	@Transactional
	void replace(long projectId, Set<Long> organisationIds) {
		this.jdbc.sql("select id from project where id = ? for update").param(projectId).query(Long.class).list();
		this.jdbc.sql("delete from project_executing_partner where project_id = ?").param(projectId).update();
		for (Long organisationId : organisationIds) {
			this.jdbc.sql("insert into project_executing_partner (project_id, organisation_id) values (?, ?)")
				.params(projectId, organisationId)
				.update();
		}
	}

}
