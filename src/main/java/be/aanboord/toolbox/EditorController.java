package be.aanboord.toolbox;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;

import be.aanboord.account.CurrentUser;
import be.aanboord.system.NotFoundException;
import be.aanboord.system.Pages;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editors' desk: fiches waiting for review, fiches due for a new check, and the
 * review of one fiche (comment, send back, publish, mark reviewed).
 */
@Controller
class EditorController {

	private static final int PAGE_SIZE = 20;

	private final FicheRepository fiches;

	private final FicheReview review;

	private final FicheAttachments attachments;

	private final FicheChanges changes;

	private final Clock clock;

	private final Period reviewPeriod;

	EditorController(FicheRepository fiches, FicheReview review, FicheAttachments attachments, FicheChanges changes,
			Clock clock, @Value("${aanboord.toolbox.review-period:P2Y}") Period reviewPeriod) {
		this.fiches = fiches;
		this.review = review;
		this.attachments = attachments;
		this.changes = changes;
		this.clock = clock;
		this.reviewPeriod = reviewPeriod;
	}

	@GetMapping("/toolbox/redactie")
	String desk(@RequestParam(name = "pagina", defaultValue = "0") int page,
			@RequestParam(name = "nazien", defaultValue = "0") int duePage, Model model) {
		model.addAttribute("inReview", Pages.of(page, PAGE_SIZE,
				(p) -> this.fiches.findByStatusOrderByUpdatedAtAsc(FicheStatus.IN_REVIEW, p)));
		model.addAttribute("due", Pages.of(duePage, PAGE_SIZE,
				(p) -> this.fiches.findByStatusAndLastReviewedOnBeforeOrderByLastReviewedOnAsc(FicheStatus.PUBLISHED,
						LocalDate.now(this.clock).minus(this.reviewPeriod), p)));
		model.addAttribute("reviewPeriodYears", this.reviewPeriod.toTotalMonths() / 12.0);
		return "toolbox/desk";
	}

	@GetMapping("/toolbox/redactie/{id}")
	String show(@PathVariable long id, Model model) {
		Fiche fiche = find(id);
		model.addAttribute("fiche", fiche);
		model.addAttribute("comments", this.review.comments(id));
		model.addAttribute("attachments", this.attachments.of(id));
		model.addAttribute("withdrawnAttachments", this.attachments.withdrawn(id));
		model.addAttribute("changes", this.changes.sincePublished(fiche).orElse(null));
		return "toolbox/review";
	}

	@PostMapping("/toolbox/redactie/{id}/commentaar")
	String comment(@AuthenticationPrincipal CurrentUser editor, @PathVariable long id,
			@RequestParam(name = "tekst", defaultValue = "") String text, RedirectAttributes redirect) {
		Fiche fiche = find(id);
		if (!validComment(text, redirect)) {
			return "redirect:/toolbox/redactie/" + id;
		}
		this.review.comment(fiche, editor.getDisplayName(), text);
		redirect.addFlashAttribute("success", "toolbox.review.commented");
		return "redirect:/toolbox/redactie/" + id;
	}

	@PostMapping("/toolbox/redactie/{id}/wijzigingen")
	String requestChanges(@AuthenticationPrincipal CurrentUser editor, @PathVariable long id,
			@RequestParam(name = "tekst", defaultValue = "") String text, RedirectAttributes redirect) {
		Fiche fiche = find(id);
		if (!validComment(text, redirect)) {
			return "redirect:/toolbox/redactie/" + id;
		}
		if (fiche.getStatus() != FicheStatus.IN_REVIEW) {
			redirect.addFlashAttribute("warning", "toolbox.review.notInReview");
			return "redirect:/toolbox/redactie/" + id;
		}
		this.review.requestChanges(fiche, editor.getDisplayName(), text);
		redirect.addFlashAttribute("success", "toolbox.review.changesRequested");
		return "redirect:/toolbox/redactie";
	}

	/**
	 * Publishes the version under review once the editor has confirmed that they checked
	 * its attachments and its changes.
	 */
	@PostMapping("/toolbox/redactie/{id}/publiceren")
	String publish(@AuthenticationPrincipal CurrentUser editor, @PathVariable long id,
			@RequestParam(name = "nagekeken", required = false) String checked, Model model,
			RedirectAttributes redirect) {
		Fiche fiche = find(id);
		if (fiche.getStatus() != FicheStatus.IN_REVIEW) {
			redirect.addFlashAttribute("warning", "toolbox.review.notInReview");
			return "redirect:/toolbox/redactie/" + id;
		}
		if (!"ja".equals(checked)) {
			model.addAttribute("confirmError", "toolbox.review.confirmRequired");
			return show(id, model);
		}
		this.review.publish(fiche, editor.getDisplayName());
		redirect.addFlashAttribute("success", "toolbox.review.published");
		return "redirect:/toolbox/" + fiche.getSlug();
	}

	@PostMapping("/toolbox/redactie/{id}/archiveren")
	String archive(@AuthenticationPrincipal CurrentUser editor, @PathVariable long id, RedirectAttributes redirect) {
		Fiche fiche = find(id);
		if (fiche.getStatus() != FicheStatus.PUBLISHED) {
			redirect.addFlashAttribute("warning", "toolbox.review.notPublished");
			return "redirect:/toolbox/redactie/" + id;
		}
		this.review.archive(fiche, editor.getDisplayName());
		redirect.addFlashAttribute("success", "toolbox.review.archived");
		return "redirect:/toolbox/redactie";
	}

	@PostMapping("/toolbox/redactie/{id}/nagekeken")
	String markReviewed(@AuthenticationPrincipal CurrentUser editor, @PathVariable long id,
			RedirectAttributes redirect) {
		Fiche fiche = find(id);
		if (fiche.getStatus() != FicheStatus.PUBLISHED) {
			redirect.addFlashAttribute("warning", "toolbox.review.notPublished");
			return "redirect:/toolbox/redactie/" + id;
		}
		this.review.markReviewed(fiche, editor.getDisplayName());
		redirect.addFlashAttribute("success", "toolbox.review.markedReviewed");
		return "redirect:/toolbox/redactie";
	}

	private static boolean validComment(String text, RedirectAttributes redirect) {
		if (text.isBlank() || text.length() > 4000) {
			redirect.addFlashAttribute("warning", "toolbox.review.commentRequired");
			return false;
		}
		return true;
	}

	private Fiche find(long id) {
		return this.fiches.findWithDetailsById(id)
			.filter((fiche) -> fiche.getStatus() != FicheStatus.DRAFT || fiche.getPublishedVersion() > 0)
			.orElseThrow(() -> new NotFoundException("fiche " + id));
	}

}
