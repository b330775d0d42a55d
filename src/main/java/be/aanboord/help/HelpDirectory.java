package be.aanboord.help;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The published help offers as other modules read them (the school's card, news,
 * trajectory suggestions). Read-only; archived offers are never returned.
 */
@Component
public class HelpDirectory {

	static final String SUMMARY_COLUMNS = """
			o.id, o.slug, o.name, o.kind, o.care_level, o.summary, o.access_route, o.phone, o.email, o.website""";

	/** The order of every list: level of care as the zorgcontinuüm, kind, name. */
	static final String ORDER = """
			array_position(array['BASIC_CARE','INCREASED_CARE','EXTENDED_CARE','THROUGH_CLB','STEP_TO_WORK']::varchar[],
			               o.care_level),
			array_position(array['PEDAGOGICAL_GUIDANCE','STUDENT_COUNCIL','PARENT_UMBRELLA','NETWORK_COORDINATOR',
			               'LOCAL_GOVERNMENT','LOCAL_INITIATIVE','SUPPORT_NETWORK','CLB','SCHOOL_EXTERNAL_INTERVENTION',
			               'NAFT','DAY_CARE','ONE_FAMILY_ONE_PLAN','POLICE','JAC_CAW','TEJO','CGG','COMMUNITY_SERVICE',
			               'WORK_ORGANISATION','START_JOB_PROJECT','OTHER']::varchar[], o.kind),
			lower(o.name), o.id""";

	private final JdbcClient jdbc;

	HelpDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The published offers that serve the municipality (Flanders-wide, or with the
	 * municipality listed) and fit one of the levels (or have no levels; an empty set of
	 * levels asks for all), ordered by level of care, kind and name. An unknown code
	 * finds only the Flanders-wide offers.
	 */
	public List<OfferSummary> serving(String municipalityCode, Set<HelpLevel> levels) {
		String[] names = levels.stream().map(Enum::name).toArray(String[]::new);
		return this.jdbc.sql("select " + SUMMARY_COLUMNS + """
				 from help_offer o
				where o.status = 'PUBLISHED'
				  and (o.flanders_wide or exists (select 1 from help_offer_municipality m
				                                  where m.offer_id = o.id and m.municipality_code = :municipality))
				  and (cardinality(cast(:levels as varchar[])) = 0 or cardinality(o.levels) = 0
				       or o.levels && cast(:levels as varchar[]))
				""" + " order by " + ORDER)
			.param("municipality", (municipalityCode != null) ? municipalityCode : "")
			.param("levels", names)
			.query(OfferSummary.class)
			.list();
	}

	/** The published offers among these ids, in the directory's order. */
	public List<OfferSummary> byIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("select " + SUMMARY_COLUMNS + " from help_offer o where o.status = 'PUBLISHED' and o.id in (:ids)"
					+ " order by " + ORDER)
			.param("ids", ids)
			.query(OfferSummary.class)
			.list();
	}

	/** The published offer with this slug, if there is one. */
	public Optional<OfferSummary> bySlug(String slug) {
		if (slug == null || slug.length() > 120) {
			return Optional.empty();
		}
		return this.jdbc
			.sql("select " + SUMMARY_COLUMNS + " from help_offer o where o.status = 'PUBLISHED' and o.slug = ?")
			.param(slug)
			.query(OfferSummary.class)
			.optional();
	}

}
