package be.aanboord.toolbox;

import be.aanboord.system.SearchText;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * What a visitor asks of the toolbox: words, facet choices, an order and a page. Read
 * leniently from the address (unknown values are ignored, control characters dropped) and
 * written back to it, every value percent-encoded (a {@code +} too, which would otherwise
 * come back as a space), so that every result page has a shareable URL. {@code literal}
 * asks for the words as typed, without a spelling suggestion taking their place.
 */
record FicheQuery(String text, Set<Theme> themes, Set<CarePhase> phases, Set<Level> levels, Set<Audience> audiences,
		Set<String> sources, FicheSort sort, int page, boolean literal) {

	static final int PAGE_SIZE = 20;

	static final int MAX_TEXT_LENGTH = 200;

	static FicheQuery of(String text, List<String> themes, List<String> phases, List<String> levels,
			List<String> audiences, List<String> sources, String sort, int page, String literal) {
		String words = (text != null) ? SearchText.clean(text) : "";
		if (words.length() > MAX_TEXT_LENGTH) {
			int end = Character.isHighSurrogate(words.charAt(MAX_TEXT_LENGTH - 1)) ? MAX_TEXT_LENGTH - 1
					: MAX_TEXT_LENGTH;
			words = words.substring(0, end).strip();
		}
		Set<String> sourceKeys = new TreeSet<>();
		if (sources != null) {
			sources.stream().filter((key) -> key.matches("ORG_[0-9]{1,12}|PLG_[A-Z_]{1,30}")).forEach(sourceKeys::add);
		}
		return new FicheQuery(words, parse(Theme.class, themes), parse(CarePhase.class, phases),
				parse(Level.class, levels), parse(Audience.class, audiences), sourceKeys,
				FicheSort.fromParameter(sort, !words.isEmpty()), Math.max(0, Math.min(page, 10_000)),
				!words.isEmpty() && "ja".equals(literal));
	}

	public boolean searching() {
		return !this.text.isEmpty();
	}

	/**
	 * The words as PostgreSQL's text search should read them (see {@link SearchText}).
	 */
	String searchText() {
		return SearchText.forSearch(this.text);
	}

	public boolean filtered() {
		return searching() || !this.themes.isEmpty() || !this.phases.isEmpty() || !this.levels.isEmpty()
				|| !this.audiences.isEmpty() || !this.sources.isEmpty();
	}

	/** The same query on another page. */
	FicheQuery onPage(int other) {
		return (other == this.page) ? this : new FicheQuery(this.text, this.themes, this.phases, this.levels,
				this.audiences, this.sources, this.sort, other, this.literal);
	}

	/** The address of this query without its page number, every value percent-encoded. */
	String url() {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/toolbox");
		if (searching()) {
			add(builder, "q", this.text);
			if (this.literal) {
				add(builder, "letterlijk", "ja");
			}
		}
		this.themes.forEach((theme) -> add(builder, "thema", theme.name()));
		this.phases.forEach((phase) -> add(builder, "fase", phase.name()));
		this.levels.forEach((level) -> add(builder, "niveau", level.name()));
		this.audiences.forEach((audience) -> add(builder, "doelgroep", audience.name()));
		this.sources.forEach((source) -> add(builder, "bron", source));
		if (this.sort != FicheSort.fromParameter(null, searching())) {
			add(builder, "sorteer", this.sort.getParameter());
		}
		return builder.build(true).toUriString();
	}

	private static void add(UriComponentsBuilder builder, String name, String value) {
		builder.queryParam(name, UriUtils.encode(value, StandardCharsets.UTF_8));
	}

	/**
	 * The same query with the words as typed, no suggestion in their place, from the
	 * first page.
	 */
	String literalUrl() {
		return new FicheQuery(this.text, this.themes, this.phases, this.levels, this.audiences, this.sources, this.sort,
				0, true)
			.url();
	}

	private static <E extends Enum<E>> Set<E> parse(Class<E> type, Collection<String> names) {
		Set<E> set = EnumSet.noneOf(type);
		if (names != null) {
			names.forEach((name) -> Arrays.stream(type.getEnumConstants())
				.filter((constant) -> constant.name().equals(name))
				.forEach(set::add));
		}
		return set;
	}

}
