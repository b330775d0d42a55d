package be.aanboord.help.editing;

import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import be.aanboord.help.AccessRoute;
import be.aanboord.help.CareLevel;
import be.aanboord.help.HelpAudience;
import be.aanboord.help.HelpKind;
import be.aanboord.help.HelpLevel;
import be.aanboord.help.HelpOffer;

/**
 * The editors' form for a help offer, for creating and editing alike (and for applying a
 * correction): every field of the offer. An empty slug is made from the name; an empty
 * level of care is the kind's own. {@code checked} ("gegevens nagekeken") sets the date
 * the data was last checked to today.
 */
public class OfferForm {

	private int version;

	@NotBlank
	@Size(max = 200)
	private String name;

	@Size(max = 120)
	private String slug;

	@NotNull
	private HelpKind kind;

	private CareLevel careLevel;

	@Size(max = 300)
	private String summary = "";

	@Size(max = 20000)
	private String description = "";

	private Set<HelpLevel> levels = new LinkedHashSet<>();

	private Set<HelpAudience> audiences = new LinkedHashSet<>();

	@Min(0)
	@Max(30)
	private Integer ageFrom;

	@Min(0)
	@Max(30)
	private Integer ageTo;

	@NotNull
	private AccessRoute accessRoute = AccessRoute.DIRECT;

	private boolean flandersWide;

	private List<String> municipalityCodes = new ArrayList<>();

	@Size(max = 200)
	private String street;

	@Size(max = 10)
	@Pattern(regexp = "^\\s*([0-9]{4})?\\s*$")
	private String postalCode;

	@Size(max = 100)
	private String city;

	@Size(max = 40)
	@Pattern(regexp = "^[0-9+()./ -]*$")
	private String phone;

	@Email
	@Size(max = 254)
	private String email;

	@Size(max = 300)
	private String website;

	@Size(max = 300)
	private String openingHours;

	private Long organisationId;

	private boolean checked;

	/** The form filled with an offer as it is. */
	static OfferForm from(HelpOffer offer) {
		OfferForm form = new OfferForm();
		form.version = offer.getVersion();
		form.name = offer.getName();
		form.slug = offer.getSlug();
		form.kind = offer.getKind();
		form.careLevel = offer.getCareLevel();
		form.summary = offer.getSummary();
		form.description = offer.getDescription();
		form.levels = new LinkedHashSet<>(offer.getLevels());
		form.audiences = new LinkedHashSet<>(offer.getAudiences());
		form.ageFrom = offer.getAgeFrom();
		form.ageTo = offer.getAgeTo();
		form.accessRoute = offer.getAccessRoute();
		form.flandersWide = offer.isFlandersWide();
		form.municipalityCodes = new ArrayList<>(new TreeSet<>(offer.getMunicipalityCodes()));
		form.street = offer.getStreet();
		form.postalCode = offer.getPostalCode();
		form.city = offer.getCity();
		form.phone = offer.getPhone();
		form.email = offer.getEmail();
		form.website = offer.getWebsite();
		form.openingHours = offer.getOpeningHours();
		form.organisationId = offer.getOrganisationId();
		return form;
	}

	/** Saves the form onto the offer (all but its slug, which is set once). */
	void applyTo(HelpOffer offer, Instant now) {
		offer.describe(this.name.strip(), this.kind, careLevelToSave(), orEmpty(this.summary),
				orEmpty(this.description), now);
		offer.target(this.levels, this.audiences, this.ageFrom, this.ageTo, this.accessRoute, now);
		offer.serve(this.flandersWide, municipalitiesToSave(), now);
		offer.contact(text(this.street), text(this.postalCode), text(this.city), text(this.phone), text(this.email),
				websiteToSave(), text(this.openingHours), now);
		offer.belongTo(this.organisationId, now);
	}

