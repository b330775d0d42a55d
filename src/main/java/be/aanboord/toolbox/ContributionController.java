package be.aanboord.toolbox;

import java.util.ArrayList;
import java.util.List;

import be.aanboord.account.CurrentUser;
import be.aanboord.system.NotFoundException;
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

/**
 * Partners write fiches for their organisation, send them to the editors and answer their
 * remarks.
 */
@Controller
class ContributionController {

	private static final int PAGE_SIZE = 20;

	private final FicheRepository fiches;

	private final FicheReview review;

	private final FicheAttachments attachments;

	ContributionController(FicheRepository fiches, FicheReview review, FicheAttachments attachments) {
		this.fiches = fiches;
		this.review = review;
		this.attachments = attachments;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("allThemes", Theme.values());
		model.addAttribute("allPhases", CarePhase.values());
		model.addAttribute("allLevels", Level.values());
		model.addAttribute("allAudiences", Audience.values());
		model.addAttribute("allLicences", Licence.values());
	}

	@GetMapping("/toolbox/mijn-fiches")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(name = "pagina", defaultValue = "0") int page,
			Model model) {
		model.addAttribute("fiches", Pages.of(page, PAGE_SIZE,
				(p) -> this.fiches.findByOrganisationIdOrderByUpdatedAtDesc(organisation(user), p)));
		return "toolbox/mine";
	}

	/**
	 * The form of a new fiche, with its first attachment; {@code ?bijlage=te-groot}
	 * reports an attachment larger than the server accepts (see
	 * {@link AttachmentUploadLimit}).
	 */
	@GetMapping("/toolbox/mijn-fiches/nieuw")
	String createForm(@RequestParam(name = "bijlage", required = false) String attachment, Model model) {
		if ("te-groot".equals(attachment)) {
			model.addAttribute("uploadError", "toolbox.attachment.tooLarge");
			model.addAttribute("uploadErrorArguments", new Object[] { this.attachments.maxSize().toMegabytes() });
		}
		model.addAttribute("ficheForm", new FicheForm().withEmptyRows());
		model.addAttribute("maxUploadMegabytes", this.attachments.maxSize().toMegabytes());
		return "toolbox/form";
	}

	/**
	 * Saves a new draft, with the attachment chosen in the same form: a refused file
	 * keeps what was typed and saves nothing.
	 */
	@PostMapping("/toolbox/mijn-fiches/nieuw")
	String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute FicheForm form,
			BindingResult result, @RequestParam(name = "bestand", required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) {
		validate(form, result);
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
			model.addAttribute("maxUploadMegabytes", this.attachments.maxSize().toMegabytes());
			return "toolbox/form";
		}
		Fiche fiche = this.review.draft(form, user.getId(), organisation(user), uploads);
		redirect.addFlashAttribute("success", "toolbox.contribution.saved");
		return "redirect:/toolbox/mijn-fiches/" + fiche.getId();
	}

	/**
	 * The fiche as it will look once published: its text rendered, its facts and its
	 * attachments, before it is sent to the editors.
	 */
	@GetMapping("/toolbox/mijn-fiches/{id}/voorbeeld")
	String preview(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		Fiche fiche = find(user, id);
		model.addAttribute("fiche", fiche);
		model.addAttribute("attachments", this.attachments.of(fiche.getId()));
		return "toolbox/preview";
	}

	/**
	 * The form of one fiche; {@code ?bijlage=te-groot} reports an attachment that was
	 * larger than the server accepts (see {@link AttachmentUploadLimit}).
	 */
	@GetMapping("/toolbox/mijn-fiches/{id}")
	String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(name = "bijlage", required = false) String attachment, Model model) {
		Fiche fiche = find(user, id);
		if ("te-groot".equals(attachment)) {
			model.addAttribute("uploadError", "toolbox.attachment.tooLarge");
			model.addAttribute("uploadErrorArguments", new Object[] { this.attachments.maxSize().toMegabytes() });
		}
		model.addAttribute("ficheForm", FicheForm.from(fiche).withEmptyRows());
		return show(fiche, model);
	}

	@PostMapping("/toolbox/mijn-fiches/{id}")
	String update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute FicheForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		Fiche fiche = find(user, id);
		if (!fiche.isEditable()) {
			redirect.addFlashAttribute("warning", "toolbox.contribution.notEditable");
			return "redirect:/toolbox/mijn-fiches/" + id;
		}
		if (form.getVersion() != fiche.getVersion()) {
			model.addAttribute("conflict", true);
			form.withEmptyRows();
			return show(fiche, model);
		}
		validate(form, result);
		if (result.hasErrors()) {
			form.withEmptyRows();
			return show(fiche, model);
		}
		this.review.update(fiche, form, organisation(user));
		redirect.addFlashAttribute("success", "toolbox.contribution.saved");
		return "redirect:/toolbox/mijn-fiches/" + id;
	}

	@PostMapping("/toolbox/mijn-fiches/{id}/indienen")
	String submit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		Fiche fiche = find(user, id);
		if (!fiche.isEditable()) {
			redirect.addFlashAttribute("warning", "toolbox.contribution.notEditable");
			return "redirect:/toolbox/mijn-fiches/" + id;
		}
		this.review.submit(fiche, user.getDisplayName());
		redirect.addFlashAttribute("success", "toolbox.contribution.submitted");
		return "redirect:/toolbox/mijn-fiches";
	}

	@PostMapping("/toolbox/mijn-fiches/{id}/nieuwe-versie")
	String revise(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		Fiche fiche = find(user, id);
		if (fiche.getStatus() != FicheStatus.PUBLISHED) {
			redirect.addFlashAttribute("warning", "toolbox.contribution.notEditable");
			return "redirect:/toolbox/mijn-fiches/" + id;
		}
		this.review.revise(fiche);
		redirect.addFlashAttribute("success", "toolbox.contribution.revising");
		return "redirect:/toolbox/mijn-fiches/" + id;
	}

	private String show(Fiche fiche, Model model) {
		model.addAttribute("fiche", fiche);
		model.addAttribute("comments", this.review.comments(fiche.getId()));
		model.addAttribute("attachments", this.attachments.of(fiche.getId()));
		model.addAttribute("maxUploadMegabytes", this.attachments.maxSize().toMegabytes());
		return "toolbox/form";
	}

	private static void validate(FicheForm form, BindingResult result) {
		List<FicheReference> references = form.parsedReferences();
		if (references == null) {
			result.rejectValue("references", "toolbox.references.invalid");
		}
		else if (references.stream()
			.anyMatch((reference) -> reference.getUrl() != null
					&& (reference.getKind() == ReferenceKind.IMAGE || reference.getKind() == ReferenceKind.VIDEO))) {
			result.rejectValue("references", "toolbox.references.mediaLink");
		}
		form.validateMediaLinks(result);
	}

	private Fiche find(CurrentUser user, long id) {
		return this.fiches.findWithDetailsByIdAndOrganisationId(id, organisation(user))
			.orElseThrow(() -> new NotFoundException("fiche " + id));
	}

	private static long organisation(CurrentUser user) {
		if (user.getOrganisationId() == null) {
			throw new NotFoundException("no organisation");
		}
		return user.getOrganisationId();
	}

}
