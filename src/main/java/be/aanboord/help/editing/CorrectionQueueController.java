package be.aanboord.help.editing;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import be.aanboord.account.CurrentUser;
import be.aanboord.help.HelpOffer;
import be.aanboord.help.HelpOfferRepository;
import be.aanboord.system.EditConflict;
import be.aanboord.system.Edits;
import be.aanboord.system.Pages;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
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
 * The editors' queue of proposed corrections (proposed ones first, oldest first) and one
 * correction beside the offer's form: "Toepassen" saves the form and marks the correction
 * applied, "Afwijzen" marks it rejected with a note. A correction handled meanwhile is a
 * conflict, never handled twice.
 */
@Controller
class CorrectionQueueController {

	private final Corrections corrections;

	private final HelpCorrectionRepository repository;

	private final HelpOfferRepository offers;

	private final OfferEditing editing;

	private final OfferValidation validation;

	private final OfferFormPage formPage;

	CorrectionQueueController(Corrections corrections, HelpCorrectionRepository repository, HelpOfferRepository offers,
			OfferEditing editing, OfferValidation validation, OfferFormPage formPage) {
		this.corrections = corrections;
		this.editing = editing;
		this.repository = repository;
		this.offers = offers;
		this.validation = validation;
		this.formPage = formPage;
	}

	@GetMapping("/hulp/beheer/correcties")
	String queue(@RequestParam(name = "pagina", required = false) String page, Model model) {
		Page<HelpCorrection> found = Pages.of(OfferListController.pageNumber(page), OfferListController.PAGE_SIZE,
				this.repository::queue);
		Map<Long, HelpOffer> byId = this.offers
			.findAllById(found.getContent().stream().map(HelpCorrection::getOfferId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(HelpOffer::getId, Function.identity()));
		model.addAttribute("corrections", found);
		model.addAttribute("offers", byId);
		model.addAttribute("open", this.repository.countByStatus(CorrectionStatus.PROPOSED));
		return "help/editing/corrections";
	}

	@GetMapping("/hulp/beheer/correcties/{id}")
	String show(@PathVariable long id, Model model) {
		HelpCorrection correction = this.corrections.correction(id);
		model.addAttribute("offerForm", OfferForm.from(offer(correction)));
		return page(correction, model);
	}

	@PostMapping("/hulp/beheer/correcties/{id}")
	String apply(@PathVariable long id, @RequestParam(name = "correctieVersie", defaultValue = "-1") int version,
			@Valid @ModelAttribute("offerForm") OfferForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		HelpCorrection correction = this.corrections.correction(id);
		form.setSlug(offer(correction).getSlug());
		this.validation.check(form, result, correction.getOfferId());
		if (result.hasErrors()) {
			return page(correction, model);
		}
		return Edits.save(model, () -> {
			this.corrections.apply(id, version, form, user);
			redirect.addFlashAttribute("success", "help.editing.correction.applied");
			return "redirect:/hulp/beheer/correcties";
		}, () -> page(this.corrections.correction(id), model));
	}

	@PostMapping("/hulp/beheer/correcties/{id}/afwijzen")
	String reject(@PathVariable long id, @RequestParam(name = "correctieVersie", defaultValue = "-1") int version,
			@RequestParam(name = "notitie", required = false) String note, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		this.corrections.correction(id);
		if (note != null && note.length() > 1000) {
			redirect.addFlashAttribute("warning", "help.editing.correction.noteTooLong");
			return "redirect:/hulp/beheer/correcties/" + id;
		}
		try {
			this.corrections.decline(id, version, note, user);
			redirect.addFlashAttribute("success", "help.editing.correction.rejected");
			return "redirect:/hulp/beheer/correcties";
		}
		catch (EditConflict | OptimisticLockingFailureException conflict) {
			redirect.addFlashAttribute("warning", "help.editing.correction.handledMeanwhile");
			return "redirect:/hulp/beheer/correcties/" + id;
		}
	}

	private HelpOffer offer(HelpCorrection correction) {
		return this.editing.offer(correction.getOfferId());
	}

	private String page(HelpCorrection correction, Model model) {
		this.formPage.choices(model);
		model.addAttribute("correction", correction);
		model.addAttribute("offer", offer(correction));
		return "help/editing/correction";
	}

}
