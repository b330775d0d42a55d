package be.aanboord.help.editing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import be.aanboord.account.CurrentUser;
import be.aanboord.help.HelpOffer;
import be.aanboord.help.HelpOfferRepository;
import be.aanboord.system.EditConflict;
import be.aanboord.system.NotFoundException;
import be.aanboord.system.PublicPageCache;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editors' work on help offers, each change in one transaction with its row in the
 * offer's history ({@link OfferHistory}): create, edit (with the correction it applies,
 * if any), mark checked today, archive and restore. A form or button opened on an older
 * version of the offer is refused ({@link EditConflict}); the public pages are told after
 * commit that the directory changed.
 */
@Service
class OfferEditing {

	private final HelpOfferRepository offers;

	private final OfferHistory history;

	private final PublicPageCache publicPages;

	private final Clock clock;

	OfferEditing(HelpOfferRepository offers, OfferHistory history, PublicPageCache publicPages, Clock clock) {
		this.offers = offers;
		this.history = history;
		this.publicPages = publicPages;
		this.clock = clock;
	}

	/** Creates a published offer, checked today; returns its id. */
	@Transactional
	public long create(OfferForm form, CurrentUser user) {
		Instant now = this.clock.instant();
		HelpOffer offer = new HelpOffer(form.slugToSave(), form.getName().strip(), form.getKind(),
				LocalDate.now(this.clock), now);
		form.applyTo(offer, now);
		long id = this.offers.saveAndFlush(offer).getId();
		Map<String, String> none = new LinkedHashMap<>();
		Map<String, String> after = snapshot(offer);
		after.keySet().forEach((field) -> none.put(field, null));
		this.history.record(id, user.getId(), null, ChangeKind.CREATED, OfferHistory.diff(none, after), now);
		this.publicPages.contentChanged();
		return id;
	}

	/**
	 * Saves the form onto the offer, unless someone else saved it since the form was
	 * opened; sets the date it was checked to today when the form says so. Records the
	 * changed fields, with the correction applied ({@code correctionId}, may be null).
	 * @throws EditConflict when the form's version is not the offer's
	 */
	@Transactional
	public void update(long id, OfferForm form, long accountId, Long correctionId) {
		HelpOffer offer = offer(id);
		EditConflict.check("help offer " + id, form.getVersion(), offer.getVersion());
		Instant now = this.clock.instant();
		Map<String, String> before = snapshot(offer);
		form.applyTo(offer, now);
		if (form.isChecked()) {
			offer.markChecked(LocalDate.now(this.clock), now);
		}
		Map<String, List<String>> changed = OfferHistory.diff(before, snapshot(offer));
		if (!changed.isEmpty() || correctionId != null) {
			this.history.record(id, accountId, correctionId, ChangeKind.EDITED, changed, now);
		}
		this.publicPages.contentChanged();
	}

	/** Records that the offer's data was checked today. */
	@Transactional
	public void markChecked(long id, int version, CurrentUser user) {
		HelpOffer offer = offer(id);
		EditConflict.check("help offer " + id, version, offer.getVersion());
		Instant now = this.clock.instant();
		Map<String, String> before = snapshot(offer);
		offer.markChecked(LocalDate.now(this.clock), now);
		this.offers.saveAndFlush(offer);
		this.history.record(id, user.getId(), null, ChangeKind.CHECKED, OfferHistory.diff(before, snapshot(offer)),
				now);
		this.publicPages.contentChanged();
	}

	/** Archives (true) or restores (false) the offer; nothing when it is so already. */
	@Transactional
	public void archive(long id, int version, boolean archived, CurrentUser user) {
		HelpOffer offer = offer(id);
		EditConflict.check("help offer " + id, version, offer.getVersion());
		if (offer.isPublished() != archived) {
			return;
		}
		Instant now = this.clock.instant();
		Map<String, String> before = snapshot(offer);
		if (archived) {
			offer.archive(now);
		}
		else {
			offer.restore(now);
		}
		this.history.record(id, user.getId(), null, archived ? ChangeKind.ARCHIVED : ChangeKind.RESTORED,
				OfferHistory.diff(before, snapshot(offer)), now);
		this.publicPages.contentChanged();
	}

	/**
	 * The offer with the municipalities it serves (read in the transaction, for the
	 * form).
	 * @throws NotFoundException when there is no such offer
	 */
	@Transactional(readOnly = true)
	public HelpOffer offer(long id) {
		HelpOffer offer = this.offers.findById(id).orElseThrow(() -> new NotFoundException("help offer " + id));
		offer.getMunicipalityCodes();
		return offer;
	}

	/** Every field the history compares, as text. */
	static Map<String, String> snapshot(HelpOffer offer) {
		Map<String, String> values = OfferForm.from(offer).snapshot();
		values.put("checkedOn", (offer.getCheckedOn() != null) ? offer.getCheckedOn().toString() : null);
		values.put("status", offer.getStatus().name());
		return values;
	}

}
