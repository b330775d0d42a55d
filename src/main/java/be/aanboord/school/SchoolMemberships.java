package be.aanboord.school;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Learning-network membership of schools per school year. */
@Component
class SchoolMemberships {

	record Membership(int schoolYear, LearningNetwork network) {

		public String getSchoolYearLabel() {
			return this.schoolYear + "-" + (this.schoolYear + 1);
		}

	}

	private final JdbcClient jdbc;

	SchoolMemberships(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Membership> of(long schoolId) {
		return this.jdbc
			.sql("select school_year, network from school_network_membership where school_id = ? "
					+ "order by school_year desc, network")
			.param(schoolId)
			.query(Membership.class)
			.list();
	}

	void add(long schoolId, int schoolYear, LearningNetwork network) {
		this.jdbc
			.sql("insert into school_network_membership (school_id, school_year, network) values (?, ?, ?) "
					+ "on conflict do nothing")
			.params(schoolId, schoolYear, network.name())
			.update();
	}

	void remove(long schoolId, int schoolYear, LearningNetwork network) {
		this.jdbc.sql("delete from school_network_membership where school_id = ? and school_year = ? and network = ?")
			.params(schoolId, schoolYear, network.name())
			.update();
	}

}
