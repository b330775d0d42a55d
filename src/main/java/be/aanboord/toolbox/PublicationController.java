package be.aanboord.toolbox;

import be.aanboord.account.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editors publish the version under review, archive a published fiche or mark it
 * reviewed. A fiche whose status no longer allows the step stays as it is, with a
 * warning.
 */
@Controller
class PublicationController {

	private final FicheReview review;

	private final FichePages page;

	PublicationController(FicheReview review, FichePages page) {
		this.review = review;
		this.page = page;
	}

	/**
	 * Publishes the version under review once the editor has confirmed that they checked
	 * its attachments and its changes.
	 */
	@PostMapping("/toolbox/redactie/{id}/publiceren")
	String publish(@AuthenticationPrincipal CurrentUser editor, @PathVariable long id,
			@RequestParam(name = "nagekeken", required = false) String checked, Model model,
			RedirectAttributes redirect) {
		String slug;
		try {
			slug = this.review.publish(id, editor.getDisplayName(), "ja".equals(checked));
		}
		catch (Fiche.WrongStatus notInReview) {
			redirect.addFlashAttribute("warning", "toolbox.review.notInReview");
			return "redirect:/toolbox/redactie/" + id;
		}
		catch (FicheReview.Unconfirmed unconfirmed) {
			model.addAttribute("confirmError", "toolbox.review.confirmRequired");
			return this.page.review(id, model);
		}
		redirect.addFlashAttribute("success", "toolbox.review.published");
		return "redirect:/toolbox/" + slug;
	}

	@PostMapping("/toolbox/redactie/{id}/archiveren")
	String archive(@AuthenticationPrincipal CurrentUser editor, @PathVariable long id, RedirectAttributes redirect) {
		try {
			this.review.archive(id, editor.getDisplayName());
		}
		catch (Fiche.WrongStatus notPublished) {
			redirect.addFlashAttribute("warning", "toolbox.review.notPublished");
			return "redirect:/toolbox/redactie/" + id;
		}
		redirect.addFlashAttribute("success", "toolbox.review.archived");
		return "redirect:/toolbox/redactie";
	}

	@PostMapping("/toolbox/redactie/{id}/nagekeken")
	String markReviewed(@AuthenticationPrincipal CurrentUser editor, @PathVariable long id,
			RedirectAttributes redirect) {
		try {
			this.review.markReviewed(id, editor.getDisplayName());
		}
		catch (Fiche.WrongStatus notPublished) {
			redirect.addFlashAttribute("warning", "toolbox.review.notPublished");
			return "redirect:/toolbox/redactie/" + id;
		}
		redirect.addFlashAttribute("success", "toolbox.review.markedReviewed");
		return "redirect:/toolbox/redactie";
	}

}
