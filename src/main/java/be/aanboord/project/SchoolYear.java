package be.aanboord.project;

import java.time.LocalDate;
import java.time.Month;

/**
 * A school year, 1 September to 31 August, written as 2021-2022 (a value: the years the
 * portal knows are listed by {@link SchoolYears}). In requests it binds from its label
 * through {@link SchoolYearFormatter}, registered once.
 */
public final class SchoolYear implements Comparable<SchoolYear> {

	private final Integer startYear;

	private final LocalDate startsOn;

	private final LocalDate endsOn;

	public SchoolYear(int startYear) {
		this.startYear = startYear;
		this.startsOn = LocalDate.of(startYear, Month.SEPTEMBER, 1);
		this.endsOn = LocalDate.of(startYear + 1, Month.AUGUST, 31);
	}

	/** The school year a date falls in. */
	public static int startYearOf(LocalDate date) {
		return date.getMonthValue() >= Month.SEPTEMBER.getValue() ? date.getYear() : date.getYear() - 1;
	}

	/**
	 * Parses "2021-2022" into its start year, or returns null when the text is not a
	 * school year.
	 */
	public static Integer parseLabel(String label) {
		if (label == null || !label.matches("\\d{4}-\\d{4}")) {
			return null;
		}
		int start = Integer.parseInt(label.substring(0, 4));
		return Integer.parseInt(label.substring(5)) == start + 1 ? start : null;
	}

	public Integer getStartYear() {
		return this.startYear;
	}

	public LocalDate getStartsOn() {
		return this.startsOn;
	}

	public LocalDate getEndsOn() {
		return this.endsOn;
	}

	public String getLabel() {
		return this.startYear + "-" + (this.startYear + 1);
	}

	public boolean contains(LocalDate date) {
		return !date.isBefore(this.startsOn) && !date.isAfter(this.endsOn);
	}

	@Override
	public int compareTo(SchoolYear other) {
		return this.startYear.compareTo(other.startYear);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SchoolYear year && this.startYear.equals(year.startYear);
	}

	@Override
	public int hashCode() {
		return this.startYear.hashCode();
	}

	@Override
	public String toString() {
		return getLabel();
	}

}
