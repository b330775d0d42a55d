package be.aanboord.help;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import be.aanboord.system.SearchText;

import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * What a visitor asks of the help directory: words ({@code q}), levels of care
 * ({@code zorg}, repeatable), a kind ({@code soort}), an education level
 * ({@code niveau}), an audience ({@code doelgroep}), a municipality ({@code gemeente},
 * its code, or a postal code that leads to it) and a page ({@code pagina}, from 0; a
 * negative page is the first). Read from the address: what is not understood (an unknown
 * value, words longer than {@value #MAX_TEXT_LENGTH} characters, a page that is no
 * number) is left out and named in {@code problems} (message codes), so that the page can
 * say so while keeping the rest; control characters are dropped.
 */
record HelpQuery(String text, Set<CareLevel> careLevels, HelpKind kind, HelpLevel level, HelpAudience audience,
		Municipality municipality, int page, List<String> problems) {

	static final int PAGE_SIZE = 20;

	static final int MAX_TEXT_LENGTH = 200;

	/** The largest page number read; a page past the last shows the last. */
	static final int MAX_PAGE = 10_000;

	/**
	 * Reads the parameters; {@code municipalities} resolves the code of {@code gemeente}.
	 */
	static HelpQuery of(String text, List<String> careLevels, String kind, String level, String audience,
			String municipality, String page, Municipalities municipalities) {
		List<String> problems = new ArrayList<>();
		String words = (text != null) ? SearchText.clean(text) : "";
		if (words.length() > MAX_TEXT_LENGTH) {
			int end = Character.isHighSurrogate(words.charAt(MAX_TEXT_LENGTH - 1)) ? MAX_TEXT_LENGTH - 1
					: MAX_TEXT_LENGTH;
			words = words.substring(0, end).strip();
			problems.add("help.problem.text");
		}
		Set<CareLevel> levels = EnumSet.noneOf(CareLevel.class);
		if (careLevels != null) {
			for (String name : careLevels) {
				if (name != null && !name.isBlank()) {
					CareLevel.fromParameter(name)
						.ifPresentOrElse(levels::add, () -> addOnce(problems, "help.problem.careLevel"));
				}
			}
		}
		HelpKind readKind = read(kind, HelpKind.fromParameter(kind), problems, "help.problem.kind");
		HelpLevel readLevel = read(level, HelpLevel.fromParameter(level), problems, "help.problem.level");
		HelpAudience readAudience = read(audience, HelpAudience.fromParameter(audience), problems,
				"help.problem.audience");
		Municipality readMunicipality = read(municipality,
				municipalities.byCode(municipality).or(() -> municipalities.ofPostalCode(municipality)), problems,
				"help.problem.municipality");
		int readPage = 0;
		if (page != null && !page.isBlank()) {
			String number = page.strip();
			if (number.matches("[0-9]{1,30}")) {
				readPage = (number.length() > 9) ? MAX_PAGE : Math.min(Integer.parseInt(number), MAX_PAGE);
			}
			else if (number.matches("-[0-9]{1,30}")) {
				readPage = 0;
			}
			else {
				problems.add("help.problem.page");
			}
		}
		return new HelpQuery(words, levels, readKind, readLevel, readAudience, readMunicipality, readPage,
				List.copyOf(problems));
	}

	private static <T> T read(String given, Optional<T> read, List<String> problems, String problem) {
		if (given != null && !given.isBlank() && read.isEmpty()) {
			problems.add(problem);
		}
		return read.orElse(null);
	}

	private static void addOnce(List<String> problems, String problem) {
		if (!problems.contains(problem)) {
			problems.add(problem);
		}
	}

	public boolean searching() {
		return !this.text.isEmpty();
	}

	/** Whether anything is searched or filtered: otherwise the overview is shown. */
	public boolean filtered() {
		return searching() || !this.careLevels.isEmpty() || this.kind != null || this.level != null
				|| this.audience != null || this.municipality != null;
	}

	/** Whether some parameter was not understood. */
	public boolean understood() {
		return this.problems.isEmpty();
	}

	/** The words as PostgreSQL's text search should read them. */
	String searchText() {
		return SearchText.forSearch(this.text);
	}

	/** Whether the level of care is chosen (for the form). */
	public boolean chosen(CareLevel careLevel) {
		return this.careLevels.contains(careLevel);
	}

	/** The same query on another page. */
	HelpQuery onPage(int other) {
		return (other == this.page) ? this : new HelpQuery(this.text, this.careLevels, this.kind, this.level,
				this.audience, this.municipality, other, this.problems);
	}

	/** The address of this query without its page number, every value percent-encoded. */
	public String url() {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/hulp");
		if (searching()) {
			add(builder, "q", this.text);
		}
		this.careLevels.forEach((careLevel) -> add(builder, "zorg", careLevel.name()));
		if (this.kind != null) {
			add(builder, "soort", this.kind.name());
		}
		if (this.level != null) {
			add(builder, "niveau", this.level.name());
		}
		if (this.audience != null) {
			add(builder, "doelgroep", this.audience.name());
		}
		if (this.municipality != null) {
			add(builder, "gemeente", this.municipality.code());
		}
		return builder.build(true).toUriString();
	}

	private static void add(UriComponentsBuilder builder, String name, String value) {
		builder.queryParam(name, UriUtils.encode(value, StandardCharsets.UTF_8));
	}

}
