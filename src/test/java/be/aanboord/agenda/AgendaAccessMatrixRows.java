package be.aanboord.agenda;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import be.aanboord.account.AccessMatrixRows;
import be.aanboord.account.Who;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import static java.util.Map.entry;

/**
 * The agenda's routes: the public agenda for everyone, organising for administrators and
 * coordinators (which activity, the service decides: see ActivityAdminIT). POST examples
 * change nothing: an empty form, publishing what is published, cancelling a draft, no new
 * capacity for an activity without a limit, a report without the version it was written
 * on, a document without a file. The online link of an activity is never shown on its
 * public page.
 */
@Component
class AgendaAccessMatrixRows implements AccessMatrixRows {

	private static final Set<Who> ORGANISERS = Who.only(Who.ADMIN, Who.COORDINATOR);

	/** The demo's online link for the secondary learning lab: for registrants only. */
	static final String ONLINE_LINK = "meet.example.org/leerlabo-so";

	private final JdbcClient jdbc;

	AgendaAccessMatrixRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<String, Row> rows() {
		long bao = id("leerlabo-bao-2026");
		long draft = id("studiedag-ontwerp-2027");
		long unlimited = id("inspiratiedag-2027");
		Map<Who, List<String>> noLink = EnumSet.allOf(Who.class)
			.stream()
			.collect(Collectors.toMap(Function.identity(), (who) -> List.of(ONLINE_LINK)));
		return Map.ofEntries(entry("GET /agenda", new Row("/agenda", Who.EVERYONE)),
				entry("GET /agenda/maand", new Row("/agenda/maand?maand=2026-06", Who.EVERYONE)),
				entry("GET /agenda/{slug}", new Row("/agenda/leerlabo-so-2026", Who.EVERYONE, noLink)),
				entry("GET /agenda/{slug}.ics", new Row("/agenda/leerlabo-so-2026.ics", Who.EVERYONE, noLink)),
				entry("GET /agenda/{slug}/documenten/{id}",
						new Row("/agenda/leerlabo-bao-2026/documenten/999999", Who.EVERYONE)),
				entry("GET /agenda/feed.ics", new Row("/agenda/feed.ics", Who.EVERYONE, noLink)),
				entry("GET /agenda/feed/{type}.ics", new Row("/agenda/feed/leerlabo.ics", Who.EVERYONE)),
				entry("GET /agenda/beheer", new Row("/agenda/beheer", ORGANISERS)),
				entry("GET /agenda/beheer/nieuw", new Row("/agenda/beheer/nieuw", ORGANISERS)),
				entry("POST /agenda/beheer/nieuw", new Row("/agenda/beheer/nieuw", ORGANISERS)),
				entry("GET /agenda/beheer/{id}", new Row("/agenda/beheer/" + bao, ORGANISERS)),
				entry("POST /agenda/beheer/{id}", new Row("/agenda/beheer/" + bao, ORGANISERS)),
				entry("POST /agenda/beheer/{id}/publiceren",
						new Row("/agenda/beheer/" + bao + "/publiceren", ORGANISERS)),
				entry("POST /agenda/beheer/{id}/annuleren",
						new Row("/agenda/beheer/" + draft + "/annuleren", ORGANISERS)),
				entry("POST /agenda/beheer/{id}/capaciteit",
						new Row("/agenda/beheer/" + unlimited + "/capaciteit", ORGANISERS)),
				entry("POST /agenda/beheer/{id}/documenten",
						new Row("/agenda/beheer/" + bao + "/documenten", ORGANISERS)),
				entry("POST /agenda/beheer/{id}/verslag", new Row("/agenda/beheer/" + bao + "/verslag", ORGANISERS)));
	}

	private long id(String slug) {
		return this.jdbc.sql("select id from activity where slug = ?").param(slug).query(Long.class).single();
	}

}
