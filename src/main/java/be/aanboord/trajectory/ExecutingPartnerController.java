package be.aanboord.trajectory;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import be.aanboord.partner.Organisation;
import be.aanboord.partner.OrganisationRepository;
import be.aanboord.project.Project;
import be.aanboord.project.ProjectRepository;
import be.aanboord.system.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The lab (admin) decides per project which organisations execute its trajectories (under
 * {@code /beheer}, admins only).
 */
@Controller
class ExecutingPartnerController {

	private final ExecutingPartners executingPartners;

	private final ProjectRepository projects;

	private final OrganisationRepository organisations;

	ExecutingPartnerController(ExecutingPartners executingPartners, ProjectRepository projects,
			OrganisationRepository organisations) {
		this.executingPartners = executingPartners;
		this.projects = projects;
		this.organisations = organisations;
	}

	/** The form: the organisations ticked and the list as it was when the form opened. */
	static class PartnersForm {

		private Long projectId;

		private Set<Long> organisationIds = new LinkedHashSet<>();

		private String shown = "";

		public Long getProjectId() {
			return this.projectId;
		}

		public void setProjectId(Long projectId) {
			this.projectId = projectId;
		}

		public Set<Long> getOrganisationIds() {
			return this.organisationIds;
		}

		public void setOrganisationIds(Set<Long> organisationIds) {
			this.organisationIds = (organisationIds != null) ? organisationIds : new LinkedHashSet<>();
		}

		public String getShown() {
			return this.shown;
		}

		public void setShown(String shown) {
			this.shown = (shown != null) ? shown : "";
		}

	}

	@GetMapping("/beheer/uitvoerende-partners")
	String page(@RequestParam(name = "project", required = false) Long projectId, Model model) {
		List<Project> trajectoryProjects = trajectoryProjects();
		Project chosen = (projectId != null) ? find(trajectoryProjects, projectId) : null;
		PartnersForm form = new PartnersForm();
		if (chosen != null) {
			form.setProjectId(chosen.getId());
			List<ExecutingPartners.Choice> current = this.executingPartners.of(chosen.getId());
			form.setOrganisationIds(current.stream()
				.map(ExecutingPartners.Choice::id)
				.collect(Collectors.toCollection(LinkedHashSet::new)));
			form.setShown(key(current));
		}
		model.addAttribute("partnersForm", form);
		return prepare(trajectoryProjects, chosen, model);
	}

	@PostMapping("/beheer/uitvoerende-partners")
	String save(@ModelAttribute PartnersForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		List<Project> trajectoryProjects = trajectoryProjects();
		if (form.getProjectId() == null) {
			throw new NotFoundException("project");
		}
		Project project = find(trajectoryProjects, form.getProjectId());
		Set<Long> known = this.organisations.findAllByOrderByName()
			.stream()
			.map(Organisation::getId)
			.collect(Collectors.toSet());
		if (result.hasFieldErrors("organisationIds") || !known.containsAll(form.getOrganisationIds())) {
			if (!result.hasFieldErrors("organisationIds")) {
				result.rejectValue("organisationIds", "trajectory.choice.unknown");
			}
			return prepare(trajectoryProjects, project, model);
		}
		List<ExecutingPartners.Choice> current = this.executingPartners.of(project.getId());
		if (!key(current).equals(form.getShown())) {
			model.addAttribute("conflict", true);
			form.setShown(key(current));
			return prepare(trajectoryProjects, project, model);
		}
		this.executingPartners.replace(project.getId(), form.getOrganisationIds());
		redirect.addFlashAttribute("success", "trajectory.executors.saved");
		return "redirect:/beheer/uitvoerende-partners?project=" + project.getId();
	}

	private String prepare(List<Project> trajectoryProjects, Project chosen, Model model) {
		Map<Long, List<ExecutingPartners.Choice>> lists = this.executingPartners
			.of(trajectoryProjects.stream().map(Project::getId).toList());
		model.addAttribute("trajectoryProjects", trajectoryProjects);
		model.addAttribute("lists", lists);
		model.addAttribute("project", chosen);
		if (chosen != null) {
			model.addAttribute("allOrganisations", this.organisations.findAllByOrderByName());
		}
		return "trajectories/executing-partners";
	}

	private List<Project> trajectoryProjects() {
		return this.projects.findAllByOrderByPosition()
			.stream()
			.filter((p) -> TrajectoryKind.ofProject(p.getCode()) != null)
			.toList();
	}

	private static Project find(List<Project> projects, long id) {
		return projects.stream()
			.filter((p) -> p.getId() == id)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("project " + id));
	}

	/** The list as a text that changes whenever the list changes. */
	private static String key(List<ExecutingPartners.Choice> choices) {
		return choices.stream().map((c) -> String.valueOf(c.id())).sorted().collect(Collectors.joining(","));
	}

}
