package be.aanboord.toolbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import be.aanboord.partner.Organisations;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * Searches the published fiches with PostgreSQL: Dutch full-text search without accents
 * (title weighted above summary above body), facet counts that leave out the facet's own
 * choice (so the alternatives stay visible), snippets with the words marked, and a
 * "bedoelde je …?" suggestion from the words of the toolbox when nothing matches.
 */
@Component
class FicheSearch {

	static final String CONFIG = "'public.dutch_unaccent'::regconfig";

	private static final String MARK_START = "\u27e6";

	private static final String MARK_END = "\u27e7";

	private final NamedParameterJdbcTemplate jdbc;

	private final Organisations organisations;

	FicheSearch(NamedParameterJdbcTemplate jdbc, Organisations organisations) {
		this.jdbc = jdbc;
		this.organisations = organisations;
	}

	/**
	 * A fiche found; {@code organisation} is the name of the organisation that wrote it
	 * (null for a PLG's fiche), {@code organisationId} its id.
	 */
	record Hit(long id, int number, String slug, String title, String summary, String snippetHtml, Instant publishedAt,
			Long organisationId, String organisation, Province province, long downloads) {

		Hit named(Map<Long, String> names) {
			return new Hit(this.id, this.number, this.slug, this.title, this.summary, this.snippetHtml,
					this.publishedAt, this.organisationId,
					(this.organisationId != null) ? names.get(this.organisationId) : null, this.province,
					this.downloads);
		}

	}

	record FacetValue(String value, String label, long count, boolean selected) {
	}

	/**
	 * How the words were read: all of them ({@code WORDS}, also when nothing is
	 * searched); the spelling suggestion instead, as the words found nothing and it does
	 * ({@code SUGGESTION}); or any of the words, ranked by how many and how well they
	 * match, as together they found nothing ({@code SOME_WORDS}).
	 */
	enum Reading {

		WORDS, SUGGESTION, SOME_WORDS

	}

	/**
	 * A page of hits with the facet counts; {@code suggestion} holds the words searched
	 * instead of the visitor's when the reading is {@code SUGGESTION}, otherwise null.
	 */
	record Results(Page<Hit> hits, Map<String, List<FacetValue>> facets, Reading reading, String suggestion) {
	}

	/**
	 * Which fiches a search matches and how they rank: a {@code tsquery} expression over
	 * the parameter {@code :text}.
	 */
	private record Match(String tsquery, String rank, String text) {

		/**
		 * A lexeme {@code l} as a {@code tsquery} literal: quoted, its quotes and
		 * backslashes doubled, as the {@code tsquery} syntax wants.
		 */
		private static final String QUOTED = "'''' || replace(replace(l, '\\', '\\\\'), '''', '''''') || ''''";

		/**
		 * The lexemes of {@code :text}, normalised as the fiches are (stemmed, without
		 * accents and stop words), single letters left out.
		 */
		private static final String LEXEMES = "from unnest(tsvector_to_array(to_tsvector(" + CONFIG
				+ ", :text))) l where length(l) > 1";

		/** Every word, with {@code websearch_to_tsquery}'s phrases and exclusions. */
		static Match allOf(String text) {
			String tsquery = "websearch_to_tsquery(" + CONFIG + ", :text)";
			return new Match(tsquery, "ts_rank(f.search_vector, " + tsquery + ")", text);
		}

		/**
		 * Any of the words: their lexemes joined with OR in one {@code tsquery} (null,
		 * matching nothing, without lexemes). A fiche ranks by how many of the words it
		 * holds, then by the weighted rank of the words (scaled to below 1).
		 */
		static Match anyOf(String text) {
			String tsquery = "(select string_agg(" + QUOTED + ", ' | ') " + LEXEMES + ")::tsquery";
			String words = "(select array_agg((" + QUOTED + ")::tsquery) " + LEXEMES + ")";
			String rank = "(select count(*) from unnest(" + words + ") w where f.search_vector @@ w)"
					+ " + ts_rank(f.search_vector, " + tsquery + ", 32)";
			return new Match(tsquery, rank, text);
		}

	}

