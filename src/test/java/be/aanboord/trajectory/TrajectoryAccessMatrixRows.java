package be.aanboord.trajectory;

import java.util.Map;

import be.aanboord.account.AccessMatrixRows;
import be.aanboord.account.Who;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import static java.util.Map.entry;

/**
 * The trajectory routes in the access matrix. The example trajectory is a Ris+K BaO one
 * executed by Arktos: the demo coordinator (Ris+K BaO and SO) and the demo partner
 * (Arktos) may both open it. The example session is one the demo partner logged on a
 * Ris+K trajectory of Arktos (see the demo data): its author, the coordinator and the
 * admin may correct it; the matrix's posts carry no version, so nothing is changed.
 */
@Component
class TrajectoryAccessMatrixRows implements AccessMatrixRows {

	private final JdbcClient jdbc;

	TrajectoryAccessMatrixRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<String, Row> rows() {
		long id = this.jdbc.sql("""
				select t.id from trajectory t join project p on p.id = t.project_id
				join organisation o on o.id = t.partner_id
				where p.code = 'RISK_BAO' and o.name = 'Arktos' order by t.id limit 1""").query(Long.class).single();
		String one = "/trajecten/" + id;
		var workers = Who.only(Who.ADMIN, Who.COORDINATOR, Who.PARTNER);
		var coordinators = Who.only(Who.ADMIN, Who.COORDINATOR);
		var readers = Who.only(Who.ADMIN, Who.COORDINATOR, Who.CITY);
		long bao = this.jdbc.sql("select id from project where code = 'RISK_BAO'").query(Long.class).single();
		String session = this.jdbc.sql("""
				select '/trajecten/' || t.id || '/sessies/' || s.id from trajectory_session s
				join account a on a.id = s.logged_by_id join trajectory t on t.id = s.trajectory_id
				join project p on p.id = t.project_id join organisation o on o.id = t.partner_id
				where a.username = 'partner' and o.name = 'Arktos' and p.code in ('RISK_BAO', 'RISK_SO')
				order by s.id limit 1""").query(String.class).single();
		return Map.ofEntries(entry("GET /trajecten", new Row("/trajecten", workers)),
				entry("GET /trajecten/export.csv", new Row("/trajecten/export.csv", workers)),
				entry("GET /trajecten/export.xlsx", new Row("/trajecten/export.xlsx", workers)),
				entry("GET /trajecten/nieuw", new Row("/trajecten/nieuw", coordinators)),
				entry("POST /trajecten/nieuw", new Row("/trajecten/nieuw", coordinators)),
				entry("GET /trajecten/{id}", new Row(one, workers)),
				entry("GET /trajecten/{id}/suggesties", new Row(one + "/suggesties", workers)),
				entry("GET /trajecten/{id}/bewerken", new Row(one + "/bewerken", coordinators)),
				entry("POST /trajecten/{id}/bewerken", new Row(one + "/bewerken", coordinators)),
				entry("POST /trajecten/{id}/sessies", new Row(one + "/sessies", workers)),
				entry("GET /trajecten/{id}/sessies/{sessionId}/bewerken", new Row(session + "/bewerken", workers)),
				entry("POST /trajecten/{id}/sessies/{sessionId}/bewerken", new Row(session + "/bewerken", workers)),
				entry("POST /trajecten/{id}/sessies/{sessionId}/verwijderen",
						new Row(session + "/verwijderen", workers)),
				entry("GET /trajecten/dashboard", new Row("/trajecten/dashboard", readers)),
				entry("GET /trajecten/jaarverslag", new Row("/trajecten/jaarverslag", readers)),
				entry("GET /trajecten/jaarverslag.pdf",
						new Row("/trajecten/jaarverslag.pdf?project=" + bao + "&schooljaar=2021-2022", readers)),
				entry("GET /beheer/toegangslog", new Row("/beheer/toegangslog", Who.only(Who.ADMIN))),
				entry("GET /beheer/uitvoerende-partners",
						new Row("/beheer/uitvoerende-partners?project=" + bao, Who.only(Who.ADMIN))),
				entry("POST /beheer/uitvoerende-partners",
						new Row("/beheer/uitvoerende-partners", Who.only(Who.ADMIN))));
	}

}
