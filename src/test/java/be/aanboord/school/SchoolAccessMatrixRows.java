package be.aanboord.school;

import java.util.Map;

import be.aanboord.account.AccessMatrixRows;
import be.aanboord.account.Who;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import static java.util.Map.entry;

/** The school routes in the access matrix. */
@Component
class SchoolAccessMatrixRows implements AccessMatrixRows {

	private final JdbcClient jdbc;

	SchoolAccessMatrixRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<String, Row> rows() {
		long id = this.jdbc.sql("select id from school order by id limit 1").query(Long.class).single();
		var keepers = Who.only(Who.ADMIN, Who.COORDINATOR);
		return Map.ofEntries(entry("GET /scholen", new Row("/scholen", keepers)),
				entry("GET /scholen/nieuw", new Row("/scholen/nieuw", keepers)),
				entry("POST /scholen/nieuw", new Row("/scholen/nieuw", keepers)),
				entry("GET /scholen/{id}", new Row("/scholen/" + id, keepers)),
				entry("POST /scholen/{id}", new Row("/scholen/" + id, keepers)),
				entry("POST /scholen/{id}/netwerken", new Row("/scholen/" + id + "/netwerken", keepers)),
				entry("GET /scholen/import", new Row("/scholen/import", Who.only(Who.ADMIN))),
				entry("POST /scholen/import", new Row("/scholen/import", Who.only(Who.ADMIN))));
	}

}