	/**
	 * The published fiches for the query. When its words find nothing together, anywhere,
	 * the spelling suggestion is searched instead if that finds something, otherwise any
	 * of the words (and of the suggestion), ranked. Facet choices never change how the
	 * words are read: words that find fiches only outside the chosen facets stay as they
	 * are. A search costs four statements (facets, page, snippets, the organisations'
	 * names through partner's {@code Organisations}); one that falls back, four more (the
	 * suggestion for all words, what each reading would find, its snippets and names).
	 */
	@Transactional(readOnly = true)
	public Results search(FicheQuery query) {
		if (!query.searching()) {
			return search(query, null, Reading.WORDS, null);
		}
		String words = query.searchText();
		Results found = search(query, Match.allOf(words), Reading.WORDS, null);
		if (found.hits().getTotalElements() > 0) {
			return found;
		}
		String suggestion = query.literal() ? null : suggest(words);
		Match some = Match.anyOf((suggestion != null) ? words + " " + suggestion : words);
		Map<String, Object> exists = this.jdbc.queryForMap(
				"""
						select exists (select 1 from published_fiche f where f.search_vector @@ websearch_to_tsquery(%1$s, :words))
						         as words,
						       exists (select 1 from published_fiche f
						               where f.search_vector @@ websearch_to_tsquery(%1$s, cast(:suggestion as text))) as suggestion,
						       exists (select 1 from published_fiche f where f.search_vector @@ %2$s) as some
						"""
					.formatted(CONFIG, some.tsquery()),
				new MapSqlParameterSource("words", words).addValue("suggestion", suggestion)
					.addValue("text", some.text()));
		if (Boolean.TRUE.equals(exists.get("words"))) {
			return found;
		}
		if (Boolean.TRUE.equals(exists.get("suggestion"))) {
			return search(query, Match.allOf(suggestion), Reading.SUGGESTION, suggestion);
		}
		if (Boolean.TRUE.equals(exists.get("some"))) {
			return search(query, some, Reading.SOME_WORDS, null);
		}
		return found;
	}