	/**
	 * The offer's fields as text, by field name, in the order of the form: what the
	 * history compares before and after a change. Sets are sorted; an empty value is
	 * {@code null}.
	 */
	Map<String, String> snapshot() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("name", text(this.name));
		values.put("slug", text(this.slug));
		values.put("kind", (this.kind != null) ? this.kind.name() : null);
		values.put("careLevel", (this.careLevel != null) ? this.careLevel.name() : null);
		values.put("summary", text(this.summary));
		values.put("description", text(this.description));
		values.put("levels", names(this.levels));
		values.put("audiences", names(this.audiences));
		values.put("ageFrom", (this.ageFrom != null) ? this.ageFrom.toString() : null);
		values.put("ageTo", (this.ageTo != null) ? this.ageTo.toString() : null);
		values.put("accessRoute", (this.accessRoute != null) ? this.accessRoute.name() : null);
		values.put("flandersWide", String.valueOf(this.flandersWide));
		values.put("municipalityCodes", text(String.join(", ", new TreeSet<>(this.municipalityCodes))));
		values.put("street", text(this.street));
		values.put("postalCode", text(this.postalCode));
		values.put("city", text(this.city));
		values.put("phone", text(this.phone));
		values.put("email", text(this.email));
		values.put("website", text(this.website));
		values.put("openingHours", text(this.openingHours));
		values.put("organisationId", (this.organisationId != null) ? this.organisationId.toString() : null);
		return values;
	}

	/** The slug to save: as typed, or made from the name when left empty. */
	String slugToSave() {
		String typed = text(this.slug);
		return (typed != null) ? typed.toLowerCase(Locale.ROOT) : slugOf(this.name);
	}

	/** The level of care to save: as chosen, or the kind's own. */
	CareLevel careLevelToSave() {
		return (this.careLevel != null) ? this.careLevel : this.kind.careLevel();
	}

	/** The website to save, with {@code https://} added when typed without a scheme. */
	String websiteToSave() {
		String typed = text(this.website);
		if (typed == null) {
			return null;
		}
		return typed.matches("(?i)https?://.*") ? typed : "https://" + typed;
	}

	/** The municipalities to save: none when the offer serves all of Flanders. */
	Set<String> municipalitiesToSave() {
		return this.flandersWide ? Set.of()
				: this.municipalityCodes.stream()
					.filter((code) -> code != null && !code.isBlank())
					.map(String::strip)
					.collect(Collectors.toCollection(TreeSet::new));
	}

	static String slugOf(String name) {
		if (name == null) {
			return "";
		}
		String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (slug.length() > 100) {
			slug = slug.substring(0, 100).replaceAll("-+$", "");
		}
		return slug;
	}

	private static String orEmpty(String value) {
		return (value == null) ? "" : value.strip();
	}

	static String text(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static String names(Set<? extends Enum<?>> values) {
		return values.isEmpty() ? null : values.stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
	}

	public int getVersion() {
		return this.version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public HelpKind getKind() {
		return this.kind;
	}

	public void setKind(HelpKind kind) {
		this.kind = kind;
	}

	public CareLevel getCareLevel() {
		return this.careLevel;
	}

	public void setCareLevel(CareLevel careLevel) {
		this.careLevel = careLevel;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = lineFeeds(summary);
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = lineFeeds(description);
	}

	/**
	 * The text with each line break as one line feed: a browser sends CRLF, the stored
	 * text (and the history's comparison) uses LF.
	 */
	private static String lineFeeds(String text) {
		return (text != null) ? text.replace("\r\n", "\n") : null;
	}

	public Set<HelpLevel> getLevels() {
		return this.levels;
	}

	public void setLevels(Set<HelpLevel> levels) {
		this.levels = (levels != null) ? levels : new LinkedHashSet<>();
	}

	public Set<HelpAudience> getAudiences() {
		return this.audiences;
	}

	public void setAudiences(Set<HelpAudience> audiences) {
		this.audiences = (audiences != null) ? audiences : new LinkedHashSet<>();
	}

	public Integer getAgeFrom() {
		return this.ageFrom;
	}

	public void setAgeFrom(Integer ageFrom) {
		this.ageFrom = ageFrom;
	}

	public Integer getAgeTo() {
		return this.ageTo;
	}

	public void setAgeTo(Integer ageTo) {
		this.ageTo = ageTo;
	}

	public AccessRoute getAccessRoute() {
		return this.accessRoute;
	}

	public void setAccessRoute(AccessRoute accessRoute) {
		this.accessRoute = accessRoute;
	}

	public boolean isFlandersWide() {
		return this.flandersWide;
	}

	public void setFlandersWide(boolean flandersWide) {
		this.flandersWide = flandersWide;
	}

	public List<String> getMunicipalityCodes() {
		return this.municipalityCodes;
	}

	public void setMunicipalityCodes(List<String> municipalityCodes) {
		this.municipalityCodes = (municipalityCodes != null) ? municipalityCodes : new ArrayList<>();
	}

	public String getStreet() {
		return this.street;
	}

	public void setStreet(String street) {
		this.street = street;
	}

	public String getPostalCode() {
		return this.postalCode;
	}

	public void setPostalCode(String postalCode) {
		this.postalCode = postalCode;
	}

	public String getCity() {
		return this.city;
	}

	public void setCity(String city) {
		this.city = city;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getWebsite() {
		return this.website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public String getOpeningHours() {
		return this.openingHours;
	}

	public void setOpeningHours(String openingHours) {
		this.openingHours = openingHours;
	}

	public Long getOrganisationId() {
		return this.organisationId;
	}

	public void setOrganisationId(Long organisationId) {
		this.organisationId = organisationId;
	}

	public boolean isChecked() {
		return this.checked;
	}

	public void setChecked(boolean checked) {
		this.checked = checked;
	}

}
