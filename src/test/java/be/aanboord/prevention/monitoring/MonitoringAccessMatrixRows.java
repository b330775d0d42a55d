package be.aanboord.prevention.monitoring;

import java.util.Map;

import be.aanboord.account.AccessMatrixRows;
import be.aanboord.account.Who;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import static java.util.Map.entry;

/**
 * A plan's monitoring page: the school (the demo user {@code school}) and its CLB (the
 * demo user {@code clb}, whose CLB serves that school) read it, only the school saves it.
 * The example is the demo school's newest plan; the POST example sends no counts, so
 * nothing changes.
 */
@Component
class MonitoringAccessMatrixRows implements AccessMatrixRows {

	private static final String ROUTE = "/preventieplan/{id:\\d{1,18}}/monitoring";

	private final JdbcTemplate jdbc;

	MonitoringAccessMatrixRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<String, Row> rows() {
		long plan = this.jdbc.queryForObject("""
				select p.id from prevention_plan p join account a on a.school_id = p.school_id
				where a.username = 'school' order by p.start_year desc limit 1""", Long.class);
		String example = "/preventieplan/" + plan + "/monitoring";
		return Map.ofEntries(entry("GET " + ROUTE, new Row(example, Who.only(Who.SCHOOL, Who.CLB))),
				entry("POST " + ROUTE, new Row(example, Who.only(Who.SCHOOL))));
	}

}
