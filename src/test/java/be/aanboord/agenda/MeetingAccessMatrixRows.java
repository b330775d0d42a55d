package be.aanboord.agenda;

import java.util.Map;
import java.util.Set;

import be.aanboord.account.AccessMatrixRows;
import be.aanboord.account.Who;

import org.springframework.stereotype.Component;

import static java.util.Map.entry;

/**
 * The lab's meetings and the learning networks: signed-in lab members (ADMIN,
 * COORDINATOR, PARTNER) read them; ADMIN and COORDINATOR write; only ADMIN records the
 * budget's step; the city and the editors get 403 and visitors are sent to sign in. POST
 * examples name a meeting, network meeting or school year that does not exist, so allowed
 * users get a 404 rather than changing the demo data.
 */
@Component
class MeetingAccessMatrixRows implements AccessMatrixRows {

	private static final Set<Who> MEMBERS = Who.only(Who.ADMIN, Who.COORDINATOR, Who.PARTNER);

	private static final Set<Who> WRITERS = Who.only(Who.ADMIN, Who.COORDINATOR);

	private static final Set<Who> LAB = Who.only(Who.ADMIN);

	private static final String NONE = "/agenda/vergaderingen/geen-vergadering";

	@Override
	public Map<String, Row> rows() {
		return Map.ofEntries(entry("GET /agenda/vergaderingen", new Row("/agenda/vergaderingen", MEMBERS)),
				entry("GET /agenda/vergaderingen/{slug}", new Row("/agenda/vergaderingen/labo-2022-06", MEMBERS)),
				entry("GET /agenda/vergaderingen/{slug}/verslag",
						new Row("/agenda/vergaderingen/labo-2022-02/verslag", WRITERS)),
				entry("POST /agenda/vergaderingen/{slug}/verslag", new Row(NONE + "/verslag", WRITERS)),
				entry("POST /agenda/vergaderingen/{slug}/verslag/goedkeuren",
						new Row(NONE + "/verslag/goedkeuren?version=0", WRITERS)),
				entry("POST /agenda/vergaderingen/{slug}/deelnemers", new Row(NONE + "/deelnemers", WRITERS)),
				entry("POST /agenda/vergaderingen/{slug}/deelnemers/{personId}/verwijderen",
						new Row(NONE + "/deelnemers/1/verwijderen", WRITERS)),
				entry("POST /agenda/vergaderingen/{slug}/agendapunten", new Row(NONE + "/agendapunten", WRITERS)),
				entry("POST /agenda/vergaderingen/{slug}/agendapunten/{itemId}/verwijderen",
						new Row(NONE + "/agendapunten/1/verwijderen", WRITERS)),
				entry("POST /agenda/vergaderingen/{slug}/besluiten", new Row(NONE + "/besluiten", WRITERS)),
				entry("POST /agenda/vergaderingen/{slug}/besluiten/{decisionId}/verwijderen",
						new Row(NONE + "/besluiten/1/verwijderen", WRITERS)),
				entry("POST /agenda/vergaderingen/{slug}/actiepunten", new Row(NONE + "/actiepunten", WRITERS)),
				entry("POST /agenda/vergaderingen/actiepunten/{id}",
						new Row("/agenda/vergaderingen/actiepunten/0?status=DONE&version=0&vergadering=geen", WRITERS)),
				entry("POST /agenda/vergaderingen/{slug}/budget",
						new Row(NONE + "/budget?schooljaar=1999&version=0", LAB)),
				entry("GET /agenda/netwerken", new Row("/agenda/netwerken", MEMBERS)),
				entry("GET /agenda/netwerken/{network}", new Row("/agenda/netwerken/clz-regulier", MEMBERS)),
				entry("POST /agenda/netwerken/{network}/{year}/deelnemers",
						new Row("/agenda/netwerken/geen-netwerk/2025-2026/deelnemers", WRITERS)),
				entry("POST /agenda/netwerken/{network}/{year}/deelnemers/{id}/verwijderen",
						new Row("/agenda/netwerken/geen-netwerk/2025-2026/deelnemers/0/verwijderen", WRITERS)),
				entry("GET /agenda/netwerken/vergadering/{slug}",
						new Row("/agenda/netwerken/vergadering/clz-regulier-2026-1", MEMBERS)),
				entry("POST /agenda/netwerken/vergadering/{slug}",
						new Row("/agenda/netwerken/vergadering/geen-vergadering", WRITERS)));
	}

}
