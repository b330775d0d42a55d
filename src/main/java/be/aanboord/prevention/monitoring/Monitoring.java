package be.aanboord.prevention.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import be.aanboord.prevention.PlanAccess;
import be.aanboord.system.EditConflict;
import be.aanboord.system.Formats;
import be.aanboord.system.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A school's monthly monitoring counts for the school year of one of its plans (seed 003:
 * monitoring data as part of the attendance policy): the months from September of that
 * school year up to the current month in Brussels time (at most to August), four
 * aggregate counts per month, never anything about a pupil. The counts belong to the
 * school ({@code plan_monitoring} has no plan): two plans of one school never share a
 * school year.
 * <p>
 * Only the school writes them; its CLB reads them (the CLB follows the school's policy as
 * critical friend; the figures are the school's own administration). A save changes only
 * the months whose counts differ from what is stored, and each of those only when its row
 * is still at the version the form was opened on: otherwise nothing is saved
 * ({@link EditConflict}). The stored rows are locked while they are compared, so two
 * saves at the same moment cannot both pass.
 */
@Service
class Monitoring {

	/** The months shown and what is stored for them. */
	record Sheet(List<LocalDate> months, Map<LocalDate, MonitoringCounts.MonthCounts> stored) {
	}

	private final JdbcClient jdbc;

	private final MonitoringCounts counts;

	private final Clock clock;

	Monitoring(JdbcClient jdbc, MonitoringCounts counts, Clock clock) {
		this.jdbc = jdbc;
		this.counts = counts;
		this.clock = clock;
	}

	/**
	 * The months of the school year starting in {@code startYear} up to the current month
	 * (Brussels time): none before September of that year, all twelve after August of the
	 * next.
	 */
	List<LocalDate> months(int startYear) {
		LocalDate thisMonth = LocalDate.now(this.clock.withZone(Formats.BRUSSELS)).withDayOfMonth(1);
		LocalDate last = LocalDate.of(startYear + 1, 8, 1);
		if (thisMonth.isBefore(last)) {
			last = thisMonth;
		}
		List<LocalDate> months = new ArrayList<>();
		for (LocalDate month = LocalDate.of(startYear, 9, 1); !month.isAfter(last); month = month.plusMonths(1)) {
			months.add(month);
		}
		return months;
	}

	/** The months shown for the plan's school year with the school's stored counts. */
	Sheet sheet(PlanAccess.PlanRef plan) {
		Map<LocalDate, MonitoringCounts.MonthCounts> stored = new LinkedHashMap<>();
		this.counts.forSchoolYear(plan.schoolId(), plan.startYear()).forEach((row) -> stored.put(row.month(), row));
		return new Sheet(months(plan.startYear()), stored);
	}

	/**
	 * Saves the months whose counts changed (the form is checked and aligned to the
	 * months shown first).
	 * @throws NotFoundException when the reader is the CLB, not the school
	 * @throws EditConflict when a changed month's row changed since the form was opened
	 */
	@Transactional
	public void save(PlanAccess.PlanRef plan, MonitoringForm form) {
		if (plan.readByClb()) {
			throw new NotFoundException("monitoring form of plan " + plan.id());
		}
		List<LocalDate> months = months(plan.startYear());
		if (months.isEmpty()) {
			return;
		}
		Map<LocalDate, MonitoringCounts.MonthCounts> stored = new LinkedHashMap<>();
		this.jdbc.sql("""
				select month, half_days_5, half_days_30, truancy_contracts, clb_consultations, version
				from plan_monitoring where school_id = ? and month between ? and ? order by month for update
				""")
			.param(plan.schoolId())
			.param(months.getFirst())
			.param(months.getLast())
			.query(MonitoringCounts::row)
			.list()
			.forEach((row) -> stored.put(row.month(), row));
		List<MonitoringForm.MonthRow> changed = new ArrayList<>();
		for (MonitoringForm.MonthRow row : form.getRows()) {
			MonitoringCounts.MonthCounts now = stored.get(row.firstDay());
			if (row.firstDay() == null || !months.contains(row.firstDay()) || row.sameAs(now)) {
				continue;
			}
			Integer expected = (now != null) ? now.version() : null;
			if (!java.util.Objects.equals(row.versionNumber(), expected)) {
				throw new EditConflict("monitoring of school " + plan.schoolId() + ", " + row.getMonth());
			}
			changed.add(row);
		}
		for (MonitoringForm.MonthRow row : changed) {
			write(plan.schoolId(), row, stored.get(row.firstDay()));
		}
	}

	private void write(long schoolId, MonitoringForm.MonthRow row, MonitoringCounts.MonthCounts now) {
		List<Integer> values = row.counts();
		int written = this.jdbc.sql((now == null) ? """
				insert into plan_monitoring
				    (school_id, month, half_days_5, half_days_30, truancy_contracts, clb_consultations)
				values (:school, :month, :c5, :c30, :contracts, :consultations)
				on conflict do nothing
				""" : """
				update plan_monitoring set half_days_5 = :c5, half_days_30 = :c30, truancy_contracts = :contracts,
				       clb_consultations = :consultations, version = version + 1, updated_at = now()
				where school_id = :school and month = :month and version = :version
				""")
			.param("school", schoolId)
			.param("month", row.firstDay())
			.param("c5", values.get(0))
			.param("c30", values.get(1))
			.param("contracts", values.get(2))
			.param("consultations", values.get(3))
			.param("version", (now != null) ? now.version() : 0)
			.update();
		if (written != 1) {
			throw new EditConflict("monitoring of school " + schoolId + ", " + row.getMonth());
		}
	}

}
