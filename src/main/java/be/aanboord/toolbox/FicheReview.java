package be.aanboord.toolbox;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import be.aanboord.partner.Organisation;
import jakarta.persistence.EntityManager;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work around a fiche that spans more than the fiche itself: numbering and slugs,
 * snapshots of published versions, the review conversation and the e-mails to the
 * contributor.
 */
@Service
class FicheReview {

	private final FicheRepository fiches;

	private final EntityManager entities;

	private final JdbcTemplate jdbc;

	private final FicheMail mail;

	private final Clock clock;

	private final ToolboxCache cache;

	private final PublishedFiches published;

	private final FicheAttachments attachments;

	FicheReview(FicheRepository fiches, EntityManager entities, JdbcTemplate jdbc, FicheMail mail, Clock clock,
			ToolboxCache cache, PublishedFiches published, FicheAttachments attachments) {
		this.fiches = fiches;
		this.entities = entities;
		this.jdbc = jdbc;
		this.mail = mail;
		this.clock = clock;
		this.cache = cache;
		this.published = published;
		this.attachments = attachments;
	}

	@Transactional
	public Fiche draft(FicheForm form, long contributorId, long organisationId) {
		return draft(form, contributorId, organisationId, List.of());
	}

	/**
	 * A new draft with the attachments sent along with its first save, all or nothing.
	 */
	@Transactional
	public Fiche draft(FicheForm form, long contributorId, long organisationId,
			List<FicheAttachments.Checked> uploads) {
		Integer number = this.jdbc.queryForObject("select nextval('fiche_number_seq')::int", Integer.class);
		Fiche fiche = new Fiche(number, uniqueSlug(form.getTitle()), contributorId, now());
		apply(form, fiche, organisationId);
		Fiche saved = this.fiches.saveAndFlush(fiche);
		uploads.forEach((upload) -> this.attachments.store(saved.getId(), upload));
		return saved;
	}

	@Transactional
	public void update(Fiche fiche, FicheForm form, long organisationId) {
		apply(form, this.entities.merge(fiche), organisationId);
	}

	private void apply(FicheForm form, Fiche fiche, long organisationId) {
		fiche.write(form.getTitle(), form.getSummary(), form.getBody(), now());
		fiche.classify(form.getThemes(), form.getPhases(), form.getLevels(), form.getAudiences());
		fiche.attribute(this.entities.getReference(Organisation.class, organisationId), null, form.getLicence());
		fiche.refer(form.parsedReferences());
		fiche.link(form.parsedImages(), form.parsedVideos());
	}

	@Transactional
	public void submit(Fiche detached, String by) {
		Fiche fiche = this.entities.merge(detached);
		fiche.submit(now());
		log(fiche, by, "SUBMITTED", null);
	}

	@Transactional
	public void comment(Fiche fiche, String by, String text) {
		log(fiche, by, "COMMENT", text);
		this.mail.send(fiche, "COMMENT", text);
	}

	@Transactional
	public void requestChanges(Fiche detached, String by, String text) {
		Fiche fiche = this.entities.merge(detached);
		fiche.requestChanges(now());
		log(fiche, by, "CHANGES_REQUESTED", text);
		this.mail.send(fiche, "CHANGES_REQUESTED", text);
	}

	@Transactional
	public void publish(Fiche detached, String by) {
		Fiche fiche = this.entities.merge(detached);
		Instant now = now();
		int number = fiche.publish(now, LocalDate.now(this.clock));
		this.fiches.flush();
		this.published.publish(fiche.getId(), number, now, by);
		this.attachments.publish(fiche.getId());
		this.jdbc.execute("refresh materialized view concurrently fiche_word");
		log(fiche, by, "PUBLISHED", null);
		this.cache.clear();
		this.mail.send(fiche, "PUBLISHED", null);
	}

	/** The published version stays public until the new one is published. */
	@Transactional
	public void revise(Fiche detached) {
		this.entities.merge(detached).revise(now());
	}

	@Transactional
	public void archive(Fiche detached, String by) {
		Fiche fiche = this.entities.merge(detached);
		fiche.archive(now());
		this.published.withdraw(fiche.getId());
		this.jdbc.execute("refresh materialized view concurrently fiche_word");
		log(fiche, by, "ARCHIVED", null);
		this.cache.clear();
	}

	@Transactional
	public void markReviewed(Fiche detached, String by) {
		Fiche fiche = this.entities.merge(detached);
		fiche.markReviewed(LocalDate.now(this.clock));
		log(fiche, by, "REVIEWED", null);
		this.cache.clear();
	}

	record Comment(String author, String kind, String text, Instant createdAt) {
	}

	@Transactional(readOnly = true)
	public List<Comment> comments(long ficheId) {
		return this.jdbc.query(
				"select author, kind, text, created_at from fiche_comment where fiche_id = ? order by created_at, id",
				(rs, row) -> new Comment(rs.getString(1), rs.getString(2), rs.getString(3),
						rs.getTimestamp(4).toInstant()),
				ficheId);
	}

	private void log(Fiche fiche, String by, String kind, String text) {
		this.jdbc.update("insert into fiche_comment (fiche_id, author, kind, text, created_at) values (?, ?, ?, ?, ?)",
				fiche.getId(), by, kind, (text != null && !text.isBlank()) ? text.strip() : null,
				java.sql.Timestamp.from(now()));
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
