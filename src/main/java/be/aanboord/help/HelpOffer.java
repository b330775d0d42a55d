package be.aanboord.help;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
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
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A help offer: a provider or help line a school can turn to (seed 004), with its level
 * of care, for whom it is, how to reach it, the region it serves and its contact data.
 * The description is Markdown, rendered sanitised on its page. The slug (and so the
 * public address {@code /hulp/{slug}}) is set once. An archived offer disappears from
 * every public list and page.
 */
@Entity
public class HelpOffer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String name;

	@Enumerated(EnumType.STRING)
	private HelpKind kind;

	@Enumerated(EnumType.STRING)
	private CareLevel careLevel;

	private String summary = "";

	private String description = "";

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "varchar(10)[]")
	private String[] levels = new String[0];

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "varchar(10)[]")
	private String[] audiences = new String[0];

	private Short ageFrom;

	private Short ageTo;

	@Enumerated(EnumType.STRING)
	private AccessRoute accessRoute = AccessRoute.DIRECT;

	private boolean flandersWide;

	private String street;

	private String postalCode;

	private String city;

	private String phone;

	private String email;

	private String website;

	private String openingHours;

	private Long organisationId;

	private LocalDate checkedOn;

	@Enumerated(EnumType.STRING)
	private OfferStatus status = OfferStatus.PUBLISHED;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private int version;

	@ElementCollection
	@CollectionTable(name = "help_offer_municipality", joinColumns = @JoinColumn(name = "offer_id"))
	@Column(name = "municipality_code")
	private Set<String> municipalityCodes = new HashSet<>();

	protected HelpOffer() {
	}

	/**
	 * A new published offer, checked today; its level of care is the kind's default until
	 * changed.
	 */
	public HelpOffer(String slug, String name, HelpKind kind, LocalDate today, Instant now) {
		this.slug = slug;
		this.name = name;
		this.kind = kind;
		this.careLevel = kind.careLevel();
		this.checkedOn = today;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** Names and classifies the offer. */
	public void describe(String name, HelpKind kind, CareLevel careLevel, String summary, String markdown,
			Instant now) {
		this.name = name;
		this.kind = kind;
		this.careLevel = careLevel;
		this.summary = (summary != null) ? summary : "";
		this.description = (markdown != null) ? markdown : "";
		this.updatedAt = now;
	}

	/**
	 * For whom: levels, audiences and ages in years (each null or 0–30,
	 * {@code ageFrom <= ageTo}).
	 */
	public void target(Collection<HelpLevel> levels, Collection<HelpAudience> audiences, Integer ageFrom, Integer ageTo,
			AccessRoute accessRoute, Instant now) {
		this.levels = names(levels);
		this.audiences = names(audiences);
		this.ageFrom = (ageFrom != null) ? ageFrom.shortValue() : null;
		this.ageTo = (ageTo != null) ? ageTo.shortValue() : null;
		this.accessRoute = accessRoute;
		this.updatedAt = now;
	}

	/** The region served: Flanders-wide, or the municipalities with these codes. */
	public void serve(boolean flandersWide, Collection<String> municipalityCodes, Instant now) {
		this.flandersWide = flandersWide;
		this.municipalityCodes.clear();
		this.municipalityCodes.addAll(municipalityCodes);
		this.updatedAt = now;
	}

	/** How to reach it; every value may be null. */
	public void contact(String street, String postalCode, String city, String phone, String email, String website,
			String openingHours, Instant now) {
		this.street = street;
		this.postalCode = postalCode;
		this.city = city;
		this.phone = phone;
		this.email = email;
		this.website = website;
		this.openingHours = openingHours;
		this.updatedAt = now;
	}

	/** The lab's partner organisation it belongs to, or null. */
	public void belongTo(Long organisationId, Instant now) {
		this.organisationId = organisationId;
		this.updatedAt = now;
	}

	/** Records that its data was checked on {@code day}. */
	public void markChecked(LocalDate day, Instant now) {
		this.checkedOn = day;
		this.updatedAt = now;
	}

	/** Takes it out of every public list and page. */
	public void archive(Instant now) {
		this.status = OfferStatus.ARCHIVED;
		this.updatedAt = now;
	}

	/** Publishes it again. */
	public void restore(Instant now) {
		this.status = OfferStatus.PUBLISHED;
		this.updatedAt = now;
	}

	public boolean isPublished() {
		return this.status == OfferStatus.PUBLISHED;
	}

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	public HelpKind getKind() {
		return this.kind;
	}

	public CareLevel getCareLevel() {
		return this.careLevel;
	}

	public String getSummary() {
		return this.summary;
	}

	/** The description as Markdown. */
	public String getDescription() {
		return this.description;
	}

	public Set<HelpLevel> getLevels() {
		return values(HelpLevel.class, this.levels);
	}

	public Set<HelpAudience> getAudiences() {
		return values(HelpAudience.class, this.audiences);
	}

	public Integer getAgeFrom() {
		return (this.ageFrom != null) ? this.ageFrom.intValue() : null;
	}

	public Integer getAgeTo() {
		return (this.ageTo != null) ? this.ageTo.intValue() : null;
	}

	public AccessRoute getAccessRoute() {
		return this.accessRoute;
	}

	public boolean isFlandersWide() {
		return this.flandersWide;
	}

	public Set<String> getMunicipalityCodes() {
		return Set.copyOf(this.municipalityCodes);
	}

	public String getStreet() {
		return this.street;
	}

	public String getPostalCode() {
		return this.postalCode;
	}

	public String getCity() {
		return this.city;
	}

	public String getPhone() {
		return this.phone;
	}

	public String getEmail() {
		return this.email;
	}

	public String getWebsite() {
		return this.website;
	}

	public String getOpeningHours() {
		return this.openingHours;
	}

	public Long getOrganisationId() {
		return this.organisationId;
	}

	public LocalDate getCheckedOn() {
		return this.checkedOn;
	}

	public OfferStatus getStatus() {
		return this.status;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public int getVersion() {
		return this.version;
	}

	private static String[] names(Collection<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).distinct().sorted().toArray(String[]::new);
	}

	private static <E extends Enum<E>> Set<E> values(Class<E> type, String[] names) {
		Set<E> set = EnumSet.noneOf(type);
		Arrays.stream(names)
			.flatMap((name) -> Arrays.stream(type.getEnumConstants()).filter((c) -> c.name().equals(name)))
			.forEach(set::add);
		return set;
	}

}
