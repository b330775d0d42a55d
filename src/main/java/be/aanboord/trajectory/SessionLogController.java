package be.aanboord.trajectory;

import jakarta.validation.Valid;

import be.aanboord.account.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Logs a session on a trajectory's page, through {@link Trajectories}: with htmx only the
 * sessions part of the page comes back, else the whole page (with the errors) or a
 * redirect to it.
 */
@Controller
class SessionLogController {

	private final Trajectories trajectories;

	private final TrajectoryViews views;

	SessionLogController(Trajectories trajectories, TrajectoryViews views) {
		this.trajectories = trajectories;
		this.views = views;
	}

	@PostMapping("/trajecten/{id}/sessies")
	String logSession(@PathVariable long id, @Valid @ModelAttribute SessionForm sessionForm, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		Trajectories.Outcome outcome = this.trajectories.logSession(id, sessionForm, result, user);
		model.addAttribute("sessionWarning", outcome.warning());
		SessionForm shown = sessionForm;
		if (outcome.saved()) {
			if (htmx == null) {
				redirect.addFlashAttribute("success", "trajectory.session.saved");
				return "redirect:/trajecten/" + id + "#sessies";
			}
			model.addAttribute("sessionSaved", true);
			shown = new SessionForm();
		}
		String view = this.views.show(this.trajectories.page(id, user, false), shown, user, model);
		return (htmx != null) ? "trajectories/show :: sessions" : view;
	}

}
