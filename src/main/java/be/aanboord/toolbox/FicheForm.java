package be.aanboord.toolbox;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A contributor's form to write a fiche. References are typed one per line: a label,
 * optionally followed by {@code |} and a web address.
 */
class FicheForm {

	@NotBlank
	@Size(max = 200)
	private String title;

	@NotBlank
	@Size(max = 1000)
	private String summary;

	@NotBlank
	@Size(max = 50_000)
	private String body;

	@NotEmpty
	private Set<Theme> themes = EnumSet.noneOf(Theme.class);

	@NotEmpty
	private Set<CarePhase> phases = EnumSet.noneOf(CarePhase.class);

	@NotEmpty
	private Set<Level> levels = EnumSet.noneOf(Level.class);

	@NotEmpty
	private Set<Audience> audiences = EnumSet.noneOf(Audience.class);

	@NotNull
	private Licence licence = Licence.CC_BY;

	@Size(max = 5000)
	private String references = "";

	private int version;

	/** How a line says what a reference points to: "video: …", "persoon: …". */
	private static final java.util.Map<ReferenceKind, String> PREFIXES = java.util.Map.of(ReferenceKind.SOURCE, "bron:",
			ReferenceKind.PERSON, "persoon:", ReferenceKind.ORGANISATION, "organisatie:", ReferenceKind.IMAGE, "beeld:",
			ReferenceKind.VIDEO, "video:");

	static FicheForm from(Fiche fiche) {
		FicheForm form = new FicheForm();
		form.title = fiche.getTitle();
		form.summary = fiche.getSummary();
		form.body = fiche.getBody();
		form.themes = copy(fiche.getThemes(), Theme.class);
		form.phases = copy(fiche.getPhases(), CarePhase.class);
		form.levels = copy(fiche.getLevels(), Level.class);
		form.audiences = copy(fiche.getAudiences(), Audience.class);
		form.licence = fiche.getLicence();
		form.references = fiche.getReferences()
			.stream()
			.map((reference) -> PREFIXES.get(reference.getKind()) + " " + reference.getLabel()
					+ ((reference.getUrl() != null) ? " | " + reference.getUrl() : ""))
			.collect(Collectors.joining("\n"));
		form.version = fiche.getVersion();
		return form;
	}

	/** The references as typed; null when a line has an address that is not http(s). */
	List<FicheReference> parsedReferences() {
		List<FicheReference> parsed = new ArrayList<>();
		for (String line : this.references.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			ReferenceKind kind = ReferenceKind.SOURCE;
			String text = line.strip();
			for (ReferenceKind candidate : ReferenceKind.values()) {
				String prefix = PREFIXES.get(candidate);
				if (text.toLowerCase(java.util.Locale.ROOT).startsWith(prefix)) {
					kind = candidate;
					text = text.substring(prefix.length()).strip();
				}
			}
			String[] parts = text.split("\\|", 2);
			String label = parts[0].strip();
			String url = (parts.length > 1 && !parts[1].isBlank()) ? parts[1].strip() : null;
			if (label.isEmpty() || label.length() > 300
					|| (url != null && (url.length() > 500 || !url.matches("https?://\\S+")))) {
				return null;
			}
			parsed.add(new FicheReference(kind, label, url));
		}
		return parsed;
	}

	private static <E extends Enum<E>> Set<E> copy(Set<E> values, Class<E> type) {
		Set<E> set = EnumSet.noneOf(type);
		set.addAll(values);
		return set;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = (title != null) ? title.strip() : null;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = (summary != null) ? summary.strip() : null;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public Set<Theme> getThemes() {
		return this.themes;
	}

	public void setThemes(Set<Theme> themes) {
		this.themes = (themes != null) ? themes : EnumSet.noneOf(Theme.class);
	}

	public Set<CarePhase> getPhases() {
		return this.phases;
	}

	public void setPhases(Set<CarePhase> phases) {
		this.phases = (phases != null) ? phases : EnumSet.noneOf(CarePhase.class);
	}

	public Set<Level> getLevels() {
		return this.levels;
	}

	public void setLevels(Set<Level> levels) {
		this.levels = (levels != null) ? levels : EnumSet.noneOf(Level.class);
	}

	public Set<Audience> getAudiences() {
		return this.audiences;
	}

	public void setAudiences(Set<Audience> audiences) {
		this.audiences = (audiences != null) ? audiences : EnumSet.noneOf(Audience.class);
	}

	public Licence getLicence() {
		return this.licence;
	}

	public void setLicence(Licence licence) {
		this.licence = licence;
	}

	public String getReferences() {
		return this.references;
	}

	public void setReferences(String references) {
		this.references = (references != null) ? references : "";
	}

	public int getVersion() {
		return this.version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

}
