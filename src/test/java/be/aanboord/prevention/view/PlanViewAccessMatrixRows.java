package be.aanboord.prevention.view;

import java.util.Map;

import be.aanboord.account.AccessMatrixRows;
import be.aanboord.account.Who;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import static java.util.Map.entry;

/**
 * The plan page and its PDF for SCHOOL users and CLB workers; the share toggle for SCHOOL
 * users only (the CLB is refused by the access rules, 403, like every other role that may
 * not use a route). The example is the demo plan of 2026-2027 of Basisschool De
 * Regenboogbrug (the demo school user's school, served by the demo CLB worker's CLB),
 * looked up when the matrix runs. The share example carries no form values, so an allowed
 * user is sent back to the page with a message and nothing changes.
 */
@Component
class PlanViewAccessMatrixRows implements AccessMatrixRows {

	private final JdbcTemplate jdbc;

	PlanViewAccessMatrixRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<String, Row> rows() {
		long plan = this.jdbc.queryForObject("""
				select p.id from prevention_plan p join school s on s.id = p.school_id
				where s.name = 'Basisschool De Regenboogbrug (fictief)' and p.start_year = 2026""", Long.class);
		return Map.ofEntries(
				entry("GET /preventieplan/{id:\\d{1,18}}",
						new Row("/preventieplan/" + plan, Who.only(Who.SCHOOL, Who.CLB))),
				entry("GET /preventieplan/{id:\\d{1,18}}.pdf",
						new Row("/preventieplan/" + plan + ".pdf", Who.only(Who.SCHOOL, Who.CLB))),
				entry("POST /preventieplan/{id:\\d{1,18}}/delen",
						new Row("/preventieplan/" + plan + "/delen", Who.only(Who.SCHOOL))));
	}

}
