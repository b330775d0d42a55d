package be.aanboord.help;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches the published help offers with PostgreSQL: Dutch full-text search without
 * accents as in the toolbox (name weighted above summary above description, stemmed:
 * "spijbelende" finds "spijbelen"), filters on level of care, kind, education level,
 * audience and municipality, and the overview by level of care of seed 004.
 * <p>
 * An offer without education levels fits every level; an offer serves a municipality when
 * it is Flanders-wide or lists the municipality.
 */
@Component
class HelpSearch {

	static final String CONFIG = "'public.dutch_unaccent'::regconfig";

	/** How many offers of a kind the overview shows; the rest through the kind's list. */
	static final int OVERVIEW_PER_KIND = 5;

	private static final DataClassRowMapper<OfferSummary> SUMMARY = new DataClassRowMapper<>(OfferSummary.class);

	private final NamedParameterJdbcTemplate jdbc;

	HelpSearch(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A page of the offers that match the query, the best match first when words are
	 * searched, otherwise in the directory's order (level of care, kind, name). A page
	 * past the last shows the last. Two statements at most.
	 */
	@Transactional(readOnly = true)
	public Page<OfferSummary> search(HelpQuery query) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		StringBuilder where = new StringBuilder("o.status = 'PUBLISHED'");
		String order = HelpDirectory.ORDER;
		if (query.searching()) {
			params.addValue("text", query.searchText());
			where.append(" and o.search_vector @@ websearch_to_tsquery(" + CONFIG + ", :text)");
			order = "ts_rank(o.search_vector, websearch_to_tsquery(" + CONFIG + ", :text)) desc, " + order;
		}
		if (!query.careLevels().isEmpty()) {
			params.addValue("careLevels", query.careLevels().stream().map(Enum::name).toList());
			where.append(" and o.care_level in (:careLevels)");
		}
		if (query.kind() != null) {
			params.addValue("kind", query.kind().name());
			where.append(" and o.kind = :kind");
		}
		if (query.level() != null) {
			params.addValue("level", new String[] { query.level().name() });
			where.append(" and (o.levels @> cast(:level as varchar[]) or o.levels = '{}')");
		}
		if (query.audience() != null) {
			params.addValue("audience", new String[] { query.audience().name() });
			where.append(" and o.audiences @> cast(:audience as varchar[])");
		}
		if (query.municipality() != null) {
			params.addValue("municipality", query.municipality().code());
			where.append(" and (o.flanders_wide or exists (select 1 from help_offer_municipality m"
					+ " where m.offer_id = o.id and m.municipality_code = :municipality))");
		}
		int size = HelpQuery.PAGE_SIZE;
		String sql = "select " + HelpDirectory.SUMMARY_COLUMNS + ", count(*) over () as total from help_offer o where "
				+ where + " order by " + order + " limit :limit offset :offset";
		params.addValue("limit", size);
		AtomicLong total = new AtomicLong();
		List<OfferSummary> found = read(sql, params.addValue("offset", (long) query.page() * size), total);
		int page = query.page();
		if (found.isEmpty() && page > 0) {
			long count = this.jdbc.queryForObject("select count(*) from help_offer o where " + where, params,
					Long.class);
			page = (int) Math.max(0, (count - 1) / size);
			if (count > 0) {
				found = read(sql, params.addValue("offset", (long) page * size), total);
			}
		}
		return new PageImpl<>(found, PageRequest.of(page, size), total.get());
	}

	private List<OfferSummary> read(String sql, MapSqlParameterSource params, AtomicLong total) {
		return this.jdbc.query(sql, params, (row, n) -> {
			total.set(row.getLong("total"));
			return SUMMARY.mapRow(row, n);
		});
	}

	/**
	 * A kind of help at a level of care in the overview: at most
	 * {@value #OVERVIEW_PER_KIND} of its offers, by name, and how many there are.
	 */
	record KindGroup(HelpKind kind, List<OfferSummary> offers, long total) {

		/** Whether more offers exist than are shown. */
		public boolean more() {
			return this.total > this.offers.size();
		}

	}

	/**
	 * The overview of seed 004: per level of care (in order), its kinds of help (seed
	 * 004's kinds first, in its order, then any other kind an offer has at that level),
	 * each with its first offers. A kind without offers is listed empty.
	 */
	@Transactional(readOnly = true)
	public Map<CareLevel, List<KindGroup>> overview() {
		Map<CareLevel, Map<HelpKind, List<OfferSummary>>> offers = new EnumMap<>(CareLevel.class);
		Map<String, Long> totals = new LinkedHashMap<>();
		this.jdbc.query("select * from (select " + HelpDirectory.SUMMARY_COLUMNS + """
				, row_number() over (partition by o.care_level, o.kind order by lower(o.name), o.id) as position,
				  count(*) over (partition by o.care_level, o.kind) as total
				from help_offer o where o.status = 'PUBLISHED') o
				where o.position <= :perKind order by """ + " " + HelpDirectory.ORDER,
				new MapSqlParameterSource("perKind", OVERVIEW_PER_KIND), (row) -> {
					OfferSummary offer = SUMMARY.mapRow(row, 0);
					offers.computeIfAbsent(offer.careLevel(), (level) -> new EnumMap<>(HelpKind.class))
						.computeIfAbsent(offer.kind(), (kind) -> new ArrayList<>())
						.add(offer);
					totals.put(offer.careLevel() + " " + offer.kind(), row.getLong("total"));
				});
		Map<CareLevel, List<KindGroup>> overview = new EnumMap<>(CareLevel.class);
		for (CareLevel level : CareLevel.values()) {
			Map<HelpKind, List<OfferSummary>> atLevel = offers.getOrDefault(level, Map.of());
			Set<HelpKind> kinds = new LinkedHashSet<>(HelpKind.of(level));
			kinds.addAll(atLevel.keySet());
			overview.put(level,
					kinds.stream()
						.map((kind) -> new KindGroup(kind, atLevel.getOrDefault(kind, List.of()),
								totals.getOrDefault(level + " " + kind, 0L)))
						.toList());
		}
		return overview;
	}

}
