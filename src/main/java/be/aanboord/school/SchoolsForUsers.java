package be.aanboord.school;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import be.aanboord.account.UserSchools;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The schools as the account module needs them for school users and CLB workers. */
@Component
class SchoolsForUsers implements UserSchools {

	private static final String COLUMNS = "select id, name, level, postal_code, city, clb_id from school";

	private final JdbcClient jdbc;

	SchoolsForUsers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<UserSchool> all() {
		return this.jdbc.sql(COLUMNS + " order by name, id").query(UserSchool.class).list();
	}

	@Override
	public Optional<UserSchool> find(long id) {
		return this.jdbc.sql(COLUMNS + " where id = ?").param(id).query(UserSchool.class).optional();
	}

	@Override
	public Map<Long, String> names(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql("select id, name from school where id in (:ids)")
			.param("ids", ids)
			.query((row, n) -> Map.entry(row.getLong("id"), row.getString("name")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	@Override
	public List<UserSchool> servedBy(long clbId) {
		return this.jdbc.sql(COLUMNS + " where clb_id = ? order by name, id")
			.param(clbId)
			.query(UserSchool.class)
			.list();
	}

}
