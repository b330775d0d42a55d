package be.aanboord.toolbox;

import java.util.Map;

import be.aanboord.account.AccessMatrixRows;
import be.aanboord.account.Who;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import static java.util.Map.entry;

/**
 * The toolbox's routes in the access matrix. Requests that would change a fiche use an
 * address of a fiche that does not exist, so the matrix leaves the demo data alone.
 */
@Component
class ToolboxAccessMatrixRows implements AccessMatrixRows {

	private static final String FICHE = "/toolbox/gepast-reageren-agressiecurve";

	private static final String MISSING = "999999";

	private final JdbcTemplate jdbc;

	ToolboxAccessMatrixRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<String, Row> rows() {
		long arktos = this.jdbc.queryForObject("select id from fiche where slug = 'gepast-reageren-agressiecurve'",
				Long.class);
		return Map.ofEntries(entry("GET /toolbox", new Row("/toolbox?q=ouders", Who.EVERYONE)),
				entry("GET /toolbox/nieuw.atom", new Row("/toolbox/nieuw.atom", Who.EVERYONE)),
				entry("GET /toolbox/{slug}", new Row(FICHE, Who.EVERYONE)),
				entry("GET /toolbox/{slug}/pdf", new Row(FICHE + "/pdf", Who.EVERYONE)),
				entry("GET /toolbox/{slug}/versies/{number}", new Row(FICHE + "/versies/1", Who.EVERYONE)),
				entry("GET /toolbox/mijn-fiches", new Row("/toolbox/mijn-fiches", Who.only(Who.PARTNER))),
				entry("GET /toolbox/mijn-fiches/nieuw", new Row("/toolbox/mijn-fiches/nieuw", Who.only(Who.PARTNER))),
				entry("POST /toolbox/mijn-fiches/nieuw", new Row("/toolbox/mijn-fiches/nieuw", Who.only(Who.PARTNER))),
				entry("GET /toolbox/mijn-fiches/{id}",
						new Row("/toolbox/mijn-fiches/" + arktos, Who.only(Who.PARTNER))),
				entry("GET /toolbox/mijn-fiches/{id}/voorbeeld",
						new Row("/toolbox/mijn-fiches/" + arktos + "/voorbeeld", Who.only(Who.PARTNER))),
				entry("GET /toolbox/mijn-fiches/{id}/bijlagen/{attachment}",
						new Row("/toolbox/mijn-fiches/" + arktos + "/bijlagen/" + MISSING, Who.only(Who.PARTNER))),
				entry("GET /toolbox/redactie/{id}/bijlagen/{attachment}",
						new Row("/toolbox/redactie/" + arktos + "/bijlagen/" + MISSING, Who.only(Who.EDITOR))),
				entry("POST /toolbox/mijn-fiches/{id}",
						new Row("/toolbox/mijn-fiches/" + MISSING, Who.only(Who.PARTNER))),
				entry("POST /toolbox/mijn-fiches/{id}/indienen",
						new Row("/toolbox/mijn-fiches/" + MISSING + "/indienen", Who.only(Who.PARTNER))),
				entry("POST /toolbox/mijn-fiches/{id}/nieuwe-versie",
						new Row("/toolbox/mijn-fiches/" + MISSING + "/nieuwe-versie", Who.only(Who.PARTNER))),
				entry("POST /toolbox/mijn-fiches/{id}/bijlagen",
						new Row("/toolbox/mijn-fiches/" + MISSING + "/bijlagen", Who.only(Who.PARTNER))),
				entry("POST /toolbox/mijn-fiches/{id}/bijlagen/{attachment}/verwijderen",
						new Row("/toolbox/mijn-fiches/" + MISSING + "/bijlagen/1/verwijderen", Who.only(Who.PARTNER))),
				entry("GET /toolbox/{slug}/bijlagen/{attachment}",
						new Row(FICHE + "/bijlagen/" + MISSING, Who.EVERYONE)),
				entry("GET /toolbox/redactie", new Row("/toolbox/redactie", Who.only(Who.EDITOR))),
				entry("GET /toolbox/redactie/{id}", new Row("/toolbox/redactie/" + arktos, Who.only(Who.EDITOR))),
				entry("POST /toolbox/redactie/{id}/commentaar",
						new Row("/toolbox/redactie/" + MISSING + "/commentaar", Who.only(Who.EDITOR))),
				entry("POST /toolbox/redactie/{id}/wijzigingen",
						new Row("/toolbox/redactie/" + MISSING + "/wijzigingen", Who.only(Who.EDITOR))),
				entry("POST /toolbox/redactie/{id}/publiceren",
						new Row("/toolbox/redactie/" + MISSING + "/publiceren", Who.only(Who.EDITOR))),
				entry("POST /toolbox/redactie/{id}/archiveren",
						new Row("/toolbox/redactie/" + MISSING + "/archiveren", Who.only(Who.EDITOR))),
				entry("POST /toolbox/redactie/{id}/nagekeken",
						new Row("/toolbox/redactie/" + MISSING + "/nagekeken", Who.only(Who.EDITOR))));
	}

}
