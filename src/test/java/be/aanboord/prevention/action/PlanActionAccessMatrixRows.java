package be.aanboord.prevention.action;

import java.util.Map;
import java.util.Set;

import be.aanboord.account.AccessMatrixRows;
import be.aanboord.account.Who;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import static java.util.Map.entry;

/**
 * A plan's actions and attachments, on the 2026-2027 demo plan of Basisschool De
 * Regenboogbrug (fictief), whose school user is {@code school} and whose CLB is that of
 * {@code clb}. Nothing changes: the forms are posted empty (refused with their errors),
 * and deleting or downloading names an action or attachment that does not exist (the 404
 * page for those who may use the route, refused for the others).
 */
@Component
class PlanActionAccessMatrixRows implements AccessMatrixRows {

	private static final String PLAN = "/preventieplan/{id:[0-9]{1,18}}";

	private static final String ACTION = PLAN + "/acties/{actionId:[0-9]{1,18}}";

	private static final String ATTACHMENT = PLAN + "/bijlagen/{attachmentId:[0-9]{1,18}}";

	private static final Set<Who> BOTH = Who.only(Who.SCHOOL, Who.CLB);

	private static final long NONE = 999_999_999_999L;

	private final JdbcClient jdbc;

	PlanActionAccessMatrixRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<String, Row> rows() {
		long plan = this.jdbc.sql("""
				select p.id from prevention_plan p join school s on s.id = p.school_id
				where s.name = 'Basisschool De Regenboogbrug (fictief)' and p.start_year = 2026
				""").query(Long.class).single();
		long action = this.jdbc.sql("select min(id) from plan_action where plan_id = ?")
			.param(plan)
			.query(Long.class)
			.single();
		String base = "/preventieplan/" + plan;
		return Map.ofEntries(entry("GET " + PLAN + "/acties", new Row(base + "/acties?status=PLANNED", BOTH)),
				entry("POST " + PLAN + "/acties", new Row(base + "/acties", BOTH)),
				entry("GET " + ACTION, new Row(base + "/acties/" + action, BOTH)),
				entry("POST " + ACTION, new Row(base + "/acties/" + action, BOTH)),
				entry("POST " + ACTION + "/verwijderen",
						new Row(base + "/acties/" + NONE + "/verwijderen", Who.only(Who.SCHOOL))),
				entry("POST " + ACTION + "/commentaar",
						new Row(base + "/acties/" + action + "/commentaar", Who.only(Who.CLB))),
				entry("GET " + PLAN + "/bijlagen", new Row(base + "/bijlagen", BOTH)),
				entry("POST " + PLAN + "/bijlagen", new Row(base + "/bijlagen", BOTH)),
				entry("GET " + ATTACHMENT, new Row(base + "/bijlagen/" + NONE, BOTH)),
				entry("POST " + ATTACHMENT + "/verwijderen",
						new Row(base + "/bijlagen/" + NONE + "/verwijderen", Who.only(Who.SCHOOL))));
	}

}
