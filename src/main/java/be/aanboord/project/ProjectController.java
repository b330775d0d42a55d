package be.aanboord.project;

import java.util.List;

import be.aanboord.system.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class ProjectController {

	private final ProjectRepository projects;

	private final ActionPlanRepository actionPlans;

	ProjectController(ProjectRepository projects, ActionPlanRepository actionPlans) {
		this.projects = projects;
		this.actionPlans = actionPlans;
	}

	@GetMapping("/projecten")
	String list(Model model) {
		model.addAttribute("projects", this.projects.findAllByOrderByPosition());
		return "projects/list";
	}

	@GetMapping("/projecten/{slug}")
	String show(@PathVariable String slug, @RequestParam(name = "schooljaar", required = false) String schoolYear,
			Model model) {
		Project project = this.projects.findBySlug(slug).orElseThrow(() -> new NotFoundException("project " + slug));
		List<Integer> plannedYears = this.actionPlans.findPlannedYears(project);
		Integer requested = SchoolYear.parseLabel(schoolYear);
		Integer year = (requested != null) ? requested : plannedYears.stream().findFirst().orElse(null);
		model.addAttribute("project", project);
		model.addAttribute("plannedYears", plannedYears.stream().map(SchoolYear::new).toList());
		model.addAttribute("selectedYear", (year != null) ? new SchoolYear(year) : null);
		model.addAttribute("plan",
				(year != null) ? this.actionPlans.findByProjectAndSchoolYear(project, year).orElse(null) : null);
		return "projects/show";
	}

}
