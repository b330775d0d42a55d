package be.aanboord.news;

import java.time.Instant;
import java.time.LocalDate;
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
 * A short news item: title, address, date, Markdown body, and the fiches, activities and
 * help offers it links to (by id, in their own modules). Editors publish and withdraw it;
 * the first publication is kept as {@code publishedAt}.
 */
@Entity
@Table(name = "news_item")
public class NewsItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String title;

	@Column(name = "news_date")
	private LocalDate date;

	private String body = "";

	@Enumerated(EnumType.STRING)
	private NewsStatus status = NewsStatus.DRAFT;

	private Instant publishedAt;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private int version;

	@ElementCollection
	@CollectionTable(name = "news_item_fiche", joinColumns = @JoinColumn(name = "news_item_id"))
	@Column(name = "fiche_id")
	private Set<Long> ficheIds = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "news_item_activity", joinColumns = @JoinColumn(name = "news_item_id"))
	@Column(name = "activity_id")
	private Set<Long> activityIds = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "news_item_offer", joinColumns = @JoinColumn(name = "news_item_id"))
	@Column(name = "offer_id")
	private Set<Long> offerIds = new HashSet<>();

	protected NewsItem() {
	}

	NewsItem(String slug, Instant now) {
		this.slug = slug;
		this.createdAt = now;
		this.updatedAt = now;
	}

	void write(String title, LocalDate date, String body, Instant now) {
		this.title = title;
		this.date = date;
		this.body = (body != null) ? body : "";
		this.updatedAt = now;
	}

	void link(Collection<Long> ficheIds, Collection<Long> activityIds, Collection<Long> offerIds) {
		this.ficheIds.clear();
		this.ficheIds.addAll(ficheIds);
		this.activityIds.clear();
		this.activityIds.addAll(activityIds);
		this.offerIds.clear();
		this.offerIds.addAll(offerIds);
	}

	/** Publishes a draft; the first publication is remembered. */
	void publish(Instant now) {
		this.status = NewsStatus.PUBLISHED;
		if (this.publishedAt == null) {
			this.publishedAt = now;
		}
		this.updatedAt = now;
	}

	/** Takes a published item off the public pages (it becomes a draft again). */
	void unpublish(Instant now) {
		this.status = NewsStatus.DRAFT;
		this.updatedAt = now;
	}

	public boolean isPublished() {
		return this.status == NewsStatus.PUBLISHED;
	}

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getTitle() {
		return this.title;
	}

	public LocalDate getDate() {
		return this.date;
	}

	public String getBody() {
		return this.body;
	}

	public NewsStatus getStatus() {
		return this.status;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public int getVersion() {
		return this.version;
	}

	public Set<Long> getFicheIds() {
		return Set.copyOf(this.ficheIds);
	}

	public Set<Long> getActivityIds() {
		return Set.copyOf(this.activityIds);
	}

	public Set<Long> getOfferIds() {
		return Set.copyOf(this.offerIds);
	}

}
