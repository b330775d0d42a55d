package be.aanboord.trajectory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;

import be.aanboord.account.CurrentUser;
import be.aanboord.project.Projects.ProjectSummary;
import be.aanboord.project.SchoolYear;
import be.aanboord.system.Edits;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Show, create and edit trajectories; the writes go through {@link Trajectories}, an edit
 * saved meanwhile by someone else shows the form again ({@link Edits}).
 */
@Controller
class TrajectoryController {

	private final Trajectories trajectories;

	private final TrajectoryViews views;

	private final Clock clock;

	TrajectoryController(Trajectories trajectories, TrajectoryViews views, Clock clock) {
		this.trajectories = trajectories;
		this.views = views;
		this.clock = clock;
	}

	@GetMapping("/trajecten/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		return this.views.show(this.trajectories.page(id, user, true), new SessionForm(), user, model);
	}

	@GetMapping("/trajecten/nieuw")
	String createForm(@RequestParam(name = "soort", defaultValue = "RISK") TrajectoryKind kind,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		TrajectoryForm form = TrajectoryForm.create(kind, SchoolYear.startYearOf(LocalDate.now(this.clock)));
		List<ProjectSummary> allowed = this.trajectories.projectsFor(kind, user);
		if (allowed.isEmpty()) {
			throw new AccessDeniedException("no project of kind " + kind + " to coordinate");
		}
		if (allowed.size() == 1) {
			form.setProjectId(allowed.get(0).id());
		}
		model.addAttribute("trajectoryForm", form);
		return this.views.form(null, form, user, model);
	}

	@PostMapping("/trajecten/nieuw")
	String create(@Valid @ModelAttribute TrajectoryForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		Optional<Long> created = this.trajectories.create(form, result, user);
		if (created.isEmpty()) {
			return this.views.form(null, form, user, model);
		}
		redirect.addFlashAttribute("success", "trajectory.saved");
		return "redirect:/trajecten/" + created.get();
	}

	@GetMapping("/trajecten/{id}/bewerken")
	String editForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		Trajectory trajectory = this.trajectories.openForEdit(id, user);
		TrajectoryForm form = TrajectoryForm.from(trajectory);
		model.addAttribute("trajectoryForm", form);
		return this.views.form(trajectory, form, user, model);
	}

	/**
	 * Saves an edit; one saved meanwhile (found by the version check or at commit) shows
	 * the form again with the conflict and what the user typed.
	 */
	@PostMapping("/trajecten/{id}/bewerken")
	String update(@PathVariable long id, @Valid @ModelAttribute TrajectoryForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return Edits.save(model, () -> {
			if (!this.trajectories.update(id, form, result, user)) {
				return this.views.form(this.trajectories.editableOne(id, user), form, user, model);
			}
			redirect.addFlashAttribute("success", "trajectory.saved");
			return "redirect:/trajecten/" + id;
		}, () -> this.views.form(this.trajectories.openForEdit(id, user), form, user, model));
	}

}
