package be.aanboord.prevention.template;

import java.util.Map;
import java.util.Set;

import be.aanboord.account.AccessMatrixRows;
import be.aanboord.account.Who;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import static java.util.Map.entry;

/**
 * The template editor is for editors and administrators only. The examples open the draft
 * (made from the latest published version when there is none, as "Nieuw concept" does, so
 * that its edit forms are reached); the POST examples address a version that does not
 * exist, so that allowed users get the 404 page and nothing changes, except "Nieuw
 * concept", which finds the draft there is.
 */
@Component
class PlanTemplateAccessMatrixRows implements AccessMatrixRows {

	private static final Set<Who> EDITORS = Who.only(Who.ADMIN, Who.EDITOR);

	private static final String BASE = "/preventieplan/sjabloon";

	private static final String VERSION = "/preventieplan/sjabloon/{version:\\d{1,9}}";

	private final TemplateEditing editing;

	private final JdbcTemplate jdbc;

	PlanTemplateAccessMatrixRows(TemplateEditing editing, JdbcTemplate jdbc) {
		this.editing = editing;
		this.jdbc = jdbc;
	}

	@Override
	public Map<String, Row> rows() {
		int draftVersion = this.editing.startDraft();
		String draft = BASE + "/" + draftVersion;
		long goal = this.jdbc.queryForObject("""
				select g.id from plan_goal g join plan_template t on t.id = g.template_id
				where t.version = ? order by g.phase, g.position, g.id limit 1""", Long.class, draftVersion);
		String missing = BASE + "/999999";
		return Map.ofEntries(entry("GET " + BASE, new Row(BASE, EDITORS)),
				entry("POST " + BASE + "/concept", new Row(BASE + "/concept", EDITORS)),
				entry("GET " + VERSION, new Row(draft, EDITORS)),
				entry("POST " + VERSION + "/notitie", new Row(missing + "/notitie", EDITORS)),
				entry("POST " + VERSION + "/publiceren", new Row(missing + "/publiceren", EDITORS)),
				entry("GET " + VERSION + "/doelen/nieuw", new Row(draft + "/doelen/nieuw", EDITORS)),
				entry("POST " + VERSION + "/doelen/nieuw", new Row(missing + "/doelen/nieuw", EDITORS)),
				entry("GET " + VERSION + "/doelen/{goalId:\\d{1,18}}", new Row(draft + "/doelen/" + goal, EDITORS)),
				entry("POST " + VERSION + "/doelen/{goalId:\\d{1,18}}", new Row(missing + "/doelen/" + goal, EDITORS)),
				entry("POST " + VERSION + "/doelen/{goalId:\\d{1,18}}/verwijderen",
						new Row(missing + "/doelen/" + goal + "/verwijderen", EDITORS)),
				entry("GET " + VERSION + "/stappen/{step:[1-5]}", new Row(draft + "/stappen/1", EDITORS)),
				entry("POST " + VERSION + "/stappen/{step:[1-5]}", new Row(missing + "/stappen/1", EDITORS)));
	}

}
