package be.aanboord.prevention.action;

import java.time.Instant;
import java.util.List;

import be.aanboord.account.CurrentUser;
import be.aanboord.account.Role;
import be.aanboord.prevention.PlanAccess.PlanRef;
import be.aanboord.system.FileType;
import be.aanboord.system.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * The school's own documents for its plan (a meeting's notes, a letter to parents, the
 * school's attendance policy): the same types and size limit as the toolbox's attachments
 * ({@link FileType}, recognised from the content alone; at most
 * {@code aanboord.toolbox.max-upload-size}, 20 MB unless configured), stored in
 * {@code plan_attachment}. The school and its CLB both upload and download; only the
 * school deletes. Every change sets the plan's {@code updated_at}.
 */
@Service
public class PlanAttachments {

	/** Most characters in an attachment's title (the column's size). */
	public static final int MAX_TITLE = 200;

	/** Most characters kept of a file's name (the column's size). */
	static final int MAX_FILE_NAME = 255;

	/**
	 * An attachment as listed: title, the file's name, the content type recognised on
	 * upload, its size in bytes, when and by whom (display name; null when the account is
	 * gone) it was uploaded.
	 */
	public record Attachment(long id, String title, String fileName, String contentType, long sizeBytes,
			Instant uploadedAt, String uploadedBy) {
	}

	/** A file to download: its name, the stored content type and its bytes. */
	public record Download(String fileName, String contentType, byte[] content) {
	}

	private final JdbcClient jdbc;

	private final long maxBytes;

	PlanAttachments(JdbcClient jdbc, @Value("${aanboord.toolbox.max-upload-size:20MB}") DataSize maxUploadSize) {
		this.jdbc = jdbc;
		this.maxBytes = maxUploadSize.toBytes();
	}

	/** The most bytes a file may have. */
	public long maxBytes() {
		return this.maxBytes;
	}

	/** The plan's attachments, newest first, without their content. */
	public List<Attachment> list(PlanRef plan) {
		return this.jdbc.sql("""
				select a.id, a.title, a.file_name, a.content_type, a.size_bytes, a.uploaded_at,
				       u.display_name as uploaded_by
				from plan_attachment a left join account u on u.id = a.uploaded_by
				where a.plan_id = ? order by a.uploaded_at desc, a.id desc
				""").param(plan.id()).query(Attachment.class).list();
	}

	/**
	 * Stores a file for the plan; returns its id.
	 * @param title 1 to {@link #MAX_TITLE} characters (checked by the form)
	 * @param fileName the name the browser sent; only its last segment is kept, made safe
	 * ({@link #safeFileName})
	 * @param content 1 byte to {@link #maxBytes()} (checked by the form)
	 * @throws FileType.Rejected when the content is none of the accepted types
	 */
	@Transactional
	public long upload(PlanRef plan, String title, String fileName, byte[] content, CurrentUser user) {
		String type = FileType.of(content);
		long id = this.jdbc.sql("""
				insert into plan_attachment (plan_id, title, file_name, content_type, content, size_bytes, uploaded_by)
				values (?, ?, ?, ?, ?, ?, ?) returning id
				""")
			.params(plan.id(), title.strip(), safeFileName(fileName), type, content, content.length, user.getId())
			.query(Long.class)
			.single();
		touch(plan);
		return id;
	}

	/**
	 * The attachment's file.
	 * @throws NotFoundException when the plan has no attachment with this id
	 */
	public Download download(PlanRef plan, long attachmentId) {
		return this.jdbc
			.sql("select file_name, content_type, content from plan_attachment where id = ? and plan_id = ?")
			.param(attachmentId)
			.param(plan.id())
			.query(Download.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("attachment " + attachmentId + " of plan " + plan.id()));
	}

	/**
	 * Deletes the attachment: only the school does (design: the CLB does not delete the
	 * school's documents).
	 * @throws NotFoundException when the user is not the plan's school user or the plan
	 * has no such attachment
	 */
	@Transactional
	public void delete(PlanRef plan, long attachmentId, CurrentUser user) {
		if (plan.readByClb() || !user.hasRole(Role.SCHOOL)) {
			throw new NotFoundException("delete attachment " + attachmentId);
		}
		int deleted = this.jdbc.sql("delete from plan_attachment where id = ? and plan_id = ?")
			.param(attachmentId)
			.param(plan.id())
			.update();
		if (deleted == 0) {
			throw new NotFoundException("attachment " + attachmentId + " of plan " + plan.id());
		}
		touch(plan);
	}

	/**
	 * A file name safe to store and to send back in {@code Content-Disposition}: the last
	 * segment of what the browser sent (no folders), letters, digits, spaces, dots,
	 * hyphens, underscores and brackets kept, anything else an underscore, no leading
	 * dots, at most {@link #MAX_FILE_NAME} characters (the end kept, with the extension);
	 * "bijlage" when nothing is left.
	 */
	static String safeFileName(String sent) {
		String name = (sent != null) ? sent.replaceAll(".*[/\\\\]", "") : "";
		name = name.replaceAll("[^\\p{L}\\p{N} ._()\\-]", "_").replaceAll("^[. ]+", "").strip();
		if (name.length() > MAX_FILE_NAME) {
			name = name.substring(name.length() - MAX_FILE_NAME);
		}
		return name.isEmpty() ? "bijlage" : name;
	}

	private void touch(PlanRef plan) {
		this.jdbc.sql("update prevention_plan set updated_at = now() where id = ?").param(plan.id()).update();
	}

}
