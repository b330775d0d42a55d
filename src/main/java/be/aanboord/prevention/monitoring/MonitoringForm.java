package be.aanboord.prevention.monitoring;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.validation.Errors;

/**
 * The monitoring form of a school year: one row per month shown (September up to the
 * current month), each with the version of the stored row when the form was opened (empty
 * when none was stored) and the four counts as typed. A count is empty or a whole number
 * from 0 to {@value #MAX}; digits may be grouped by dots or spaces ({@code 1.200}). The
 * cells are text, so that anything typed comes back as typed with its error next to it.
 */
public class MonitoringForm {

	/** The largest count (the columns' check). */
	public static final int MAX = 100_000;

	private List<MonthRow> rows = new ArrayList<>();

	/** The form for these months with what is stored now. */
	static MonitoringForm of(List<LocalDate> months, Map<LocalDate, MonitoringCounts.MonthCounts> stored) {
		MonitoringForm form = new MonitoringForm();
		for (LocalDate month : months) {
			form.rows.add(MonthRow.of(month, stored.get(month)));
		}
		return form;
	}

	/**
	 * Brings the rows in line with the months shown: one row per month in order, with
	 * what was typed for it; a month the request left out gets what is stored (it is not
	 * changed), rows for other months are dropped.
	 */
	void alignTo(List<LocalDate> months, Map<LocalDate, MonitoringCounts.MonthCounts> stored) {
		Map<String, MonthRow> typed = new HashMap<>();
		for (MonthRow row : this.rows) {
			if (row != null) {
				typed.putIfAbsent(row.getMonth(), row);
			}
		}
		List<MonthRow> aligned = new ArrayList<>();
		for (LocalDate month : months) {
			MonthRow row = typed.get(MonthRow.key(month));
			aligned.add((row != null) ? row : MonthRow.of(month, stored.get(month)));
		}
		this.rows = aligned;
	}

	/**
	 * Rejects every cell that is neither empty nor a whole number from 0 to MAX, and a
	 * month with more pupils at 30 or more unjustified half days than at 5 or more (the
	 * first are among the second).
	 */
	void check(Errors errors) {
		for (int i = 0; i < this.rows.size(); i++) {
			MonthRow row = this.rows.get(i);
			for (String field : MonthRow.COUNTS) {
				if (!readable(row.count(field))) {
					errors.rejectValue("rows[" + i + "]." + field, "prevention.monitoring.error.count",
							new Object[] { MAX }, null);
				}
			}
			Integer five = readable(row.count("halfDays5")) ? number(row.count("halfDays5")) : null;
			Integer thirty = readable(row.count("halfDays30")) ? number(row.count("halfDays30")) : null;
			if (five != null && thirty != null && thirty > five) {
				errors.rejectValue("rows[" + i + "].halfDays30", "prevention.monitoring.error.subset");
			}
		}
	}

	/**
	 * After a conflict: the months where what was typed differs from what is stored and
	 * the stored row changed since the form was opened; their versions become the stored
	 * ones, so that saving again overwrites deliberately.
	 * @return those months ({@code 2026-10})
	 */
	Set<String> refreshAfterConflict(Map<LocalDate, MonitoringCounts.MonthCounts> stored) {
		Set<String> conflicts = new TreeSet<>();
		for (MonthRow row : this.rows) {
			MonitoringCounts.MonthCounts now = stored.get(row.firstDay());
			if (!row.sameAs(now) && !Objects.equals(row.versionNumber(), (now != null) ? now.version() : null)) {
				conflicts.add(row.getMonth());
			}
			row.setVersion((now != null) ? String.valueOf(now.version()) : "");
		}
		return conflicts;
	}

	/** Whether the text is an empty count or one from 0 to MAX. */
	static boolean readable(String text) {
		return text.isBlank() || number(text) != null;
	}

	/**
	 * The count typed: null when empty or not a whole number from 0 to MAX (a check tells
	 * which).
	 */
	static Integer number(String text) {
		String digits = text.strip();
		if (digits.matches("\\d{1,3}([. ]\\d{3})+")) {
			digits = digits.replaceAll("[. ]", "");
		}
		if (!digits.matches("\\d{1,7}")) {
			return null;
		}
		int value = Integer.parseInt(digits);
		return (value <= MAX) ? value : null;
	}

