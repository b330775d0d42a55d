package be.aanboord.agenda.registration;

import java.util.Map;
import java.util.Set;

import be.aanboord.account.AccessMatrixRows;
import be.aanboord.account.Who;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import static java.util.Map.entry;

/**
 * Registration routes: registering, the personal link and a registrant's data pages for
 * anyone; an activity's registrations for administrators and coordinators (and of these,
 * only the organising projects' ones: RegistrationFlowIT). The organisers' examples use
 * the demo's full leerlabo of Ris+K SO, the coordinator's project; POST examples address
 * an activity or a link that does not exist, so that allowed users get a 404 rather than
 * changing the demo data.
 */
@Component
class RegistrationAccessMatrixRows implements AccessMatrixRows {

	private static final Set<Who> ORGANISERS = Who.only(Who.ADMIN, Who.COORDINATOR);

	private final JdbcTemplate jdbc;

	RegistrationAccessMatrixRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<String, Row> rows() {
		String organised = "/agenda/beheer/" + fullLeerlabo() + "/inschrijvingen";
		String missing = "/agenda/beheer/999999999/inschrijvingen";
		return Map.ofEntries(
				entry("GET /agenda/{slug}/inschrijven", new Row("/agenda/leerlabo-so-2026/inschrijven", Who.EVERYONE)),
				entry("POST /agenda/{slug}/inschrijven", new Row("/agenda/bestaat-niet/inschrijven", Who.EVERYONE)),
				entry("GET /agenda/inschrijving/{token}", new Row("/agenda/inschrijving/vervalst.abc", Who.EVERYONE)),
				entry("POST /agenda/inschrijving/{token}", new Row("/agenda/inschrijving/vervalst.abc", Who.EVERYONE)),
				entry("GET /privacy/mijn-gegevens", new Row("/privacy/mijn-gegevens", Who.EVERYONE)),
				entry("POST /privacy/mijn-gegevens", new Row("/privacy/mijn-gegevens", Who.EVERYONE)),
				entry("GET /privacy/mijn-gegevens/{token}",
						new Row("/privacy/mijn-gegevens/vervalst.abc", Who.EVERYONE)),
				entry("POST /privacy/mijn-gegevens/{token}",
						new Row("/privacy/mijn-gegevens/vervalst.abc", Who.EVERYONE)),
				entry("GET /privacy/mijn-gegevens/{token}/kopie.csv",
						new Row("/privacy/mijn-gegevens/vervalst.abc/kopie.csv", Who.EVERYONE)),
				entry("GET /agenda/beheer/{id}/inschrijvingen", new Row(organised, ORGANISERS)),
				entry("GET /agenda/beheer/{id}/inschrijvingen/export.csv",
						new Row(organised + "/export.csv", ORGANISERS)),
				entry("GET /agenda/beheer/{id}/inschrijvingen/export.xlsx",
						new Row(organised + "/export.xlsx", ORGANISERS)),
				entry("GET /agenda/beheer/{id}/inschrijvingen/aanwezigheidslijst.pdf",
						new Row(organised + "/aanwezigheidslijst.pdf", ORGANISERS)),
				entry("GET /agenda/beheer/{id}/inschrijvingen/aanwezigheid",
						new Row(organised + "/aanwezigheid", ORGANISERS)),
				entry("POST /agenda/beheer/{id}/inschrijvingen/aanwezigheid",
						new Row(missing + "/aanwezigheid", ORGANISERS)),
				entry("GET /agenda/beheer/{id}/inschrijvingen/bericht", new Row(organised + "/bericht", ORGANISERS)),
				entry("POST /agenda/beheer/{id}/inschrijvingen/bericht", new Row(missing + "/bericht", ORGANISERS)));
	}

	/**
	 * The demo's full leerlabo, or (before the demo has it) an activity of Ris+K SO made
	 * for the matrix.
	 */
	private long fullLeerlabo() {
		return this.jdbc
			.queryForList("select id from activity where slug in ('leerlabo-so-2026', 'toegang-inschrijvingen') "
					+ "order by slug", Long.class)
			.stream()
			.findFirst()
			.orElseGet(() -> {
				Long id = this.jdbc.queryForObject("""
						insert into activity (slug, type, title, starts_at, ends_at, capacity, status)
						values ('toegang-inschrijvingen', 'LEERLABO', 'Leerlabo', now() + interval '30 days',
						        now() + interval '30 days 3 hours', 10, 'PUBLISHED') returning id""", Long.class);
				this.jdbc.update("insert into activity_project (activity_id, project_id) "
						+ "select ?, id from project where slug = 'risk-so'", id);
				return id;
			});
	}

}
