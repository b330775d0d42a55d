package be.aanboord.budget;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import be.aanboord.account.CurrentUser;
import be.aanboord.account.Role;
import be.aanboord.project.Projects;
import be.aanboord.project.Projects.ProjectSummary;
import be.aanboord.system.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * The projects as the budget shows them, read through the project module's public
 * {@link Projects} (a funding request keeps only its project's id): a project within the
 * user's scope, and the names and order of all projects in one query per page.
 */
@Component
class BudgetProjects {

	private final Projects projects;

	BudgetProjects(Projects projects) {
		this.projects = projects;
	}

	/**
	 * A project by its slug; a coordinator only gets their own projects (others are not
	 * found), the lab and the city every project.
	 * @throws NotFoundException when there is no such project or it is not the user's
	 */
	ProjectSummary find(String slug, CurrentUser user) {
		ProjectSummary project = this.projects.findBySlug(slug)
			.orElseThrow(() -> new NotFoundException("project " + slug));
		if (!user.hasRole(Role.ADMIN) && !user.hasRole(Role.CITY) && !user.getProjectIds().contains(project.id())) {
			throw new NotFoundException("project " + slug + " is not in the user's scope");
		}
		return project;
	}

	/** The coordinator's (or anyone's) projects with these ids, in the lab's order. */
	List<ProjectSummary> all(Collection<Long> ids) {
		return this.projects.all(ids);
	}

	/** Every project by its id (one query; the lab has about ten projects). */
	Map<Long, ProjectSummary> byId() {
		return this.projects.all().stream().collect(Collectors.toMap(ProjectSummary::id, Function.identity()));
	}

	/**
	 * A year's requests with their projects, in the lab's order of the projects.
	 * @param projects every project by id ({@link #byId()})
	 */
	static List<ProjectRequest> inOrder(BudgetYear year, Map<Long, ProjectSummary> projects) {
		return year.getRequests()
			.stream()
			.map((request) -> new ProjectRequest(request, projects.get(request.getProjectId())))
			.sorted(Comparator.comparingInt((ProjectRequest r) -> r.project().position())
				.thenComparing((r) -> r.project().id()))
			.toList();
	}

	/**
	 * The request of a project in a year.
	 * @throws NotFoundException when the project has no request that year
	 */
	static FundingRequest request(BudgetYear year, ProjectSummary project) {
		return year.requestOf(project.id())
			.orElseThrow(() -> new NotFoundException("no request of " + project.code() + " in " + year.getLabel()));
	}

	/** A funding request with its project. */
	record ProjectRequest(FundingRequest request, ProjectSummary project) {
	}

}
