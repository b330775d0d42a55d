package be.aanboord.trajectory;

import jakarta.validation.Valid;

import be.aanboord.account.CurrentUser;
import be.aanboord.system.Edits;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Corrects or removes a logged session through {@link Trajectories}: its author, the
 * coordinators of its project and the admin may. Two corrections of one session at the
 * same moment: the second gets the conflict message with what it typed ({@link Edits}).
 */
@Controller
class TrajectorySessionController {

	private static final String FORM = "trajectories/session-form";

	private final Trajectories trajectories;

	TrajectorySessionController(Trajectories trajectories) {
		this.trajectories = trajectories;
	}

	@GetMapping("/trajecten/{id}/sessies/{sessionId}/bewerken")
	String editForm(@PathVariable long id, @PathVariable long sessionId, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		Trajectories.SessionPage page = this.trajectories.session(id, sessionId, user, true);
		model.addAttribute("sessionForm", SessionForm.from(page.session()));
		return form(page, model);
	}

	@PostMapping("/trajecten/{id}/sessies/{sessionId}/bewerken")
	String update(@PathVariable long id, @PathVariable long sessionId, @Valid @ModelAttribute SessionForm sessionForm,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return Edits.save(model, () -> {
			Trajectories.Outcome outcome = this.trajectories.correctSession(id, sessionId, sessionForm, result, user);
			if (!outcome.saved()) {
				model.addAttribute("sessionWarning", outcome.warning());
				return form(this.trajectories.session(id, sessionId, user, false), model);
			}
			redirect.addFlashAttribute("success", "trajectory.session.corrected");
			return "redirect:/trajecten/" + id + "#sessies";
		}, () -> form(this.trajectories.session(id, sessionId, user, true), model));
	}

	/**
	 * A removal of a session corrected meanwhile shows the correction form, as it is now.
	 */
	@PostMapping("/trajecten/{id}/sessies/{sessionId}/verwijderen")
	String remove(@PathVariable long id, @PathVariable long sessionId, @ModelAttribute("removal") SessionForm removal,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return Edits.save(model, () -> {
			this.trajectories.removeSession(id, sessionId, removal.getVersion(), user);
			redirect.addFlashAttribute("success", "trajectory.session.removed");
			return "redirect:/trajecten/" + id + "#sessies";
		}, () -> {
			Trajectories.SessionPage page = this.trajectories.session(id, sessionId, user, true);
			model.addAttribute("sessionForm", SessionForm.from(page.session()));
			return form(page, model);
		});
	}

	private static String form(Trajectories.SessionPage page, Model model) {
		model.addAttribute("trajectory", page.trajectory());
		model.addAttribute("loggedSession", page.session());
		model.addAttribute("removal", new RemovalForm(page.session().getVersion()));
		return FORM;
	}

	/** The removal button's form: the version of the session as it was shown. */
	record RemovalForm(int version) {
	}

}
