package be.aanboord.toolbox;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import be.aanboord.system.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the editors do with a fiche, each in one transaction: remark on it, send it back,
 * publish the version under review (a snapshot of it, its attachments and the search
 * words), archive it, mark it reviewed. Every step is kept in the review conversation
 * ({@link FicheComments}); what follows from it (the e-mail to the contributor, the
 * public cache) happens after the transaction commits, on the published events.
 */
@Service
class FicheReview {

	/** Longest remark, in characters. */
	static final int MAX_COMMENT = 4000;

	private final FicheRepository fiches;

	private final FicheComments comments;

	private final PublishedFiches published;

	private final FicheAttachments attachments;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	FicheReview(FicheRepository fiches, FicheComments comments, PublishedFiches published, FicheAttachments attachments,
			JdbcTemplate jdbc, Clock clock, ApplicationEventPublisher events) {
		this.fiches = fiches;
		this.comments = comments;
		this.published = published;
		this.attachments = attachments;
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
	}

	/** A remark is not blank and at most {@value #MAX_COMMENT} characters long. */
	static final class CommentRequired extends RuntimeException {

		CommentRequired() {
			super("a remark is required");
		}

	}

	/** The editor did not confirm that they checked the attachments and the changes. */
	static final class Unconfirmed extends RuntimeException {

		Unconfirmed() {
			super("publication not confirmed");
		}

	}

	/**
	 * A fiche as the editors see it: any fiche but a draft that was never published, with
	 * its references and media links.
	 * @throws NotFoundException otherwise
	 */
	@Transactional(readOnly = true)
	Fiche find(long id) {
		return this.fiches.findWithDetailsById(id)
			.filter((fiche) -> fiche.getStatus() != FicheStatus.DRAFT || fiche.getPublishedVersion() > 0)
			.orElseThrow(() -> new NotFoundException("fiche " + id));
	}

	/**
	 * A remark for the contributor, whatever the fiche's status.
	 * @param by the editor's name
	 * @throws CommentRequired when the remark is blank or too long
	 */
	@Transactional
	void comment(long id, String by, String text) {
		find(id);
		requireComment(text);
		this.comments.add(id, by, "COMMENT", text);
		this.events.publishEvent(new FicheCommented(id, text));
	}

	/**
	 * Sends the fiche under review back to its contributor as a draft.
	 * @throws CommentRequired when the remark is blank or too long
	 * @throws Fiche.WrongStatus when the fiche is not under review
	 */
	@Transactional
	void requestChanges(long id, String by, String text) {
		Fiche fiche = find(id);
		requireComment(text);
		fiche.requestChanges(now());
		this.comments.add(id, by, "CHANGES_REQUESTED", text);
		this.events.publishEvent(new FicheChangesRequested(id, text));
	}

	/**
	 * Publishes the version under review: a snapshot of it becomes the public version,
	 * with its attachments; the search words follow.
	 * @param confirmed whether the editor confirmed that they checked its attachments and
	 * its changes
	 * @return the fiche's slug, its public address
	 * @throws Fiche.WrongStatus when the fiche is not under review
	 * @throws Unconfirmed when it is, but the editor did not confirm
	 */
	@Transactional
	String publish(long id, String by, boolean confirmed) {
		Fiche fiche = find(id);
		fiche.requireStatus(FicheStatus.IN_REVIEW);
		if (!confirmed) {
			throw new Unconfirmed();
		}
		Instant now = now();
		int version = fiche.publish(now, LocalDate.now(this.clock));
		this.fiches.flush();
		this.published.publish(id, version, now, by);
		this.attachments.publish(id);
		this.jdbc.execute("refresh materialized view concurrently fiche_word");
		this.comments.add(id, by, "PUBLISHED", null);
		this.events.publishEvent(new FichePublished(id, version));
		return fiche.getSlug();
	}

	/**
	 * Takes a published fiche off the public site.
	 * @throws Fiche.WrongStatus when the fiche is not published
	 */
	@Transactional
	void archive(long id, String by) {
		find(id).archive(now());
		this.published.withdraw(id);
		this.jdbc.execute("refresh materialized view concurrently fiche_word");
		this.comments.add(id, by, "ARCHIVED", null);
		this.events.publishEvent(new FicheArchived(id));
	}

	/**
	 * The fiche counts as checked today.
	 * @throws Fiche.WrongStatus when the fiche is not published
	 */
	@Transactional
	void markReviewed(long id, String by) {
		find(id).markReviewed(LocalDate.now(this.clock));
		this.comments.add(id, by, "REVIEWED", null);
		this.events.publishEvent(new FicheMarkedReviewed(id));
	}

	private static void requireComment(String text) {
		if (text == null || text.isBlank() || text.length() > MAX_COMMENT) {
			throw new CommentRequired();
		}
	}

	private Instant now() {
		return this.clock.instant();
	}

}
