package be.aanboord.toolbox;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the contributor's pages show besides the fiche: the choices of the form, its
 * attachments, the review conversation, the largest upload. Shared by the controllers of
 * the contributor's pages.
 */
@Component
class ContributionPages {

	private final FicheAttachments attachments;

	private final FicheComments comments;

	ContributionPages(FicheAttachments attachments, FicheComments comments) {
		this.attachments = attachments;
		this.comments = comments;
	}

	/**
	 * Reports an attachment larger than the server accepts when the address says so
	 * ({@code ?bijlage=te-groot}, see {@link AttachmentUploadLimit}).
	 */
	void uploadTooLarge(String attachment, Model model) {
		if ("te-groot".equals(attachment)) {
			model.addAttribute("uploadError", "toolbox.attachment.tooLarge");
			model.addAttribute("uploadErrorArguments", new Object[] { this.attachments.maxSize().toMegabytes() });
		}
	}

	/** The form of a new fiche, its {@code ficheForm} already in the model. */
	String newForm(Model model) {
		model.addAttribute("allThemes", Theme.values());
		model.addAttribute("allPhases", CarePhase.values());
		model.addAttribute("allLevels", Level.values());
		model.addAttribute("allAudiences", Audience.values());
		model.addAttribute("allLicences", Licence.values());
		model.addAttribute("maxUploadMegabytes", this.attachments.maxSize().toMegabytes());
		return "toolbox/form";
	}

	/** The form of a fiche, its {@code ficheForm} already in the model. */
	String form(Fiche fiche, Model model) {
		model.addAttribute("fiche", fiche);
		model.addAttribute("comments", this.comments.of(fiche.getId()));
		model.addAttribute("attachments", this.attachments.of(fiche.getId()));
		return newForm(model);
	}

	/** The form again with the input as sent (after errors or a conflict). */
	String formAgain(FicheForm form, Fiche fiche, Model model) {
		form.withEmptyRows();
		return form(fiche, model);
	}

	/** The fiche as it will look once published. */
	String preview(Fiche fiche, Model model) {
		model.addAttribute("fiche", fiche);
		model.addAttribute("attachments", this.attachments.of(fiche.getId()));
		return "toolbox/preview";
	}

}
