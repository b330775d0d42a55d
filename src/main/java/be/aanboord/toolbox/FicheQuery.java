package be.aanboord.toolbox;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * What a visitor asks of the toolbox: words, facet choices, an order and a page. Read
 * leniently from the address (unknown values are ignored) and written back to it, so that
 * every result page has a shareable URL.
 */
record FicheQuery(String text, Set<Theme> themes, Set<CarePhase> phases, Set<Level> levels, Set<Audience> audiences,
		Set<String> sources, FicheSort sort, int page) {

	static final int PAGE_SIZE = 20;

	static FicheQuery of(String text, List<String> themes, List<String> phases, List<String> levels,
			List<String> audiences, List<String> sources, String sort, int page) {
		String words = (text != null) ? text.strip() : "";
		if (words.length() > 200) {
			words = words.substring(0, 200);
		}
		Set<String> sourceKeys = new TreeSet<>();
		if (sources != null) {
			sources.stream().filter((key) -> key.matches("ORG_[0-9]{1,12}|PLG_[A-Z_]{1,30}")).forEach(sourceKeys::add);
		}
		return new FicheQuery(words, parse(Theme.class, themes), parse(CarePhase.class, phases),
				parse(Level.class, levels), parse(Audience.class, audiences), sourceKeys,
				FicheSort.fromParameter(sort, !words.isEmpty()), Math.max(0, Math.min(page, 10_000)));
	}

	public boolean searching() {
		return !this.text.isEmpty();
	}

	public boolean filtered() {
		return searching() || !this.themes.isEmpty() || !this.phases.isEmpty() || !this.levels.isEmpty()
				|| !this.audiences.isEmpty() || !this.sources.isEmpty();
	}

	/** The same query on another page. */
	FicheQuery onPage(int other) {
		return (other == this.page) ? this : new FicheQuery(this.text, this.themes, this.phases, this.levels,
				this.audiences, this.sources, this.sort, other);
	}

	/** The address of this query without its page number. */
	String url() {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/toolbox");
		if (searching()) {
			builder.queryParam("q", this.text);
		}
		this.themes.forEach((theme) -> builder.queryParam("thema", theme.name()));
		this.phases.forEach((phase) -> builder.queryParam("fase", phase.name()));
		this.levels.forEach((level) -> builder.queryParam("niveau", level.name()));
		this.audiences.forEach((audience) -> builder.queryParam("doelgroep", audience.name()));
		this.sources.forEach((source) -> builder.queryParam("bron", source));
		if (this.sort != FicheSort.fromParameter(null, searching())) {
			builder.queryParam("sorteer", this.sort.getParameter());
		}
		return builder.encode().build().toUriString();
	}

	/** The same query with other words, from the first page. */
	String urlWithText(String other) {
		return new FicheQuery(other, this.themes, this.phases, this.levels, this.audiences, this.sources,
				(this.sort == FicheSort.RELEVANCE) ? FicheSort.RELEVANCE : this.sort, 0)
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
