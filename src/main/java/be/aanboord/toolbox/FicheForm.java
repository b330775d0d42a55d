package be.aanboord.toolbox;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * A contributor's form to write a fiche. References are typed one per line: a label,
 * optionally followed by {@code |} and a web address. Images and videos are rows of a web
 * address and a text; rows left empty are ignored, and the form always offers a few empty
 * ones (no script needed).
 */
class FicheForm {

	static final int MAX_MEDIA_LINKS = 10;

	private static final int EMPTY_ROWS = 2;

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

	private List<LinkRow> images = new ArrayList<>();

	private List<LinkRow> videos = new ArrayList<>();

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
		form.images = rows(fiche.getImages());
		form.videos = rows(fiche.getVideos());
		form.version = fiche.getVersion();
		return form;
	}

	/** A row of the images or videos: a web address and its description or title. */
	public static class LinkRow {

		private String url = "";

		private String text = "";

		public String getUrl() {
			return this.url;
		}

		public void setUrl(String url) {
			this.url = (url != null) ? url.strip() : "";
		}

		public String getText() {
			return this.text;
		}

		public void setText(String text) {
			this.text = (text != null) ? text.strip() : "";
		}

		boolean isEmpty() {
			return this.url.isEmpty() && this.text.isEmpty();
		}

	}

	/**
	 * The checks beyond the bean constraints: the references parse, none of them is an
	 * image or video with an address (those are media links), and the media link rows are
	 * complete ({@link #validateMediaLinks}).
	 */
	void validate(Errors errors) {
		List<FicheReference> references = parsedReferences();
		if (references == null) {
			errors.rejectValue("references", "toolbox.references.invalid");
		}
		else if (references.stream()
			.anyMatch((reference) -> reference.getUrl() != null
					&& (reference.getKind() == ReferenceKind.IMAGE || reference.getKind() == ReferenceKind.VIDEO))) {
			errors.rejectValue("references", "toolbox.references.mediaLink");
		}
		validateMediaLinks(errors);
	}

	/**
	 * Checks the image and video rows: an http(s) address and a text on every row that is
	 * filled in, within the lengths the database keeps.
	 */
	void validateMediaLinks(Errors errors) {
		validate("images", this.images, errors,
				(textField) -> errors.rejectValue(textField, "toolbox.image.textRequired"));
		validate("videos", this.videos, errors,
				(textField) -> errors.rejectValue(textField, "toolbox.video.textRequired"));
	}

	private static void validate(String field, List<LinkRow> rows, Errors errors, Consumer<String> textMissing) {
		if (rows.stream().filter((row) -> !row.isEmpty()).count() > MAX_MEDIA_LINKS) {
			errors.rejectValue(field, "toolbox.media.tooMany", new Object[] { MAX_MEDIA_LINKS }, null);
		}
		for (int i = 0; i < rows.size(); i++) {
			LinkRow row = rows.get(i);
			if (row.isEmpty()) {
				continue;
			}
			if (!webAddress(row.getUrl())) {
				errors.rejectValue(field + "[" + i + "].url", "toolbox.media.url");
			}
			if (row.getText().isEmpty()) {
				textMissing.accept(field + "[" + i + "].text");
			}
			else if (row.getText().length() > 300) {
				errors.rejectValue(field + "[" + i + "].text", "toolbox.media.textTooLong", new Object[] { 300 }, null);
			}
		}
	}

	/** A complete http or https address with a host, as a browser can open it. */
	static boolean webAddress(String url) {
		if (url.length() > 500 || !url.matches("(?i)https?://\\S+")) {
			return false;
		}
		try {
			URI uri = new URI(url);
			return uri.getHost() != null && !uri.getHost().isBlank();
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	List<MediaLink> parsedImages() {
		return links(this.images, MediaKind.IMAGE);
	}

	List<MediaLink> parsedVideos() {
		return links(this.videos, MediaKind.VIDEO);
	}

	private static List<MediaLink> links(List<LinkRow> rows, MediaKind kind) {
		return rows.stream()
			.filter((row) -> !row.isEmpty())
			.map((row) -> new MediaLink(kind, row.getUrl(), row.getText()))
			.toList();
	}

	/**
	 * Adds empty rows at the end (never moving the rows typed, so errors stay next to
	 * their fields), as long as there is room.
	 */
	FicheForm withEmptyRows() {
		pad(this.images);
		pad(this.videos);
		return this;
	}

	private static void pad(List<LinkRow> rows) {
		while (rows.size() < MAX_MEDIA_LINKS && (rows.size() < EMPTY_ROWS
				|| rows.subList(rows.size() - EMPTY_ROWS, rows.size()).stream().anyMatch((row) -> !row.isEmpty()))) {
			rows.add(new LinkRow());
		}
	}

	private static List<LinkRow> rows(List<MediaLink> links) {
		List<LinkRow> rows = new ArrayList<>();
		for (MediaLink link : links) {
			LinkRow row = new LinkRow();
			row.setUrl(link.getUrl());
			row.setText(link.getText());
			rows.add(row);
		}
		return rows;
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

	public List<LinkRow> getImages() {
		return this.images;
	}

	public void setImages(List<LinkRow> images) {
		this.images = (images != null) ? new ArrayList<>(images) : new ArrayList<>();
	}

	public List<LinkRow> getVideos() {
		return this.videos;
	}

	public void setVideos(List<LinkRow> videos) {
		this.videos = (videos != null) ? new ArrayList<>(videos) : new ArrayList<>();
	}

	public int getVersion() {
		return this.version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

}
