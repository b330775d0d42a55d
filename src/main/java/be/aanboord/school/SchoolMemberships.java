package be.aanboord.school;

import java.util.List;

import be.aanboord.project.SchoolYear;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Learning-network membership of schools per school year (table
 * {@code school_network_membership}); written only through {@link SchoolRegister}.
 */
@Component
class SchoolMemberships {

	/** A school's membership of a learning network in a school year. */
	record Membership(SchoolYear schoolYear, LearningNetwork network) {
	}

	private final JdbcClient jdbc;

	SchoolMemberships(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The school's memberships, newest school year first. */
	List<Membership> of(long schoolId) {
		return this.jdbc
			.sql("select school_year, network from school_network_membership where school_id = ? "
					+ "order by school_year desc, network")
			.param(schoolId)
			.query((row, n) -> new Membership(new SchoolYear(row.getInt("school_year")),
					LearningNetwork.valueOf(row.getString("network"))))
			.list();
	}

	/** Adds the membership; adding it twice keeps one. */
	void add(long schoolId, SchoolYear schoolYear, LearningNetwork network) {
		this.jdbc
			.sql("insert into school_network_membership (school_id, school_year, network) values (?, ?, ?) "
					+ "on conflict do nothing")
			.params(schoolId, schoolYear.getStartYear(), network.name())
			.update();
	}

	void remove(long schoolId, SchoolYear schoolYear, LearningNetwork network) {
		this.jdbc.sql("delete from school_network_membership where school_id = ? and school_year = ? and network = ?")
			.params(schoolId, schoolYear.getStartYear(), network.name())
			.update();
	}

}
