package be.aanboord.help.editing;

import java.util.Map;
import java.util.Set;

import be.aanboord.account.AccessMatrixRows;
import be.aanboord.account.Who;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import static java.util.Map.entry;

/**
 * Keeping the help directory right: the editors' pages for editors and administrators
 * only; proposing a correction for anyone. The examples use a published offer of the demo
 * (or one made for the matrix) and a correction to it; POST examples address an offer or
 * correction that does not exist, so that allowed users get a 404 rather than changing
 * the data.
 */
@Component
class HelpEditingAccessMatrixRows implements AccessMatrixRows {

	private static final Set<Who> EDITORS = Who.only(Who.ADMIN, Who.EDITOR);

	private final JdbcTemplate jdbc;

	HelpEditingAccessMatrixRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<String, Row> rows() {
		long offer = offer();
		String slug = this.jdbc.queryForObject("select slug from help_offer where id = ?", String.class, offer);
		long correction = correction(offer);
		String missing = "/hulp/beheer/999999999";
		return Map.ofEntries(entry("GET /hulp/{slug}/correctie", new Row("/hulp/" + slug + "/correctie", Who.EVERYONE)),
				entry("POST /hulp/{slug}/correctie", new Row("/hulp/bestaat-niet/correctie", Who.EVERYONE)),
				entry("GET /hulp/beheer", new Row("/hulp/beheer", EDITORS)),
				entry("GET /hulp/beheer/nieuw", new Row("/hulp/beheer/nieuw", EDITORS)),
				entry("POST /hulp/beheer/nieuw", new Row("/hulp/beheer/nieuw", EDITORS)),
				entry("GET /hulp/beheer/{id}", new Row("/hulp/beheer/" + offer, EDITORS)),
				entry("POST /hulp/beheer/{id}", new Row(missing, EDITORS)),
				entry("GET /hulp/beheer/{id}/geschiedenis",
						new Row("/hulp/beheer/" + offer + "/geschiedenis", EDITORS)),
				entry("POST /hulp/beheer/{id}/nagekeken", new Row(missing + "/nagekeken", EDITORS)),
				entry("POST /hulp/beheer/{id}/archiveren", new Row(missing + "/archiveren", EDITORS)),
				entry("POST /hulp/beheer/{id}/herstellen", new Row(missing + "/herstellen", EDITORS)),
				entry("GET /hulp/beheer/correcties", new Row("/hulp/beheer/correcties", EDITORS)),
				entry("GET /hulp/beheer/correcties/{id}", new Row("/hulp/beheer/correcties/" + correction, EDITORS)),
				entry("POST /hulp/beheer/correcties/{id}", new Row("/hulp/beheer/correcties/999999999", EDITORS)),
				entry("POST /hulp/beheer/correcties/{id}/afwijzen",
						new Row("/hulp/beheer/correcties/999999999/afwijzen", EDITORS)));
	}

	/** A published offer of the demo, or one made for the matrix. */
	private long offer() {
		return this.jdbc
			.queryForList("select id from help_offer where status = 'PUBLISHED' order by id limit 1", Long.class)
			.stream()
			.findFirst()
			.orElseGet(() -> this.jdbc.queryForObject("""
					insert into help_offer (slug, name, kind, care_level, flanders_wide)
					values ('toegang-hulpaanbod', 'Hulpaanbod voor de toegangstest', 'OTHER', 'BASIC_CARE', true)
					returning id""", Long.class));
	}

	/** A correction to the offer, made for the matrix when there is none. */
	private long correction(long offer) {
		return this.jdbc
			.queryForList("select id from help_correction where offer_id = ? order by id limit 1", Long.class, offer)
			.stream()
			.findFirst()
			.orElseGet(() -> this.jdbc.queryForObject("""
					insert into help_correction (offer_id, body)
					values (?, 'Het telefoonnummer klopt niet meer.') returning id""", Long.class, offer));
	}

}
