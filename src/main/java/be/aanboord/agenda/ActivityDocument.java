package be.aanboord.agenda;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A document attached to an activity (slides, a report, a hand-out), checked on upload
 * like the toolbox's attachments. Public when the activity is.
 */
@Entity
@Table(name = "activity_document")
class ActivityDocument {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long activityId;

	private String title;

	private String fileName;

	private String contentType;

	@Basic(fetch = FetchType.LAZY)
	private byte[] content;

	private long sizeBytes;

	private Instant uploadedAt;

	protected ActivityDocument() {
	}

	ActivityDocument(long activityId, String title, String fileName, String contentType, byte[] content, Instant now) {
		this.activityId = activityId;
		this.title = title;
		this.fileName = fileName;
		this.contentType = contentType;
		this.content = content;
		this.sizeBytes = content.length;
		this.uploadedAt = now;
	}

	Long getId() {
		return this.id;
	}

	long getActivityId() {
		return this.activityId;
	}

	String getTitle() {
		return this.title;
	}

	String getFileName() {
		return this.fileName;
	}

	String getContentType() {
		return this.contentType;
	}

	byte[] getContent() {
		return this.content;
	}

	long getSizeBytes() {
		return this.sizeBytes;
	}

	Instant getUploadedAt() {
		return this.uploadedAt;
	}

}
