package be.aanboord.partner;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The people of the lab as other modules see them: small read-only records. Other modules
 * keep a person's id, never the entity.
 */
@Service
public class People {

	private static final String COLUMNS = """
			select p.id, p.full_name, p.function_title, o.name as organisation, p.lab_role, p.email
			from person p join organisation o on o.id = p.organisation_id""";

	private final JdbcClient jdbc;

	People(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A person of the lab: name, function, organisation, role in the lab, and the e-mail
	 * address the minutes go to (may be null).
	 */
	public record PersonSummary(long id, String fullName, String functionTitle, String organisation, LabRole labRole,
			String email) {
	}

	/** Everyone in the lab, by role (chair first) and name. */
	public List<PersonSummary> all() {
		return this.jdbc
			.sql(COLUMNS + " order by case p.lab_role when 'CHAIR' then 0 when 'CORE_GROUP' then 1"
					+ " when 'PARTICIPANT' then 2 else 3 end, p.full_name, p.id")
			.query(PersonSummary.class)
			.list();
	}

	/** The people who follow the lab by its minutes only, with an e-mail address. */
	public List<PersonSummary> followingByMinutes() {
		return this.jdbc
			.sql(COLUMNS + " where p.lab_role = 'MINUTES_ONLY' and p.email is not null order by p.full_name, p.id")
			.query(PersonSummary.class)
			.list();
	}

}
