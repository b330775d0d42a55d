package be.aanboord.project;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The school years the portal knows (reference data from migration V3: 2017-2018 up to
 * 2026-2027). They change only with a migration, so they are read once.
 */
@Service
public class SchoolYears {

	private final JdbcClient jdbc;

	private volatile List<SchoolYear> all;

	SchoolYears(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** All school years, newest first. */
	public List<SchoolYear> all() {
		List<SchoolYear> years = this.all;
		if (years == null) {
			years = this.jdbc.sql("select start_year from school_year order by start_year desc")
				.query(Integer.class)
				.list()
				.stream()
				.map(SchoolYear::new)
				.toList();
			this.all = years;
		}
		return years;
	}

	/** The school year that starts in the year, if the portal knows it. */
	public Optional<SchoolYear> find(int startYear) {
		return all().stream().filter((year) -> year.getStartYear() == startYear).findFirst();
	}

}
