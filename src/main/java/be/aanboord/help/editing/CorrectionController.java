package be.aanboord.help.editing;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import be.aanboord.help.HelpDirectory;
import be.aanboord.help.OfferSummary;
import be.aanboord.system.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Proposing a correction to a published offer, for anyone without an account. No session:
 * the thank-you travels in the address, never as a flash attribute. Past
 * {@code aanboord.help.corrections-per-ip} proposals per address per hour the form
 * answers 429 with a Dutch message and keeps what was typed.
 */
@Controller
class CorrectionController {

	private final HelpDirectory directory;

	private final Corrections corrections;

	private final CorrectionRateLimit rateLimit;

	CorrectionController(HelpDirectory directory, Corrections corrections, CorrectionRateLimit rateLimit) {
		this.directory = directory;
		this.corrections = corrections;
		this.rateLimit = rateLimit;
	}

	@GetMapping("/hulp/{slug}/correctie")
	String form(@PathVariable String slug, @RequestParam(name = "ontvangen", required = false) String received,
			Model model) {
		model.addAttribute("correctionForm", new CorrectionForm());
		model.addAttribute("received", received != null);
		return page(offer(slug), model);
	}

	@PostMapping("/hulp/{slug}/correctie")
	String propose(@PathVariable String slug, @Valid @ModelAttribute CorrectionForm correctionForm,
			BindingResult result, Model model, HttpServletRequest request, HttpServletResponse response) {
		OfferSummary offer = offer(slug);
		if (correctionForm.isRobot()) {
			return "redirect:/hulp/" + offer.slug() + "/correctie?ontvangen=ja";
		}
		if (!this.rateLimit.allow(request.getRemoteAddr())) {
			response.setStatus(429);
			result.reject("help.editing.propose.tooMany");
			return page(offer, model);
		}
		if (result.hasErrors()) {
			return page(offer, model);
		}
		this.corrections.propose(offer.id(), correctionForm);
		return "redirect:/hulp/" + offer.slug() + "/correctie?ontvangen=ja";
	}

	private OfferSummary offer(String slug) {
		return this.directory.bySlug(slug).orElseThrow(() -> new NotFoundException("help offer"));
	}

	private String page(OfferSummary offer, Model model) {
		model.addAttribute("offer", offer);
		model.addAttribute("received", Boolean.TRUE.equals(model.getAttribute("received")));
		return "help/editing/propose";
	}

}
