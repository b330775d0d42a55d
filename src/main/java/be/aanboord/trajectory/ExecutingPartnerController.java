package be.aanboord.trajectory;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import be.aanboord.partner.Organisations;
import be.aanboord.project.Projects.ProjectSummary;
import be.aanboord.system.Edits;
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
 * {@code /beheer}, admins only); saved through {@link Trajectories}.
 */
@Controller
class ExecutingPartnerController {

	private final Trajectories trajectories;

	private final ExecutingPartners executingPartners;

	private final TrajectoryListing listing;

	private final Organisations organisations;

	ExecutingPartnerController(Trajectories trajectories, ExecutingPartners executingPartners,
			TrajectoryListing listing, Organisations organisations) {
		this.trajectories = trajectories;
		this.executingPartners = executingPartners;
		this.listing = listing;
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
		List<ProjectSummary> projects = this.listing.trajectoryProjects();
		ProjectSummary chosen = (projectId != null) ? find(projects, projectId) : null;
		PartnersForm form = new PartnersForm();
		if (chosen != null) {
			form.setProjectId(chosen.id());
			List<ExecutingPartners.Choice> current = this.executingPartners.of(chosen.id());
			form.setOrganisationIds(current.stream()
				.map(ExecutingPartners.Choice::id)
				.collect(Collectors.toCollection(LinkedHashSet::new)));
			form.setShown(Trajectories.partnersKey(current));
		}
		model.addAttribute("partnersForm", form);
		return prepare(projects, chosen, model);
	}

	@PostMapping("/beheer/uitvoerende-partners")
	String save(@ModelAttribute PartnersForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		List<ProjectSummary> projects = this.listing.trajectoryProjects();
		if (form.getProjectId() == null) {
			throw new NotFoundException("project");
		}
		ProjectSummary project = find(projects, form.getProjectId());
		if (result.hasFieldErrors("organisationIds")) {
			return prepare(projects, project, model);
		}
		return Edits.save(model, () -> {
			if (!this.trajectories.setExecutingPartners(project.id(), form.getOrganisationIds(), form.getShown())) {
				result.rejectValue("organisationIds", "trajectory.choice.unknown");
				return prepare(projects, project, model);
			}
			redirect.addFlashAttribute("success", "trajectory.executors.saved");
			return "redirect:/beheer/uitvoerende-partners?project=" + project.id();
		}, () -> {
			form.setShown(Trajectories.partnersKey(this.executingPartners.of(project.id())));
			return prepare(projects, project, model);
		});
	}

	private String prepare(List<ProjectSummary> projects, ProjectSummary chosen, Model model) {
		Map<Long, List<ExecutingPartners.Choice>> lists = this.executingPartners
			.of(projects.stream().map(ProjectSummary::id).toList());
		model.addAttribute("trajectoryProjects", projects);
		model.addAttribute("lists", lists);
		model.addAttribute("project", chosen);
		if (chosen != null) {
			model.addAttribute("allOrganisations", this.organisations.all());
		}
		return "trajectories/executing-partners";
	}

	private static ProjectSummary find(List<ProjectSummary> projects, long id) {
		return projects.stream()
			.filter((p) -> p.id() == id)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("project " + id));
	}

}
