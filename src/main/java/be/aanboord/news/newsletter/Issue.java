package be.aanboord.news.newsletter;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An issue of the newsletter: subject, a Markdown intro and the chosen news items, fiches
 * and activities. When sending starts its HTML and plain text are frozen, so every batch
 * mails the same issue; it can no longer be edited.
 */
@Entity
@Table(name = "newsletter_issue")
class Issue {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String subject;

	private String intro = "";

	@Enumerated(EnumType.STRING)
	private IssueStatus status = IssueStatus.DRAFT;

	private String bodyHtml;

	private String bodyText;

	private Instant createdAt;

	private Instant sendingAt;

	private Instant sentAt;

	@Version
	private int version;

	@ElementCollection
	@CollectionTable(name = "newsletter_issue_news", joinColumns = @JoinColumn(name = "issue_id"))
	@Column(name = "news_item_id")
	private Set<Long> newsIds = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "newsletter_issue_fiche", joinColumns = @JoinColumn(name = "issue_id"))
	@Column(name = "fiche_id")
	private Set<Long> ficheIds = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "newsletter_issue_activity", joinColumns = @JoinColumn(name = "issue_id"))
	@Column(name = "activity_id")
	private Set<Long> activityIds = new HashSet<>();

	protected Issue() {
	}

	Issue(Instant now) {
		this.createdAt = now;
	}

	void write(String subject, String intro, Collection<Long> newsIds, Collection<Long> ficheIds,
			Collection<Long> activityIds) {
		if (this.status != IssueStatus.DRAFT) {
			throw new IllegalStateException("issue " + this.id + " is " + this.status);
		}
		this.subject = subject;
		this.intro = (intro != null) ? intro : "";
		this.newsIds.clear();
		this.newsIds.addAll(newsIds);
		this.ficheIds.clear();
		this.ficheIds.addAll(ficheIds);
		this.activityIds.clear();
		this.activityIds.addAll(activityIds);
	}

	/** Freezes the mail and starts sending. */
	void startSending(String html, String text, Instant now) {
		if (this.status != IssueStatus.DRAFT) {
			throw new IllegalStateException("issue " + this.id + " is " + this.status);
		}
		this.bodyHtml = html;
		this.bodyText = text;
		this.status = IssueStatus.SENDING;
		this.sendingAt = now;
	}

	boolean isDraft() {
		return this.status == IssueStatus.DRAFT;
	}

	public Long getId() {
		return this.id;
	}

	public String getSubject() {
		return this.subject;
	}

	public String getIntro() {
		return this.intro;
	}

	public IssueStatus getStatus() {
		return this.status;
	}

	String getBodyHtml() {
		return this.bodyHtml;
	}

	String getBodyText() {
		return this.bodyText;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getSendingAt() {
		return this.sendingAt;
	}

	public Instant getSentAt() {
		return this.sentAt;
	}

	public int getVersion() {
		return this.version;
	}

	Set<Long> getNewsIds() {
		return Set.copyOf(this.newsIds);
	}

	Set<Long> getFicheIds() {
		return Set.copyOf(this.ficheIds);
	}

	Set<Long> getActivityIds() {
		return Set.copyOf(this.activityIds);
	}

}
