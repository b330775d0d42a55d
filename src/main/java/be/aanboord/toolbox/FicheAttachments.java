package be.aanboord.toolbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import be.aanboord.system.ControlCharacters;
import be.aanboord.system.Formats;
import be.aanboord.system.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * Attachments of fiches: only the allowed types, recognised from the content and only
 * when the content opens as that type ({@link AttachmentType}), at most the configured
 * size, stored under a generated name. A failed upload leaves nothing behind. Like the
 * text, attachments change publicly only when a version is published: a new one is public
 * from then on, one removed from a new version (withdrawn) stays public until then.
 */
@Service
class FicheAttachments {

	/** Allowed content types and the extension of their stored name. */
	static final Map<String, String> ALLOWED = Map.of(AttachmentType.PDF, "pdf", AttachmentType.DOCX, "docx",
			AttachmentType.PPTX, "pptx", AttachmentType.XLSX, "xlsx", "image/png", "png", "image/jpeg", "jpg",
			"image/gif", "gif", "image/webp", "webp");

	private final AttachmentStore store;

	private final FicheRepository fiches;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final DataSize maxSize;

	FicheAttachments(AttachmentStore store, FicheRepository fiches, JdbcTemplate jdbc, Clock clock,
			@Value("${aanboord.toolbox.max-upload-size:20MB}") DataSize maxSize) {
		this.store = store;
		this.fiches = fiches;
		this.jdbc = jdbc;
		this.clock = clock;
		this.maxSize = maxSize;
	}

	/** Why an upload was refused: a message key and its arguments. */
	static final class Rejected extends RuntimeException {

		private final String code;

		private final Object[] arguments;

		Rejected(String code, Object... arguments) {
			super(code);
			this.code = code;
			this.arguments = arguments;
		}

		String code() {
			return this.code;
		}

		Object[] arguments() {
			return this.arguments;
		}

	}

	record Attachment(long id, long ficheId, String originalName, String storedName, String contentType, long size,
			String sha256, Instant createdAt, long downloads, boolean published) {

		/** {@code 12 kB} or {@code 2,5 MB}, in the language of the request. */
		public String getSizeLabel() {
			return (this.size < 1024 * 1024) ? Math.max(1, this.size / 1024) + " kB" : Formats.current()
				.number(BigDecimal.valueOf(this.size).divide(BigDecimal.valueOf(1024 * 1024), 1, RoundingMode.HALF_UP))
					+ " MB";
		}

	}

	DataSize maxSize() {
		return this.maxSize;
	}

	/** An upload that passed every check, not stored yet. */
	record Checked(String name, byte[] content, String type) {
	}

	/**
	 * Attaches an upload to a draft of the organisation.
	 * @param file the upload, or {@code null} when the request held none
	 * @throws NotFoundException when the organisation has no draft with this id
	 * @throws Rejected when the upload is refused ({@link #check})
	 */
	@Transactional
	public Attachment upload(long ficheId, long organisationId, MultipartFile file) {
		ownDraft(ficheId, organisationId);
		if (file == null) {
			throw new Rejected("toolbox.attachment.empty");
		}
		return store(ficheId, check(file));
	}