	private Results search(FicheQuery query, Match match, Reading reading, String suggestion) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String themes = match("f.themes", "themes", query.themes(), params);
		String phases = match("f.phases", "phases", query.phases(), params);
		String levels = match("f.levels", "levels", query.levels(), params);
		String audiences = match("f.audiences", "audiences", query.audiences(), params);
		String sources = "true";
		if (!query.sources().isEmpty()) {
			params.addValue("sources", query.sources());
			sources = "f.source_key in (:sources)";
		}
		String text = "";
		if (match != null) {
			params.addValue("text", match.text());
			text = " and f.search_vector @@ " + match.tsquery();
		}
		Map<String, List<FacetValue>> facets = facets(query, params, text, themes, phases, levels, audiences, sources);
		long total = facets.remove("TOTAL").get(0).count();
		// a page past the last shows the last one
		FicheQuery shown = query.onPage((int) Math.min(query.page(), Math.max(0, (total - 1) / FicheQuery.PAGE_SIZE)));
		List<Hit> found = (total > 0)
				? hits(shown, match, params, text,
						themes + " and " + phases + " and " + levels + " and " + audiences + " and " + sources)
				: List.of();
		Set<Long> organisationIds = found.stream()
			.map(Hit::organisationId)
			.filter((id) -> id != null)
			.collect(Collectors.toCollection(HashSet::new));
		facets.get("SOURCE")
			.stream()
			.filter((value) -> value.label() != null)
			.forEach((value) -> organisationIds.add(Long.valueOf(value.label())));
		Map<Long, String> names = this.organisations.names(organisationIds);
		List<Hit> hits = found.stream().map((hit) -> hit.named(names)).toList();
		facets.put("SOURCE", named(facets.get("SOURCE"), names));
		return new Results(new PageImpl<>(hits, PageRequest.of(shown.page(), FicheQuery.PAGE_SIZE), total), facets,
				reading, suggestion);
	}

	private Map<String, List<FacetValue>> facets(FicheQuery query, MapSqlParameterSource params, String text,
			String themes, String phases, String levels, String audiences, String sources) {
		String sql = """
				with base as (
				  select f.themes, f.phases, f.levels, f.audiences, f.source_key, f.organisation_id,
				         %s as mt, %s as mp, %s as ml, %s as ma, %s as ms
				  from published_fiche f where true%s)
				select 'THEME' as facet, v as value, null as label, count(*) as n
				  from base, unnest(themes) v where mp and ml and ma and ms group by v
				union all select 'PHASE', v, null, count(*) from base, unnest(phases) v
				  where mt and ml and ma and ms group by v
				union all select 'LEVEL', v, null, count(*) from base, unnest(levels) v
				  where mt and mp and ma and ms group by v
				union all select 'AUDIENCE', v, null, count(*) from base, unnest(audiences) v
				  where mt and mp and ml and ms group by v
				union all select 'SOURCE', b.source_key, min(b.organisation_id)::text, count(*) from base b
				  where mt and mp and ml and ma group by b.source_key
				union all select 'TOTAL', null, null, count(*) from base where mt and mp and ml and ma and ms
				""".formatted(themes, phases, levels, audiences, sources, text);
		Map<String, Map<String, FacetValue>> found = new HashMap<>();
		this.jdbc.query(sql, params, (RowCallbackHandler) (rs) -> {
			String facet = rs.getString("facet");
			String value = rs.getString("value");
			found.computeIfAbsent(facet, (key) -> new HashMap<>())
				.put(String.valueOf(value),
						new FacetValue(value, rs.getString("label"), rs.getLong("n"), selected(query, facet, value)));
		});
		Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
		facets.put("THEME", ordered(found, "THEME", Theme.values(), query.themes()));
		facets.put("PHASE", ordered(found, "PHASE", CarePhase.values(), query.phases()));
		facets.put("LEVEL", ordered(found, "LEVEL", Level.values(), query.levels()));
		facets.put("AUDIENCE", ordered(found, "AUDIENCE", Audience.values(), query.audiences()));
		// the label of an organisation's source is its id until named
		List<FacetValue> sourceValues = new ArrayList<>(found.getOrDefault("SOURCE", Map.of()).values());
		query.sources()
			.stream()
			.filter((key) -> sourceValues.stream().noneMatch((value) -> value.value().equals(key)))
			.forEach((key) -> sourceValues.add(new FacetValue(key, null, 0, true)));
		facets.put("SOURCE", sourceValues);
		facets.put("TOTAL", List
			.of(found.getOrDefault("TOTAL", Map.of()).getOrDefault("null", new FacetValue(null, null, 0, false))));
		return facets;
	}

	/**
	 * The source facet's values with the organisations' names as labels (a PLG's value
	 * has none), by label.
	 */
	private static List<FacetValue> named(List<FacetValue> values, Map<Long, String> names) {
		List<FacetValue> named = new ArrayList<>(values.stream()
			.map((value) -> new FacetValue(value.value(),
					(value.label() != null) ? names.get(Long.valueOf(value.label())) : null, value.count(),
					value.selected()))
			.toList());
		named.sort((a, b) -> sourceLabel(a).compareToIgnoreCase(sourceLabel(b)));
		return named;
	}

	private static String sourceLabel(FacetValue value) {
		return (value.label() != null) ? value.label() : value.value();
	}

	private static <E extends Enum<E>> List<FacetValue> ordered(Map<String, Map<String, FacetValue>> found,
			String facet, E[] constants, Set<E> selected) {
		Map<String, FacetValue> counts = found.getOrDefault(facet, Map.of());
		List<FacetValue> values = new ArrayList<>();
		for (E constant : constants) {
			FacetValue value = counts.get(constant.name());
			if (value != null) {
				values.add(value);
			}
			else if (selected.contains(constant)) {
				values.add(new FacetValue(constant.name(), null, 0, true));
			}
		}
		return values;
	}

	private static boolean selected(FicheQuery query, String facet, String value) {
		return switch (facet) {
			case "THEME" -> query.themes().stream().anyMatch((theme) -> theme.name().equals(value));
			case "PHASE" -> query.phases().stream().anyMatch((phase) -> phase.name().equals(value));
			case "LEVEL" -> query.levels().stream().anyMatch((level) -> level.name().equals(value));
			case "AUDIENCE" -> query.audiences().stream().anyMatch((audience) -> audience.name().equals(value));
			case "SOURCE" -> query.sources().contains(value);
			default -> false;
		};
	}

	private List<Hit> hits(FicheQuery query, Match match, MapSqlParameterSource params, String text, String filters) {
		String rank = (match != null) ? match.rank() : "0";
		String order = switch (query.sort()) {
			case RELEVANCE -> "rank desc, f.published_at desc, f.id";
			case TITLE -> "lower(f.title), f.id";
			case DOWNLOADS -> "f.download_count desc, f.id";
			case NEWEST -> "f.published_at desc, f.id desc";
		};
		params.addValue("limit", FicheQuery.PAGE_SIZE).addValue("offset", (long) query.page() * FicheQuery.PAGE_SIZE);
		String sql = """
				select f.id, f.number, f.slug, f.title, f.summary, f.published_at, f.download_count, f.plg_province,
				       f.organisation_id, %s as rank
				from published_fiche f
				where true%s and %s
				order by %s limit :limit offset :offset""".formatted(rank, text, filters.replace("f.", "f."), order);
		List<Hit> hits = this.jdbc.query(sql, params, this::hit);
		if (match == null || hits.isEmpty()) {
			return hits;
		}
		Map<Long, String> snippets = snippets(match, hits.stream().map(Hit::id).toList());
		return hits.stream()
			.map((hit) -> new Hit(hit.id(), hit.number(), hit.slug(), hit.title(), hit.summary(),
					snippets.get(hit.id()), hit.publishedAt(), hit.organisationId(), null, hit.province(),
					hit.downloads()))
			.toList();
	}

	private Hit hit(ResultSet rs, int row) throws SQLException {
		String province = rs.getString("plg_province");
		return new Hit(rs.getLong("id"), rs.getInt("number"), rs.getString("slug"), rs.getString("title"),
				rs.getString("summary"), null, rs.getTimestamp("published_at").toInstant(),
				rs.getObject("organisation_id", Long.class), null,
				(province != null) ? Province.valueOf(province) : null, rs.getLong("download_count"));
	}

	/**
	 * Passages of the summary and body around the words found. PostgreSQL marks the words
	 * with two rare characters; the text is escaped before those become {@code <mark>},
	 * so nothing of the fiche's text can become markup.
	 */
	private Map<Long, String> snippets(Match match, Collection<Long> ids) {
		String sql = """
				select f.id, ts_headline(%s, f.summary || ' … ' || f.body, %s,
				  'StartSel=%s, StopSel=%s, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "')
				  as snippet
				from published_fiche f where f.id in (:ids)""".formatted(CONFIG, match.tsquery(), MARK_START, MARK_END);
		Map<Long, String> snippets = new HashMap<>();
		this.jdbc.query(sql, new MapSqlParameterSource("text", match.text()).addValue("ids", ids),
				(RowCallbackHandler) (rs) -> snippets.put(rs.getLong("id"), markUp(rs.getString("snippet"))));
		return snippets;
	}

	static String markUp(String snippet) {
		String plain = snippet.replaceAll("[#*_`|>]+", " ").replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1");
		return HtmlUtils.htmlEscape(plain.replaceAll("\\s+", " ").strip(), "UTF-8")
			.replace(MARK_START, "<mark>")
			.replace(MARK_END, "</mark>");
	}

	/**
	 * The query with each unknown word (of four letters or more, without accents)
	 * replaced by the closest word of the toolbox's titles and summaries (trigram
	 * similarity), in one statement for all the words; null when no word changes.
	 */
	String suggest(String text) {
		List<String> words = new ArrayList<>();
		for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}0-9]+")) {
			if (!word.isBlank()) {
				words.add(word);
			}
		}
		List<String> unknown = words.stream()
			.map(FicheSearch::withoutAccents)
			.filter((word) -> word.length() >= 4)
			.distinct()
			.toList();
		if (unknown.isEmpty()) {
			return null;
		}
		Map<String, String> closest = new HashMap<>();
		this.jdbc.query("""
				select w.word, (select c.word from fiche_word c where c.word % w.word
				                order by similarity(c.word, w.word) desc, c.word limit 1) as closest
				from unnest(array[:words]::text[]) w(word)
				where not exists (select 1 from fiche_word k where k.word = w.word)""",
				new MapSqlParameterSource("words", unknown), (RowCallbackHandler) (rs) -> {
					if (rs.getString("closest") != null) {
						closest.put(rs.getString("word"), rs.getString("closest"));
					}
				});
		if (closest.isEmpty()) {
			return null;
		}
		return words.stream()
			.map((word) -> closest.getOrDefault(withoutAccents(word), word))
			.collect(Collectors.joining(" "));
	}

	private static String withoutAccents(String word) {
		return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
	}

	private static String match(String column, String name, Set<? extends Enum<?>> values,
			MapSqlParameterSource params) {
		if (values.isEmpty()) {
			return "true";
		}
		params.addValue(name, values.stream().map(Enum::name).collect(Collectors.joining(",")));
		return column + " && string_to_array(:" + name + ", ',')::varchar[]";
	}

	record Related(String slug, String title, String summary) {
	}

	/** Published fiches that share the most themes with this one. */
	@Transactional(readOnly = true)
	public List<Related> related(PublishedFiche fiche, int limit) {
		if (fiche.content().themes().isEmpty()) {
			return List.of();
		}
		return this.jdbc.query("""
				select f.slug, f.title, f.summary from published_fiche f
				where f.id <> :id and f.themes && string_to_array(:themes, ',')::varchar[]
				order by cardinality(array(select unnest(f.themes) intersect
				                           select unnest(string_to_array(:themes, ',')::varchar[]))) desc,
				         f.published_at desc, f.id
				limit :limit""", new MapSqlParameterSource("id", fiche.id())
			.addValue("themes", fiche.content().themes().stream().map(Enum::name).collect(Collectors.joining(",")))
			.addValue("limit", limit), (rs, row) -> new Related(rs.getString(1), rs.getString(2), rs.getString(3)));
	}

	record VersionEntry(int number, Instant publishedAt, String publishedBy) {
	}

	@Transactional(readOnly = true)
	public List<VersionEntry> versions(long ficheId) {
		return this.jdbc.query(
				"select number, published_at, published_by from fiche_version where fiche_id = :id order by number desc",
				new MapSqlParameterSource("id", ficheId),
				(rs, row) -> new VersionEntry(rs.getInt(1), rs.getTimestamp(2).toInstant(), rs.getString(3)));
	}

	/** Counts one download exactly, however many happen at once. */
	@Transactional
	public void countDownload(long ficheId) {
		this.jdbc.update("update fiche set download_count = download_count + 1 where id = :id",
				new MapSqlParameterSource("id", ficheId));
	}

}
