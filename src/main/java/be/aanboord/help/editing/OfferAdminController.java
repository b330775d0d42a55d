package be.aanboord.help.editing;

import jakarta.validation.Valid;

import be.aanboord.account.CurrentUser;
import be.aanboord.help.HelpOffer;
import be.aanboord.system.EditConflict;
import be.aanboord.system.Edits;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
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
 * One form to create and edit a help offer (its slug is set when it is created), and the
 * buttons after: "Nagekeken" (checked today), archive and restore. A form or button
 * opened before someone else saved the offer is refused with the conflict message, the
 * form keeping what was typed.
 */
@Controller
class OfferAdminController {

	private final OfferEditing editing;

	private final OfferValidation validation;

	private final OfferFormPage formPage;

	OfferAdminController(OfferEditing editing, OfferValidation validation, OfferFormPage formPage) {
		this.editing = editing;
		this.validation = validation;
		this.formPage = formPage;
	}

	@GetMapping("/hulp/beheer/nieuw")
	String createForm(Model model) {
		model.addAttribute("offerForm", new OfferForm());
		return this.formPage.show(null, model);
	}

	@PostMapping("/hulp/beheer/nieuw")
	String create(@Valid @ModelAttribute("offerForm") OfferForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		this.validation.check(form, result, null);
		if (result.hasErrors()) {
			return this.formPage.show(null, model);
		}
		long id;
		try {
			id = this.editing.create(form, user);
		}
		catch (DataIntegrityViolationException takenMeanwhile) {
			result.rejectValue("slug", "help.editing.error.slugTaken");
			return this.formPage.show(null, model);
		}
		redirect.addFlashAttribute("success", "help.editing.saved");
		return "redirect:/hulp/beheer/" + id;
	}

	@GetMapping("/hulp/beheer/{id}")
	String editForm(@PathVariable long id, Model model) {
		HelpOffer offer = this.editing.offer(id);
		model.addAttribute("offerForm", OfferForm.from(offer));
		return this.formPage.show(offer, model);
	}

	@PostMapping("/hulp/beheer/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("offerForm") OfferForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		HelpOffer offer = this.editing.offer(id);
		form.setSlug(offer.getSlug());
		this.validation.check(form, result, id);
		if (result.hasErrors()) {
			return this.formPage.show(offer, model);
		}
		return Edits.save(model, () -> {
			this.editing.update(id, form, user.getId(), null);
			redirect.addFlashAttribute("success", "help.editing.saved");
			return "redirect:/hulp/beheer/" + id;
		}, () -> this.formPage.show(this.editing.offer(id), model));
	}

	@PostMapping("/hulp/beheer/{id}/nagekeken")
	String checked(@PathVariable long id, @RequestParam(name = "versie", defaultValue = "-1") int version,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		this.editing.offer(id);
		if (done(() -> this.editing.markChecked(id, version, user))) {
			redirect.addFlashAttribute("success", "help.editing.checkedToday");
		}
		else {
			redirect.addFlashAttribute("warning", "form.conflict");
		}
		return "redirect:/hulp/beheer/" + id;
	}

	@PostMapping("/hulp/beheer/{id}/archiveren")
	String archive(@PathVariable long id, @RequestParam(name = "versie", defaultValue = "-1") int version,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		this.editing.offer(id);
		if (done(() -> this.editing.archive(id, version, true, user))) {
			redirect.addFlashAttribute("success", "help.editing.archived");
		}
		else {
			redirect.addFlashAttribute("warning", "form.conflict");
		}
		return "redirect:/hulp/beheer/" + id;
	}

	@PostMapping("/hulp/beheer/{id}/herstellen")
	String restore(@PathVariable long id, @RequestParam(name = "versie", defaultValue = "-1") int version,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		this.editing.offer(id);
		if (done(() -> this.editing.archive(id, version, false, user))) {
			redirect.addFlashAttribute("success", "help.editing.restored");
		}
		else {
			redirect.addFlashAttribute("warning", "form.conflict");
		}
		return "redirect:/hulp/beheer/" + id;
	}

	/** Runs a button's action; false when someone else saved the offer first. */
	private static boolean done(Runnable action) {
		try {
			action.run();
			return true;
		}
		catch (EditConflict | OptimisticLockingFailureException conflict) {
			return false;
		}
	}

}
