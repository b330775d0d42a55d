package be.aanboord.toolbox;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import be.aanboord.account.CurrentUser;
import be.aanboord.system.EditConflict;
import be.aanboord.system.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * What a partner does with the fiches of their organisation, each in one transaction:
 * write a draft (numbered, with a slug that never changes), change it, send it to the
 * editors, start a new version of a published fiche. A partner only ever finds the fiches
 * of their own organisation; another fiche is not found (404).
 */
@Service
class FicheContributions {

	private final FicheRepository fiches;

	private final FicheComments comments;

	private final FicheAttachments attachments;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	FicheContributions(FicheRepository fiches, FicheComments comments, FicheAttachments attachments, JdbcTemplate jdbc,
			Clock clock, ApplicationEventPublisher events) {
		this.fiches = fiches;
		this.comments = comments;
		this.attachments = attachments;
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * The organisation a partner writes for.
	 * @throws NotFoundException when the user belongs to none (nothing of the toolbox's
	 * own pages exists for them)
	 */
	static long organisationOf(CurrentUser user) {
		if (user.getOrganisationId() == null) {
			throw new NotFoundException("no organisation");
		}
		return user.getOrganisationId();
	}

	/** The organisation's fiches, last changed first. */
	@Transactional(readOnly = true)
	Page<Fiche> of(long organisationId, Pageable page) {
		return this.fiches.findByOrganisationIdOrderByUpdatedAtDesc(organisationId, page);
	}

	/**
	 * A fiche of the organisation, with its references and media links.
	 * @throws NotFoundException when the organisation has no fiche with this id
	 */
	@Transactional(readOnly = true)
	Fiche own(long id, long organisationId) {
		return this.fiches.findWithDetailsByIdAndOrganisationId(id, organisationId)
			.orElseThrow(() -> new NotFoundException("fiche " + id));
	}

	/**
	 * A new draft with the attachments sent along with its first save, all or nothing.
	 * @param uploads attachments already checked ({@link FicheAttachments#check})
	 */
	@Transactional
	Fiche draft(FicheForm form, long contributorId, long organisationId, List<FicheAttachments.Checked> uploads) {
		Integer number = this.jdbc.queryForObject("select nextval('fiche_number_seq')::int", Integer.class);
		Fiche fiche = new Fiche(number, uniqueSlug(form.getTitle()), contributorId, now());
		apply(form, fiche, organisationId);
		Fiche saved = this.fiches.saveAndFlush(fiche);
		uploads.forEach((upload) -> this.attachments.store(saved.getId(), upload));
		return saved;
	}

	/**
	 * Saves the form on the draft when it is valid ({@link FicheForm#validate}).
	 * @param errors the form's binding errors, to which the further checks add theirs
	 * @return whether it was saved (false: {@code errors} says why)
	 * @throws NotFoundException when the organisation has no fiche with this id
	 * @throws Fiche.WrongStatus when the fiche is not a draft (any more)
	 * @throws EditConflict when the fiche was saved since the form was opened
	 */
	@Transactional
	boolean update(long id, long organisationId, FicheForm form, Errors errors) {
		Fiche fiche = own(id, organisationId);
		fiche.requireEditable();
		EditConflict.check("fiche " + id, form.getVersion(), fiche.getVersion());
		form.validate(errors);
		if (errors.hasErrors()) {
			return false;
		}
		apply(form, fiche, organisationId);
		return true;
	}

	/**
	 * Sends the draft to the editors.
	 * @param by the contributor's name, for the review conversation
	 * @throws Fiche.WrongStatus when the fiche is not a draft (any more)
	 */
	@Transactional
	void submit(long id, long organisationId, String by) {
		Fiche fiche = own(id, organisationId);
		fiche.submit(now());
		this.comments.add(id, by, "SUBMITTED", null);
		this.events.publishEvent(new FicheSubmitted(id));
	}

	/**
	 * Starts a new version of a published fiche; the published version stays public until
	 * the new one is published.
	 * @throws Fiche.WrongStatus when the fiche is not published
	 */
	@Transactional
	void revise(long id, long organisationId) {
		own(id, organisationId).revise(now());
	}

	private void apply(FicheForm form, Fiche fiche, long organisationId) {
		fiche.write(form.getTitle(), form.getSummary(), form.getBody(), now());
		fiche.classify(form.getThemes(), form.getPhases(), form.getLevels(), form.getAudiences());
		fiche.attribute(organisationId, null, form.getLicence());
		fiche.refer(form.parsedReferences());
		fiche.link(form.parsedImages(), form.parsedVideos());
	}

	private String uniqueSlug(String title) {
		String base = Normalizer.normalize(title, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-|-$", "");
		if (base.length() > 120) {
			base = base.substring(0, 120).replaceAll("-[^-]*$", "");
		}
		if (base.isEmpty()) {
			base = "fiche";
		}
		String slug = base;
		for (int n = 2; this.fiches.findBySlug(slug).isPresent(); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

	private Instant now() {
		return this.clock.instant();
	}

}