	/**
	 * Checks an upload without storing it: its name, its size and its content.
	 * @throws Rejected when the upload is refused
	 */
	Checked check(MultipartFile file) {
		String name = checkedName(file.getOriginalFilename());
		if (file.isEmpty()) {
			throw new Rejected("toolbox.attachment.empty");
		}
		if (file.getSize() > this.maxSize.toBytes()) {
			throw new Rejected("toolbox.attachment.tooLarge", this.maxSize.toMegabytes());
		}
		byte[] content;
		try {
			content = file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String type = AttachmentType.of(content);
		if (!ALLOWED.containsKey(type)) {
			throw new Rejected("toolbox.attachment.type");
		}
		return new Checked(name, content, type);
	}

	/** Stores a checked upload as an attachment of the fiche's working copy. */
	@Transactional
	public Attachment store(long ficheId, Checked checked) {
		String storedName = UUID.randomUUID() + "." + ALLOWED.get(checked.type());
		Instant now = this.clock.instant();
		this.store.save(storedName, checked.content());
		try {
			Long id = this.jdbc.queryForObject(
					"""
							insert into fiche_attachment (fiche_id, original_name, stored_name, content_type, size_bytes, sha256,
							                              created_at)
							values (?, ?, ?, ?, ?, ?, ?) returning id""",
					Long.class, ficheId, checked.name(), storedName, checked.type(), (long) checked.content().length,
					sha256(checked.content()), Timestamp.from(now));
			return find(id).orElseThrow();
		}
		catch (RuntimeException ex) {
			this.store.delete(storedName);
			throw ex;
		}
	}

	/** The attachments of the fiche's working copy. */
	@Transactional(readOnly = true)
	public List<Attachment> of(long ficheId) {
		return this.jdbc.query("select * from fiche_attachment where fiche_id = ? and not withdrawn order by id",
				this::attachment, ficheId);
	}

	/**
	 * The attachments removed from the working copy that stay public until the new
	 * version is published.
	 */
	@Transactional(readOnly = true)
	public List<Attachment> withdrawn(long ficheId) {
		return this.jdbc.query("select * from fiche_attachment where fiche_id = ? and withdrawn order by id",
				this::attachment, ficheId);
	}

	/** The attachments of the fiche's published version. */
	@Transactional(readOnly = true)
	public List<Attachment> published(long ficheId) {
		return this.jdbc.query("select * from fiche_attachment where fiche_id = ? and published order by id",
				this::attachment, ficheId);
	}

	/** An attachment of the published version of the fiche at this address. */
	@Transactional(readOnly = true)
	public Optional<Attachment> findPublished(String slug, long id) {
		return this.jdbc.query("""
				select a.* from fiche_attachment a join published_fiche f on f.id = a.fiche_id
				where f.slug = ? and a.id = ? and a.published""", this::attachment, slug, id).stream().findFirst();
	}

	@Transactional(readOnly = true)
	public Optional<Attachment> find(long id) {
		return this.jdbc.query("select * from fiche_attachment where id = ?", this::attachment, id)
			.stream()
			.findFirst();
	}

	/**
	 * Removes an attachment from a draft of the organisation: at once when it was never
	 * published, otherwise when the new version is published (it is withdrawn until
	 * then).
	 * @return the attachment as it was ({@code published()}: withdrawn rather than
	 * deleted)
	 * @throws NotFoundException when the organisation has no draft with this id, or the
	 * draft no such attachment
	 */
	@Transactional
	public Attachment delete(long ficheId, long organisationId, long attachmentId) {
		ownDraft(ficheId, organisationId);
		Attachment attachment = find(attachmentId).filter((candidate) -> candidate.ficheId() == ficheId)
			.orElseThrow(() -> new NotFoundException("attachment " + attachmentId));
		if (attachment.published()) {
			this.jdbc.update("update fiche_attachment set withdrawn = true where id = ?", attachment.id());
			return attachment;
		}
		this.jdbc.update("delete from fiche_attachment where id = ?", attachment.id());
		this.store.delete(attachment.storedName());
		return attachment;
	}

	private void ownDraft(long ficheId, long organisationId) {
		this.fiches.findByIdAndOrganisationId(ficheId, organisationId)
			.filter(Fiche::isEditable)
			.orElseThrow(() -> new NotFoundException(
					"fiche " + ficheId + " of organisation " + organisationId + " is not a draft"));
	}

	/**
	 * The working copy's attachments become the published ones; the withdrawn ones are
	 * removed, their content once the publication is committed.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void publish(long ficheId) {
		List<String> withdrawn = this.jdbc.queryForList(
				"delete from fiche_attachment where fiche_id = ? and withdrawn returning stored_name", String.class,
				ficheId);
		this.jdbc.update("update fiche_attachment set published = true where fiche_id = ? and not published", ficheId);
		if (!withdrawn.isEmpty()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					withdrawn.forEach(FicheAttachments.this.store::delete);
				}
			});
		}
	}

	java.io.InputStream open(Attachment attachment) {
		return this.store.open(attachment.storedName());
	}

	/** One exact count per download, however many run at once. */
	@Transactional
	public void countDownload(Attachment attachment) {
		this.jdbc.update("update fiche_attachment set download_count = download_count + 1 where id = ?",
				attachment.id());
		this.jdbc.update("update fiche set download_count = download_count + 1 where id = ?", attachment.ficheId());
	}

	private Attachment attachment(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Attachment(rs.getLong("id"), rs.getLong("fiche_id"), rs.getString("original_name"),
				rs.getString("stored_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
				rs.getString("sha256"), rs.getTimestamp("created_at").toInstant(), rs.getLong("download_count"),
				rs.getBoolean("published"));
	}

	/**
	 * The name as the browser sent it, refused when it holds a folder, a parent reference
	 * or control characters.
	 */
	static String checkedName(String original) {
		if (original == null || original.isBlank()) {
			throw new Rejected("toolbox.attachment.empty");
		}
		if (original.contains("/") || original.contains("\\") || original.contains("..")
				|| original.chars().anyMatch((c) -> c < 32) || !ControlCharacters.isClean(original)
				|| original.length() > 255) {
			throw new Rejected("toolbox.attachment.name");
		}
		return original.strip();
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
