package be.aanboord.help.editing;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A correction to an offer proposed by anyone from the offer's page: what is wrong, in
 * the proposer's words (at most 4000 characters), and optionally an e-mail address for a
 * reply. An editor applies or rejects it once; the address serves only that reply and is
 * erased as soon as it is sent (or at once when the correction is handled without a mail
 * server).
 */
@Entity
@Table(name = "help_correction")
public class HelpCorrection {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long offerId;

	private String body;

	private String email;

	@Enumerated(EnumType.STRING)
	private CorrectionStatus status;

	private Instant proposedAt;

	private Instant handledAt;

	private Long handledBy;

	private String editorNote;

	@Version
	private int version;

	protected HelpCorrection() {
	}

	HelpCorrection(long offerId, String body, String email, Instant now) {
		this.offerId = offerId;
		this.body = body;
		this.email = email;
		this.status = CorrectionStatus.PROPOSED;
		this.proposedAt = now;
	}

	/**
	 * Marks the correction applied by this editor.
	 * @throws IllegalStateException when it was handled already
	 */
	void apply(long editorId, Instant now) {
		handle(CorrectionStatus.APPLIED, editorId, null, now);
	}

	/**
	 * Marks the correction rejected by this editor, with the editor's note (at most 1000
	 * characters, may be empty).
	 * @throws IllegalStateException when it was handled already
	 */
	void decline(long editorId, String note, Instant now) {
		handle(CorrectionStatus.REJECTED, editorId, note, now);
	}

	private void handle(CorrectionStatus outcome, long editorId, String note, Instant now) {
		if (this.status != CorrectionStatus.PROPOSED) {
			throw new IllegalStateException("correction " + this.id + " was handled already");
		}
		this.status = outcome;
		this.handledBy = editorId;
		this.editorNote = (note == null || note.isBlank()) ? null : note.strip();
		this.handledAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public long getOfferId() {
		return this.offerId;
	}

	public String getBody() {
		return this.body;
	}

	public String getEmail() {
		return this.email;
	}

	public boolean isReplyWanted() {
		return this.email != null;
	}

	public CorrectionStatus getStatus() {
		return this.status;
	}

	public boolean isProposed() {
		return this.status == CorrectionStatus.PROPOSED;
	}

	public Instant getProposedAt() {
		return this.proposedAt;
	}

	public Instant getHandledAt() {
		return this.handledAt;
	}

	public Long getHandledBy() {
		return this.handledBy;
	}

	public String getEditorNote() {
		return this.editorNote;
	}

	public int getVersion() {
		return this.version;
	}

}
