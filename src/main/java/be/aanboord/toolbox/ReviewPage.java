package be.aanboord.toolbox;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The review page of one fiche: the version under review with its attachments (also the
 * withdrawn ones), its changes since the published version and the review conversation.
 */
@Component
class ReviewPage {

	private final FicheReview review;

	private final FicheComments comments;

	private final FicheAttachments attachments;

	private final FicheChanges changes;

	ReviewPage(FicheReview review, FicheComments comments, FicheAttachments attachments, FicheChanges changes) {
		this.review = review;
		this.comments = comments;
		this.attachments = attachments;
		this.changes = changes;
	}

	String show(long id, Model model) {
		Fiche fiche = this.review.find(id);
		model.addAttribute("fiche", fiche);
		model.addAttribute("comments", this.comments.of(id));
		model.addAttribute("attachments", this.attachments.of(id));
		model.addAttribute("withdrawnAttachments", this.attachments.withdrawn(id));
		model.addAttribute("changes", this.changes.sincePublished(fiche).orElse(null));
		return "toolbox/review";
	}

}
