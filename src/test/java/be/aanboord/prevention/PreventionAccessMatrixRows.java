package be.aanboord.prevention;

import java.util.Map;

import be.aanboord.account.AccessMatrixRows;
import be.aanboord.account.Who;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import static java.util.Map.entry;

/**
 * Working on the plan: the demo school user ({@code school}) and the demo CLB worker
 * ({@code clb}, whose CLB serves that school) open the 2026 plan of Basisschool De
 * Regenboogbrug, looked up at run time; nobody else. Only the CLB comments. The POST
 * examples carry no form, so nothing changes: no version means nothing is saved, no
 * school year means no plan is started.
 */
@Component
class PreventionAccessMatrixRows implements AccessMatrixRows {

	private final JdbcClient jdbc;

	PreventionAccessMatrixRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<String, Row> rows() {
		long plan = this.jdbc.sql("""
				select p.id from prevention_plan p join school s on s.id = p.school_id
				where s.name = 'Basisschool De Regenboogbrug (fictief)' and p.start_year = 2026
				""").query(Long.class).single();
		long goal = this.jdbc.sql("""
				select g.id from plan_goal g join prevention_plan p on p.template_id = g.template_id
				where p.id = ? order by g.phase, g.position limit 1
				""").param(plan).query(Long.class).single();
		String goalUrl = "/preventieplan/" + plan + "/doelen/" + goal;
		String goalRoute = "/preventieplan/{id:\\d{1,18}}/doelen/{goalId:\\d{1,18}}";
		String dialogueRoute = "/preventieplan/{id:\\d{1,18}}/dialoog";
		return Map.ofEntries(entry("GET /preventieplan", new Row("/preventieplan", Who.only(Who.SCHOOL, Who.CLB))),
				entry("POST /preventieplan", new Row("/preventieplan", Who.only(Who.SCHOOL, Who.CLB))),
				entry("GET " + goalRoute, new Row(goalUrl, Who.only(Who.SCHOOL, Who.CLB))),
				entry("POST " + goalRoute, new Row(goalUrl, Who.only(Who.SCHOOL, Who.CLB))),
				entry("POST " + goalRoute + "/commentaar", new Row(goalUrl + "/commentaar", Who.only(Who.CLB))),
				entry("GET " + dialogueRoute,
						new Row("/preventieplan/" + plan + "/dialoog", Who.only(Who.SCHOOL, Who.CLB))),
				entry("POST " + dialogueRoute,
						new Row("/preventieplan/" + plan + "/dialoog", Who.only(Who.SCHOOL, Who.CLB))));
	}

}
