package be.aanboord.toolbox;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import be.aanboord.system.SafeMarkdown;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fiches loaded by SQL (the demo data, imports) carry only their Markdown: at start-up
 * the HTML of those fiches and of their published versions is rendered once.
 */
@Component
class FicheRendering {

	private static final Logger log = LoggerFactory.getLogger(FicheRendering.class);

	private final JdbcTemplate jdbc;

	FicheRendering(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void renderMissingHtml() {
		List<Object[]> rows = this.jdbc.query("select id, body from fiche where body_html = ''",
				(rs, n) -> new Object[] { rs.getLong(1), SafeMarkdown.toSafeHtml(rs.getString(2)) });
		if (rows.isEmpty()) {
			return;
		}
		this.jdbc.batchUpdate("update fiche set body_html = ? where id = ?",
				rows.stream().map((row) -> new Object[] { row[1], row[0] }).toList());
		this.jdbc.update("""
				update fiche_version v set body_html = f.body_html
				from fiche f where f.id = v.fiche_id and v.body_html = '' and v.number = f.published_version""");
		log.info("Rendered the HTML of {} fiches", rows.size());
	}

}
