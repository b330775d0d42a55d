package be.aanboord.toolbox;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;

import be.aanboord.account.CurrentUser;
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
 * review of one fiche with remarks for its contributor. Publishing, archiving and marking
 * reviewed are {@link PublicationController}'s.
 */
@Controller
class EditorController {

	private static final int PAGE_SIZE = 20;

	private final FicheRepository fiches;

	private final FicheReview review;

	private final FichePages page;

	private final Clock clock;

	private final Period reviewPeriod;

	EditorController(FicheRepository fiches, FicheReview review, FichePages page, Clock clock,
			@Value("${aanboord.toolbox.review-period:P2Y}") Period reviewPeriod) {
		this.fiches = fiches;
		this.review = review;
		this.page = page;
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
		return this.page.review(id, model);
	}

	@PostMapping("/toolbox/redactie/{id}/commentaar")
	String comment(@AuthenticationPrincipal CurrentUser editor, @PathVariable long id,
			@RequestParam(name = "tekst", defaultValue = "") String text, RedirectAttributes redirect) {
		try {
			this.review.comment(id, editor.getDisplayName(), text);
		}
		catch (FicheReview.CommentRequired blank) {
			redirect.addFlashAttribute("warning", "toolbox.review.commentRequired");
			return "redirect:/toolbox/redactie/" + id;
		}
		redirect.addFlashAttribute("success", "toolbox.review.commented");
		return "redirect:/toolbox/redactie/" + id;
	}

	@PostMapping("/toolbox/redactie/{id}/wijzigingen")
	String requestChanges(@AuthenticationPrincipal CurrentUser editor, @PathVariable long id,
			@RequestParam(name = "tekst", defaultValue = "") String text, RedirectAttributes redirect) {
		try {
			this.review.requestChanges(id, editor.getDisplayName(), text);
		}
		catch (FicheReview.CommentRequired blank) {
			redirect.addFlashAttribute("warning", "toolbox.review.commentRequired");
			return "redirect:/toolbox/redactie/" + id;
		}
		catch (Fiche.WrongStatus notInReview) {
			redirect.addFlashAttribute("warning", "toolbox.review.notInReview");
			return "redirect:/toolbox/redactie/" + id;
		}
		redirect.addFlashAttribute("success", "toolbox.review.changesRequested");
		return "redirect:/toolbox/redactie";
	}

}
