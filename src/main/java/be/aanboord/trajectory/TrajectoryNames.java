package be.aanboord.trajectory;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import be.aanboord.partner.Organisations;
import be.aanboord.project.Projects.ProjectSummary;
import be.aanboord.school.Schools;

/**
 * The names of the projects, schools and organisations a list of trajectories refers to,
 * read once per module for the whole list (no query per row).
 */
record TrajectoryNames(Map<Long, String> projects, Map<Long, String> schools, Map<Long, String> organisations) {

	/**
	 * The names for these trajectories: the projects from the given list, the schools and
	 * the organisations (partners, referring CLBs and the extra ones asked for) in one
	 * query each.
	 */
	static TrajectoryNames of(Collection<Trajectory> trajectories, List<ProjectSummary> projects, Schools schools,
			Organisations organisations, Collection<Long> moreOrganisations) {
		Set<Long> schoolIds = trajectories.stream().map(Trajectory::getSchoolId).collect(Collectors.toSet());
		Set<Long> organisationIds = new HashSet<>(moreOrganisations);
		for (Trajectory t : trajectories) {
			if (t.getPartnerId() != null) {
				organisationIds.add(t.getPartnerId());
			}
			if (t.getNaft().getReferringClbId() != null) {
				organisationIds.add(t.getNaft().getReferringClbId());
			}
		}
		return read(projects, schools, schoolIds, organisations, organisationIds);
	}

	/**
	 * The names for the rows of the list: the projects from the given list, the schools
	 * and the organisations (the rows' partners and the extra ones asked for) in one
	 * query each.
	 */
	static TrajectoryNames ofListed(Collection<TrajectoryRows.Listed> rows, List<ProjectSummary> projects,
			Schools schools, Organisations organisations, Collection<Long> moreOrganisations) {
		Set<Long> schoolIds = rows.stream().map(TrajectoryRows.Listed::schoolId).collect(Collectors.toSet());
		Set<Long> organisationIds = new HashSet<>(moreOrganisations);
		for (TrajectoryRows.Listed row : rows) {
			if (row.partnerId() != null) {
				organisationIds.add(row.partnerId());
			}
		}
		return read(projects, schools, schoolIds, organisations, organisationIds);
	}

	/** One query for the schools' names and one for the organisations'. */
	private static TrajectoryNames read(List<ProjectSummary> projects, Schools schools, Set<Long> schoolIds,
			Organisations organisations, Set<Long> organisationIds) {
		return new TrajectoryNames(
				projects.stream().collect(Collectors.toMap(ProjectSummary::id, ProjectSummary::name)),
				schools.all(schoolIds)
					.stream()
					.collect(Collectors.toMap(Schools.SchoolSummary::id, Schools.SchoolSummary::name)),
				organisations.names(organisationIds));
	}

	public String project(TrajectoryRows.Listed row) {
		return this.projects.get(row.projectId());
	}

	public String school(TrajectoryRows.Listed row) {
		return this.schools.get(row.schoolId());
	}

	/** The executing partner's name, or null when there is none. */
	public String partner(TrajectoryRows.Listed row) {
		return organisation(row.partnerId());
	}

	public String project(Trajectory trajectory) {
		return this.projects.get(trajectory.getProjectId());
	}

	public String school(Trajectory trajectory) {
		return this.schools.get(trajectory.getSchoolId());
	}

	/** The executing partner's name, or null when there is none. */
	public String partner(Trajectory trajectory) {
		return (trajectory.getPartnerId() != null) ? this.organisations.get(trajectory.getPartnerId()) : null;
	}

	public String organisation(Long id) {
		return (id != null) ? this.organisations.get(id) : null;
	}

}
