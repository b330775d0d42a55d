package be.aanboord.trajectory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import be.aanboord.partner.Organisations;

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

	private final Organisations organisations;

	ExecutingPartners(JdbcClient jdbc, Organisations organisations) {
		this.jdbc = jdbc;
		this.organisations = organisations;
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
		List<Map.Entry<Long, Long>> rows = this.jdbc
			.sql("select project_id, organisation_id from project_executing_partner where project_id in (:projects)")
			.param("projects", projectIds)
			.query((row, n) -> Map.entry(row.getLong("project_id"), row.getLong("organisation_id")))
			.list();
		Map<Long, String> names = this.organisations
			.names(rows.stream().map(Map.Entry::getValue).collect(Collectors.toSet()));
		rows.stream()
			.filter((row) -> names.containsKey(row.getValue()))
			.map((row) -> new Choice(row.getKey(), row.getValue(), names.get(row.getValue())))
			.sorted(Comparator.comparing(Choice::name).thenComparing(Choice::id))
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
