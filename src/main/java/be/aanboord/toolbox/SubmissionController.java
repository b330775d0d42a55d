package be.aanboord.toolbox;

import be.aanboord.account.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static be.aanboord.toolbox.FicheContributions.organisationOf;

/**
 * Partners send a draft to the editors, and start a new version of a published fiche. A
 * fiche whose status no longer allows it stays as it is, with a warning.
 */
@Controller
class SubmissionController {

	private final FicheContributions contributions;

	SubmissionController(FicheContributions contributions) {
		this.contributions = contributions;
	}

	@PostMapping("/toolbox/mijn-fiches/{id}/indienen")
	String submit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		try {
			this.contributions.submit(id, organisationOf(user), user.getDisplayName());
		}
		catch (Fiche.WrongStatus notADraft) {
			redirect.addFlashAttribute("warning", "toolbox.contribution.notEditable");
			return "redirect:/toolbox/mijn-fiches/" + id;
		}
		redirect.addFlashAttribute("success", "toolbox.contribution.submitted");
		return "redirect:/toolbox/mijn-fiches";
	}

	@PostMapping("/toolbox/mijn-fiches/{id}/nieuwe-versie")
	String revise(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		try {
			this.contributions.revise(id, organisationOf(user));
		}
		catch (Fiche.WrongStatus notPublished) {
			redirect.addFlashAttribute("warning", "toolbox.contribution.notEditable");
			return "redirect:/toolbox/mijn-fiches/" + id;
		}
		redirect.addFlashAttribute("success", "toolbox.contribution.revising");
		return "redirect:/toolbox/mijn-fiches/" + id;
	}

}
