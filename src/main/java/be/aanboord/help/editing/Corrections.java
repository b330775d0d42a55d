package be.aanboord.help.editing;

import java.time.Clock;

import be.aanboord.account.CurrentUser;
import be.aanboord.system.ControlCharacters;
import be.aanboord.system.EditConflict;
import be.aanboord.system.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrections proposed by anyone and handled by an editor, once: applying one saves the
 * offer's form with the correction named in the offer's history; rejecting one keeps the
 * editor's note. A correction handled meanwhile (by another editor, or by a second click)
 * is a conflict, never handled twice. After commit the proposer gets a reply if they left
 * an address ({@link CorrectionHandled}).
 */
@Service
class Corrections {

	private final HelpCorrectionRepository corrections;

	private final OfferEditing offers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Corrections(HelpCorrectionRepository corrections, OfferEditing offers, ApplicationEventPublisher events,
			Clock clock) {
		this.corrections = corrections;
		this.offers = offers;
		this.events = events;
		this.clock = clock;
	}

	/** Stores a proposal for the offer; returns its id. */
	@Transactional
	public long propose(long offerId, CorrectionForm form) {
		String body = form.getBody().strip();
		return this.corrections
			.save(new HelpCorrection(offerId, ControlCharacters.strip(body), form.replyAddress(), this.clock.instant()))
			.getId();
	}

	/**
	 * Applies the correction: saves the offer's form (recorded with the correction) and
	 * marks the correction applied.
	 * @throws EditConflict when the correction was handled or the offer saved meanwhile
	 */
	@Transactional
	public void apply(long id, int version, OfferForm form, CurrentUser user) {
		HelpCorrection correction = proposed(id, version);
		correction.apply(user.getId(), this.clock.instant());
		this.corrections.saveAndFlush(correction);
		this.offers.update(correction.getOfferId(), form, user.getId(), correction.getId());
		this.events.publishEvent(new CorrectionHandled(id));
	}

	/**
	 * Rejects the correction with the editor's note (may be empty).
	 * @throws EditConflict when the correction was handled meanwhile
	 */
	@Transactional
	public void decline(long id, int version, String note, CurrentUser user) {
		HelpCorrection correction = proposed(id, version);
		correction.decline(user.getId(), (note == null) ? null : ControlCharacters.strip(note), this.clock.instant());
		this.corrections.saveAndFlush(correction);
		this.events.publishEvent(new CorrectionHandled(id));
	}

	HelpCorrection correction(long id) {
		return this.corrections.findById(id).orElseThrow(() -> new NotFoundException("help correction " + id));
	}

	private HelpCorrection proposed(long id, int version) {
		HelpCorrection correction = correction(id);
		EditConflict.check("help correction " + id, version, correction.getVersion());
		if (!correction.isProposed()) {
			throw new EditConflict("help correction " + id);
		}
		return correction;
	}

}