	public List<MonthRow> getRows() {
		return this.rows;
	}

	public void setRows(List<MonthRow> rows) {
		this.rows = (rows != null) ? rows : new ArrayList<>();
	}

	/**
	 * A month of the form: the month ({@code 2026-10}), the stored row's version when the
	 * form was opened (empty: none), and the four counts as typed.
	 */
	public static class MonthRow {

		static final List<String> COUNTS = List.of("halfDays5", "halfDays30", "truancyContracts", "clbConsultations");

		private String month = "";

		private String version = "";

		private String halfDays5 = "";

		private String halfDays30 = "";

		private String truancyContracts = "";

		private String clbConsultations = "";

		static MonthRow of(LocalDate month, MonitoringCounts.MonthCounts stored) {
			MonthRow row = new MonthRow();
			row.month = key(month);
			if (stored != null) {
				row.version = String.valueOf(stored.version());
				row.halfDays5 = text(stored.halfDays5());
				row.halfDays30 = text(stored.halfDays30());
				row.truancyContracts = text(stored.truancyContracts());
				row.clbConsultations = text(stored.clbConsultations());
			}
			return row;
		}

		static String key(LocalDate month) {
			return YearMonth.from(month).toString();
		}

		private static String text(Integer count) {
			return (count != null) ? String.valueOf(count) : "";
		}

		/** The month's first day; null when the month carried is not one. */
		public LocalDate firstDay() {
			try {
				return YearMonth.parse(this.month).atDay(1);
			}
			catch (DateTimeParseException notAMonth) {
				return null;
			}
		}

		/** Its number in the year, 1–12, for its name. */
		public int monthNumber() {
			return YearMonth.parse(this.month).getMonthValue();
		}

		/** Its year. */
		public int yearNumber() {
			return YearMonth.parse(this.month).getYear();
		}

		/** The version carried: null for none, -1 when it is no number (a conflict). */
		Integer versionNumber() {
			if (this.version.isBlank()) {
				return null;
			}
			return this.version.strip().matches("\\d{1,9}") ? Integer.parseInt(this.version.strip()) : -1;
		}

		/** The counts typed, in the order of {@link #COUNTS} (checked readable first). */
		List<Integer> counts() {
			return COUNTS.stream().map((field) -> number(count(field))).toList();
		}

		/** Whether what was typed is what is stored (nothing stored: all empty). */
		boolean sameAs(MonitoringCounts.MonthCounts stored) {
			List<Integer> typed = counts();
			if (stored == null) {
				return typed.stream().allMatch(Objects::isNull);
			}
			return typed.equals(java.util.Arrays.asList(stored.halfDays5(), stored.halfDays30(),
					stored.truancyContracts(), stored.clbConsultations()));
		}

		/**
		 * The count of a field of {@link #COUNTS} as a number; null when empty or
		 * unreadable.
		 */
		public Integer countNumber(String field) {
			return number(count(field));
		}

		/** The count of a field of {@link #COUNTS} as typed. */
		public String count(String field) {
			return switch (field) {
				case "halfDays5" -> this.halfDays5;
				case "halfDays30" -> this.halfDays30;
				case "truancyContracts" -> this.truancyContracts;
				default -> this.clbConsultations;
			};
		}

		public String getMonth() {
			return this.month;
		}

		public void setMonth(String month) {
			this.month = (month != null) ? month.strip() : "";
		}

		public String getVersion() {
			return this.version;
		}

		public void setVersion(String version) {
			this.version = (version != null) ? version : "";
		}

		public String getHalfDays5() {
			return this.halfDays5;
		}

		public void setHalfDays5(String halfDays5) {
			this.halfDays5 = (halfDays5 != null) ? halfDays5 : "";
		}

		public String getHalfDays30() {
			return this.halfDays30;
		}

		public void setHalfDays30(String halfDays30) {
			this.halfDays30 = (halfDays30 != null) ? halfDays30 : "";
		}

		public String getTruancyContracts() {
			return this.truancyContracts;
		}

		public void setTruancyContracts(String truancyContracts) {
			this.truancyContracts = (truancyContracts != null) ? truancyContracts : "";
		}

		public String getClbConsultations() {
			return this.clbConsultations;
		}

		public void setClbConsultations(String clbConsultations) {
			this.clbConsultations = (clbConsultations != null) ? clbConsultations : "";
		}

	}

}
