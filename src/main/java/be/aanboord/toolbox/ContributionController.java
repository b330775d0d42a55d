package be.aanboord.toolbox;

import java.util.ArrayList;
import java.util.List;

import be.aanboord.account.CurrentUser;
import be.aanboord.system.Edits;
import be.aanboord.system.Pages;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static be.aanboord.toolbox.FicheContributions.organisationOf;

/**
 * Partners write fiches for their organisation: the list of their fiches, the form of a
 * new one and of a draft, the preview. Sending to the editors is
 * {@link SubmissionController}'s.
 */
@Controller
class ContributionController {

	private static final int PAGE_SIZE = 20;

	private final FicheContributions contributions;

	private final FicheAttachments attachments;

	private final FichePages pages;

	ContributionController(FicheContributions contributions, FicheAttachments attachments, FichePages pages) {
		this.contributions = contributions;
		this.attachments = attachments;
		this.pages = pages;
	}

	@GetMapping("/toolbox/mijn-fiches")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(name = "pagina", defaultValue = "0") int page,
			Model model) {
		model.addAttribute("fiches", Pages.of(page, PAGE_SIZE, (p) -> this.contributions.of(organisationOf(user), p)));
		return "toolbox/mine";
	}

	/**
	 * The form of a new fiche, with its first attachment; {@code ?bijlage=te-groot}
	 * reports an attachment larger than the server accepts (see
	 * {@link AttachmentUploadLimit}).
	 */
	@GetMapping("/toolbox/mijn-fiches/nieuw")
	String createForm(@RequestParam(name = "bijlage", required = false) String attachment, Model model) {
		this.pages.uploadTooLarge(attachment, model);
		model.addAttribute("ficheForm", new FicheForm().withEmptyRows());
		return this.pages.newForm(model);
	}

	/**
	 * Saves a new draft, with the attachment chosen in the same form: a refused file
	 * keeps what was typed and saves nothing.
	 */
	@PostMapping("/toolbox/mijn-fiches/nieuw")
	String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute FicheForm form,
			BindingResult result, @RequestParam(name = "bestand", required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) {
		form.validate(result);
		List<FicheAttachments.Checked> uploads = new ArrayList<>();
		if (file != null && !(file.isEmpty() && !StringUtils.hasText(file.getOriginalFilename()))) {
			try {
				uploads.add(this.attachments.check(file));
			}
			catch (FicheAttachments.Rejected rejected) {
				model.addAttribute("uploadError", rejected.code());
				model.addAttribute("uploadErrorArguments", rejected.arguments());
			}
		}
		if (result.hasErrors() || model.containsAttribute("uploadError")) {
			form.withEmptyRows();
			return this.pages.newForm(model);
		}
		Fiche fiche = this.contributions.draft(form, user.getId(), organisationOf(user), uploads);
		redirect.addFlashAttribute("success", "toolbox.contribution.saved");
		return "redirect:/toolbox/mijn-fiches/" + fiche.getId();
	}

	/**
	 * The fiche as it will look once published: its text rendered, its facts and its
	 * attachments, before it is sent to the editors.
	 */
	@GetMapping("/toolbox/mijn-fiches/{id}/voorbeeld")
	String preview(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		return this.pages.preview(this.contributions.own(id, organisationOf(user)), model);
	}

	/**
	 * The form of one fiche; {@code ?bijlage=te-groot} reports an attachment that was
	 * larger than the server accepts (see {@link AttachmentUploadLimit}).
	 */
	@GetMapping("/toolbox/mijn-fiches/{id}")
	String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(name = "bijlage", required = false) String attachment, Model model) {
		Fiche fiche = this.contributions.own(id, organisationOf(user));
		this.pages.uploadTooLarge(attachment, model);
		model.addAttribute("ficheForm", FicheForm.from(fiche).withEmptyRows());
		return this.pages.form(fiche, model);
	}

	/**
	 * Saves the draft; a fiche that is no longer a draft is not changed (a warning), a
	 * fiche saved meanwhile shows the form again with the conflict and the input.
	 */
	@PostMapping("/toolbox/mijn-fiches/{id}")
	String update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute FicheForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		long organisation = organisationOf(user);
		try {
			return Edits.save(model, () -> {
				if (!this.contributions.update(id, organisation, form, result)) {
					return this.pages.formAgain(form, this.contributions.own(id, organisation), model);
				}
				redirect.addFlashAttribute("success", "toolbox.contribution.saved");
				return "redirect:/toolbox/mijn-fiches/" + id;
			}, () -> this.pages.formAgain(form, this.contributions.own(id, organisation), model));
		}
		catch (Fiche.WrongStatus notADraft) {
			redirect.addFlashAttribute("warning", "toolbox.contribution.notEditable");
			return "redirect:/toolbox/mijn-fiches/" + id;
		}
	}

}
