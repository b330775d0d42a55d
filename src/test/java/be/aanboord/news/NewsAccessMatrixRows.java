package be.aanboord.news;

import java.util.Map;
import java.util.Set;

import be.aanboord.account.AccessMatrixRows;
import be.aanboord.account.Who;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import static java.util.Map.entry;

/**
 * News routes: the list, an item's page and the feed for anyone; the editors' pages for
 * editors and administrators. POST examples address an item that does not exist, so that
 * allowed users get a 404 rather than changing the demo data.
 */
@Component
class NewsAccessMatrixRows implements AccessMatrixRows {

	private static final Set<Who> EDITORS = Who.only(Who.ADMIN, Who.EDITOR);

	private final JdbcTemplate jdbc;

	NewsAccessMatrixRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<String, Row> rows() {
		String item = "/nieuws/beheer/" + demoItem();
		String missing = "/nieuws/beheer/999999999";
		return Map.ofEntries(entry("GET /nieuws", new Row("/nieuws", Who.EVERYONE)),
				entry("GET /nieuws/{slug}", new Row("/nieuws/eerste-hulp-bij-schooluitval-kaart", Who.EVERYONE)),
				entry("GET /nieuws/feed.atom", new Row("/nieuws/feed.atom", Who.EVERYONE)),
				entry("GET /nieuws/beheer", new Row("/nieuws/beheer", EDITORS)),
				entry("GET /nieuws/beheer/nieuw", new Row("/nieuws/beheer/nieuw", EDITORS)),
				entry("POST /nieuws/beheer/nieuw", new Row("/nieuws/beheer/nieuw", EDITORS)),
				entry("GET /nieuws/beheer/{id}", new Row(item, EDITORS)),
				entry("POST /nieuws/beheer/{id}", new Row(missing, EDITORS)),
				entry("POST /nieuws/beheer/{id}/publiceren", new Row(missing + "/publiceren", EDITORS)),
				entry("POST /nieuws/beheer/{id}/intrekken", new Row(missing + "/intrekken", EDITORS)));
	}

	private long demoItem() {
		return this.jdbc.queryForObject("select id from news_item where slug = 'eerste-hulp-bij-schooluitval-kaart'",
				Long.class);
	}

}
