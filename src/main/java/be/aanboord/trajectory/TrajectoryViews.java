package be.aanboord.trajectory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import be.aanboord.account.CurrentUser;
import be.aanboord.partner.Organisations;
import be.aanboord.project.Projects.ProjectSummary;
import be.aanboord.project.SchoolYears;
import be.aanboord.school.Schools;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills the model of a trajectory's page and of its form, for the controllers that show
 * them (reads only; the names of schools, partners and CLBs come from their modules).
 */
@Component
class TrajectoryViews {

	static final String SHOW = "trajectories/show";

	static final String FORM = "trajectories/form";

	/** The executing partners of one project, for an optgroup of the partner select. */
	record PartnerGroup(String project, List<ExecutingPartners.Choice> partners) {
	}

	private final Trajectories trajectories;

	private final ExecutingPartners executingPartners;

	private final Schools schools;

	private final Organisations organisations;

	private final SchoolYears schoolYears;

	TrajectoryViews(Trajectories trajectories, ExecutingPartners executingPartners, Schools schools,
			Organisations organisations, SchoolYears schoolYears) {
		this.trajectories = trajectories;
		this.executingPartners = executingPartners;
		this.schools = schools;
		this.organisations = organisations;
		this.schoolYears = schoolYears;
	}

	/** A trajectory's page, with the session form (empty or as the user typed it). */
	String show(Trajectories.TrajectoryPage page, SessionForm sessionForm, CurrentUser user, Model model) {
		model.addAttribute("trajectory", page.trajectory());
		model.addAttribute("page", page);
		model.addAttribute("sessionForm", sessionForm);
		model.addAttribute("sessions", page.sessions());
		model.addAttribute("mayEdit", page.mayEdit());
		model.addAttribute("userId", user.getId());
		if (page.mayEdit()) {
			model.addAttribute("changes", page.changes());
		}
		return SHOW;
	}

	/** The form of a new trajectory (trajectory null) or of an edit. */
	String form(Trajectory trajectory, TrajectoryForm form, CurrentUser user, Model model) {
		model.addAttribute("trajectory", trajectory);
		model.addAttribute("kind", form.getKind());
		List<ProjectSummary> allowed = this.trajectories.projectsFor(form.getKind(), user);
		model.addAttribute("allProjects", allowed);
		model.addAttribute("allSchools", this.schools.all());
		partners(trajectory, form, allowed, model);
		model.addAttribute("allClbs", this.organisations.clbs());
		model.addAttribute("allSchoolYears", this.schoolYears.all());
		// the user's own choice stays in the list, also when it is no longer allowed
		model.addAttribute("allStatuses",
				(trajectory == null) ? List.of(form.getKind().getFirstStatus())
						: Arrays.stream(TrajectoryStatus.values())
							.filter((s) -> trajectory.canMoveTo(s) || s == form.getStatus())
							.toList());
		return FORM;
	}

	/**
	 * The executing partners the form offers: those of the chosen project (with the
	 * trajectory's own partner, also when the project no longer lists it), or, before a
	 * project is chosen, those of each project the user may choose, grouped by project.
	 */
	private void partners(Trajectory trajectory, TrajectoryForm form, List<ProjectSummary> allowed, Model model) {
		Long projectId = (trajectory != null) ? Long.valueOf(trajectory.getProjectId()) : form.getProjectId();
		boolean chosen = projectId != null
				&& (trajectory != null || allowed.stream().anyMatch((p) -> p.id() == form.getProjectId()));
		if (chosen) {
			List<ExecutingPartners.Choice> partners = new ArrayList<>(this.executingPartners.of(projectId));
			Long own = (trajectory != null) ? trajectory.getPartnerId() : null;
			if (own != null && partners.stream().noneMatch((c) -> c.id() == own)) {
				String name = this.organisations.names(List.of(own)).get(own);
				partners.add(0, new ExecutingPartners.Choice(projectId, own, name));
			}
			model.addAttribute("allPartners", partners);
		}
		else {
			Map<Long, List<ExecutingPartners.Choice>> lists = this.executingPartners
				.of(allowed.stream().map(ProjectSummary::id).toList());
			model.addAttribute("partnerGroups",
					allowed.stream().map((p) -> new PartnerGroup(p.name(), lists.get(p.id()))).toList());
		}
	}

}
