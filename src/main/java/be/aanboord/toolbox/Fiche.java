package be.aanboord.toolbox;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import be.aanboord.system.SafeMarkdown;

/**
 * An infofiche of the toolbox, as its contributor and the editors work on it. The fiche
 * guards its own life cycle: a contributor's draft goes to the editors, who send it back
 * or publish it; every publication is kept as a version, and the slug (and so the public
 * address) never changes. The public reads the published version
 * ({@link PublishedFiche}), which stays as it is while a new version is drafted and
 * reviewed here.
 */
@Entity
public class Fiche {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int number;

	private String slug;

	private String title;

	private String summary;

	private String body;

	private String bodyHtml;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "varchar(30)[]")
	private String[] themes = new String[0];

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "varchar(20)[]")
	private String[] phases = new String[0];

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "varchar(20)[]")
	private String[] levels = new String[0];

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "varchar(20)[]")
	private String[] audiences = new String[0];

	/**
	 * The partner organisation that wrote it (its name through partner's Organisations).
	 */
	private Long organisationId;

	@Enumerated(EnumType.STRING)
	private Province plgProvince;

	@Enumerated(EnumType.STRING)
	private Licence licence;

	@Enumerated(EnumType.STRING)
	private FicheStatus status;

	private Long contributorId;

	private Instant publishedAt;

	private int publishedVersion;

	private LocalDate lastReviewedOn;

	@Column(insertable = false, updatable = false)
	private long downloadCount;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private int version;

	@ElementCollection
	@CollectionTable(name = "fiche_reference", joinColumns = @JoinColumn(name = "fiche_id"))
	@OrderColumn(name = "position")
	private List<FicheReference> references = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "fiche_media_link", joinColumns = @JoinColumn(name = "fiche_id"))
	@OrderColumn(name = "position")
	private List<MediaLink> mediaLinks = new ArrayList<>();

	protected Fiche() {
	}

	/** A new draft by a contributor. */
	public Fiche(int number, String slug, Long contributorId, Instant now) {
		this.number = number;
		this.slug = slug;
		this.contributorId = contributorId;
		this.status = FicheStatus.DRAFT;
		this.licence = Licence.CC_BY;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/**
	 * Changes the content; only while the fiche is a draft. The body is Markdown, kept
	 * together with its sanitised HTML.
	 */
	void write(String title, String summary, String markdown, Instant now) {
		requireEditable();
		this.title = title;
		this.summary = summary;
		this.body = markdown;
		this.bodyHtml = SafeMarkdown.toSafeHtml(markdown);
		this.updatedAt = now;
	}

	void classify(Collection<Theme> themes, Collection<CarePhase> phases, Collection<Level> levels,
			Collection<Audience> audiences) {
		requireEditable();
		this.themes = names(themes);
		this.phases = names(phases);
		this.levels = names(levels);
		this.audiences = names(audiences);
	}

	/** The source is a partner organisation or a provincial learning community. */
	void attribute(Long organisationId, Province plgProvince, Licence licence) {
		requireEditable();
		if ((organisationId == null) == (plgProvince == null)) {
			throw new IllegalArgumentException("a fiche has exactly one source");
		}
		this.organisationId = organisationId;
		this.plgProvince = plgProvince;
		this.licence = licence;
	}

	void refer(List<FicheReference> references) {
		requireEditable();
		this.references.clear();
		this.references.addAll(references);
	}

	/** Links to images and videos on other sites, images first. */
	void link(List<MediaLink> images, List<MediaLink> videos) {
		requireEditable();
		if (images.stream().anyMatch((link) -> link.getKind() != MediaKind.IMAGE)
				|| videos.stream().anyMatch((link) -> link.getKind() != MediaKind.VIDEO)) {
			throw new IllegalArgumentException("images and videos are links of their own kind");
		}
		this.mediaLinks.clear();
		this.mediaLinks.addAll(images);
		this.mediaLinks.addAll(videos);
	}

	/** The contributor hands the draft to the editors. */
	void submit(Instant now) {
		transition(FicheStatus.DRAFT, FicheStatus.IN_REVIEW, now);
	}

	/** An editor sends the fiche back to its contributor. */
	void requestChanges(Instant now) {
		transition(FicheStatus.IN_REVIEW, FicheStatus.DRAFT, now);
	}

	/**
	 * An editor publishes the fiche; returns the number of the new version. The first
	 * publication sets the publication date; the fiche counts as reviewed today.
	 */
	int publish(Instant now, LocalDate today) {
		transition(FicheStatus.IN_REVIEW, FicheStatus.PUBLISHED, now);
		if (this.publishedAt == null) {
			this.publishedAt = now;
		}
		this.lastReviewedOn = today;
		return ++this.publishedVersion;
	}

	/** A published fiche gets a new version: back to draft under the same address. */
	void revise(Instant now) {
		transition(FicheStatus.PUBLISHED, FicheStatus.DRAFT, now);
	}

	void archive(Instant now) {
		transition(FicheStatus.PUBLISHED, FicheStatus.ARCHIVED, now);
	}

	/** The lab checked that a published fiche is still accurate. */
	void markReviewed(LocalDate today) {
		if (this.status != FicheStatus.PUBLISHED) {
			throw new WrongStatus("only a published fiche is reviewed");
		}
		this.lastReviewedOn = today;
	}

	public boolean isEditable() {
		return this.status == FicheStatus.DRAFT;
	}

	/** The working copy is the published version (no newer draft). */
	public boolean isPublished() {
		return this.status == FicheStatus.PUBLISHED;
	}

	/**
	 * A published version is on the public site, possibly while a newer one is drafted.
	 */
	public boolean isPublic() {
		return this.publishedVersion > 0 && this.status != FicheStatus.ARCHIVED;
	}

	/**
	 * Only a draft is changed.
	 * @throws WrongStatus when the fiche is not a draft
	 */
	void requireEditable() {
		if (!isEditable()) {
			throw new WrongStatus("fiche " + this.number + " is " + this.status + ", not a draft");
		}
	}

	/**
	 * Checks the status before a change that needs it.
	 * @throws WrongStatus when the fiche has another status
	 */
	void requireStatus(FicheStatus expected) {
		if (this.status != expected) {
			throw new WrongStatus("fiche " + this.number + " is " + this.status + ", not " + expected);
		}
	}

	private void transition(FicheStatus from, FicheStatus to, Instant now) {
		requireStatus(from);
		this.status = to;
		this.updatedAt = now;
	}

	/**
	 * A change the fiche's status does not allow (someone else moved it on meanwhile, or
	 * the request was never possible); nothing was changed.
	 */
	static final class WrongStatus extends IllegalStateException {

		WrongStatus(String message) {
			super(message);
		}

	}

	private static String[] names(Collection<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).sorted().toArray(String[]::new);
	}

	private static <E extends Enum<E>> Set<E> values(Class<E> type, String[] names) {
		Set<E> set = EnumSet.noneOf(type);
		Arrays.stream(names).forEach((name) -> set.add(Enum.valueOf(type, name)));
		return set;
	}

	public Long getId() {
		return this.id;
	}

	public int getNumber() {
		return this.number;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getTitle() {
		return this.title;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getBody() {
		return this.body;
	}

	public String getBodyHtml() {
		return this.bodyHtml;
	}

	public Set<Theme> getThemes() {
		return values(Theme.class, this.themes);
	}

	public Set<CarePhase> getPhases() {
		return values(CarePhase.class, this.phases);
	}

	public Set<Level> getLevels() {
		return values(Level.class, this.levels);
	}

	public Set<Audience> getAudiences() {
		return values(Audience.class, this.audiences);
	}

	public Long getOrganisationId() {
		return this.organisationId;
	}

	public Province getPlgProvince() {
		return this.plgProvince;
	}

	public Licence getLicence() {
		return this.licence;
	}

	public FicheStatus getStatus() {
		return this.status;
	}

	public Long getContributorId() {
		return this.contributorId;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	public int getPublishedVersion() {
		return this.publishedVersion;
	}

	public LocalDate getLastReviewedOn() {
		return this.lastReviewedOn;
	}

	public long getDownloadCount() {
		return this.downloadCount;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public int getVersion() {
		return this.version;
	}

	public List<FicheReference> getReferences() {
		return this.references;
	}

	public List<MediaLink> getImages() {
		return this.mediaLinks.stream().filter((link) -> link.getKind() == MediaKind.IMAGE).toList();
	}

	public List<MediaLink> getVideos() {
		return this.mediaLinks.stream().filter((link) -> link.getKind() == MediaKind.VIDEO).toList();
	}

}
