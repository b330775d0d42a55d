package be.aanboord.prevention.monitoring;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A school's monthly monitoring counts as other pages read them (the plan's page draws
 * their trend): aggregate numbers only, never a pupil (seed 003, the routekaart's
 * "monitoring data"). One query.
 */
@Service
public class MonitoringCounts {

	/**
	 * The counts of one month ({@code month} is its first day), each null when not filled
	 * in: pupils with 5 or more unjustified half days (B-codes) so far this school year,
	 * pupils with 30 or more, truancy contracts (spijbelcontracten) running,
	 * consultations with the CLB; and the row's version (for the editing page's conflict
	 * check).
	 */
	public record MonthCounts(LocalDate month, Integer halfDays5, Integer halfDays30, Integer truancyContracts,
			Integer clbConsultations, int version) {

		/** Whether no count is filled in. */
		public boolean empty() {
			return this.halfDays5 == null && this.halfDays30 == null && this.truancyContracts == null
					&& this.clbConsultations == null;
		}

	}

	private final JdbcClient jdbc;

	MonitoringCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The stored months of a school year of the school, September to August, in order
	 * (months without a row are left out; a row may have empty counts).
	 * @param startYear the school year's first year (2026 = 2026-2027)
	 */
	public List<MonthCounts> forSchoolYear(long schoolId, int startYear) {
		return this.jdbc.sql("""
				select month, half_days_5, half_days_30, truancy_contracts, clb_consultations, version
				from plan_monitoring where school_id = ? and month between ? and ? order by month
				""")
			.param(schoolId)
			.param(LocalDate.of(startYear, 9, 1))
			.param(LocalDate.of(startYear + 1, 8, 1))
			.query(MonitoringCounts::row)
			.list();
	}

	/** A row of {@code plan_monitoring} (month and the four counts, version). */
	static MonthCounts row(java.sql.ResultSet row, int number) throws java.sql.SQLException {
		return new MonthCounts(row.getObject("month", LocalDate.class), row.getObject("half_days_5", Integer.class),
				row.getObject("half_days_30", Integer.class), row.getObject("truancy_contracts", Integer.class),
				row.getObject("clb_consultations", Integer.class), row.getInt("version"));
	}

}
