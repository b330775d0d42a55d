package be.aanboord.toolbox;

import be.aanboord.partner.Organisations;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the pages of a fiche's working copy show besides the fiche: for the contributor
 * the choices of the form, its attachments, the review conversation, the largest upload,
 * the preview; for the editors the version under review with its attachments (also the
 * withdrawn ones), its changes since the published version and the review conversation.
 */
@Component
class FichePages {

	private final FicheAttachments attachments;

	private final FicheComments comments;

	private final Organisations organisations;

	private final FicheReview review;

	private final FicheChanges changes;

	FichePages(FicheAttachments attachments, FicheComments comments, Organisations organisations, FicheReview review,
			FicheChanges changes) {
		this.attachments = attachments;
		this.comments = comments;
		this.organisations = organisations;
		this.review = review;
		this.changes = changes;
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
		model.addAttribute("organisationName", organisationName(fiche));
		model.addAttribute("attachments", this.attachments.of(fiche.getId()));
		return "toolbox/preview";
	}

	/** The review page of a fiche. */
	String review(long id, Model model) {
		Fiche fiche = this.review.find(id);
		model.addAttribute("fiche", fiche);
		model.addAttribute("organisationName", organisationName(fiche));
		model.addAttribute("comments", this.comments.of(id));
		model.addAttribute("attachments", this.attachments.of(id));
		model.addAttribute("withdrawnAttachments", this.attachments.withdrawn(id));
		model.addAttribute("changes", this.changes.sincePublished(fiche).orElse(null));
		return "toolbox/review";
	}

	/** The name of the organisation that wrote the fiche, if one did. */
	private String organisationName(Fiche fiche) {
		return (fiche.getOrganisationId() != null) ? this.organisations.find(fiche.getOrganisationId())
			.map(Organisations.OrganisationSummary::name)
			.orElse(null) : null;
	}

}
