package be.aanboord.project;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import be.aanboord.partner.Organisations;
import be.aanboord.partner.Organisations.OrganisationSummary;
import be.aanboord.system.NotFoundException;
import be.aanboord.system.PublicPage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class ProjectController {

	private final ProjectRepository projects;

	private final ActionPlanRepository actionPlans;

	private final Organisations organisations;

	private final List<ProjectActivities> activities;

	ProjectController(ProjectRepository projects, ActionPlanRepository actionPlans, Organisations organisations,
			List<ProjectActivities> activities) {
		this.projects = projects;
		this.actionPlans = actionPlans;
		this.organisations = organisations;
		this.activities = activities;
	}

	/** The projects in the lab's order, each with the name of its lead organisation. */
	@PublicPage
	@GetMapping("/projecten")
	String list(Model model) {
		List<Project> projects = this.projects.findAllByOrderByPosition();
		model.addAttribute("projects", projects);
		model.addAttribute("leadNames", this.organisations
			.names(projects.stream().map(Project::getLeadOrganisationId).filter(Objects::nonNull).toList()));
		return "projects/list";
	}

	@PublicPage
	@GetMapping("/projecten/{slug}")
	String show(@PathVariable String slug, @RequestParam(name = "schooljaar", required = false) String schoolYear,
			Model model) {
		Project project = this.projects.findBySlug(slug).orElseThrow(() -> new NotFoundException("project " + slug));
		List<Integer> plannedYears = this.actionPlans.findPlannedYears(project);
		Integer requested = SchoolYear.parseLabel(schoolYear);
		Integer year = (requested != null) ? requested : plannedYears.stream().findFirst().orElse(null);
		model.addAttribute("project", project);
		model.addAttribute("leadName",
				Optional.ofNullable(project.getLeadOrganisationId())
					.flatMap(this.organisations::find)
					.map(OrganisationSummary::name)
					.orElse(null));
		model.addAttribute("plannedYears", plannedYears.stream().map(SchoolYear::new).toList());
		model.addAttribute("selectedYear", (year != null) ? new SchoolYear(year) : null);
		model.addAttribute("plan",
				(year != null) ? this.actionPlans.findByProjectAndSchoolYear(project, year).orElse(null) : null);
		model.addAttribute("activities",
				this.activities.stream().flatMap((source) -> source.upcoming(project.getId(), 5).stream()).toList());
		return "projects/show";
	}

}
