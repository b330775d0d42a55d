package be.aanboord.prevention.view;

import java.util.ArrayList;
import java.util.List;

import be.aanboord.project.SchoolYear;

/**
 * The school's ratings per goal code over its school years, drawn as SVG: a group of
 * horizontal bars per goal (one bar per school year, oldest first, the rating written at
 * its end) and, beside it on the page, the same figures as a table. Goals follow the
 * plan's template; the code is stable across template versions, so a goal compares with
 * the same goal of an older version. Coordinates in units of the {@code viewBox},
 * {@value #WIDTH} wide.
 */
record YearComparison(List<Integer> years, List<Series> series, List<Group> groups, int height) {

	static final int WIDTH = 360;

	static final int TOP = 30;

	static final int LABEL_WIDTH = 48;

	static final int BAR = 11;

	static final int BAR_GAP = 2;

	static final int GROUP_GAP = 10;

	/** Units per rating point: a 10 is 24 × 10 = 240 units long. */
	static final int UNIT = 24;

	/** A goal code with its label and its rating in each year (null: not rated). */
	record Series(String code, String label, List<Integer> ratings) {
	}

	/** A goal's group of bars: its top, its code and one bar per year. */
	record Group(String code, int y, List<Bar> bars) {

		/** The baseline of the code. */
		public int labelY() {
			return this.y + 10;
		}

	}

	/**
	 * A bar: the school year (start year), its index among the years (for the colour),
	 * the rating (null: no bar, a dash), its top and length.
	 */
	record Bar(int year, int index, Integer rating, int y, int length) {

		public int x() {
			return LABEL_WIDTH;
		}

		/** Where the rating is written: just after the bar. */
		public int valueX() {
			return LABEL_WIDTH + this.length + 4;
		}

		public int valueY() {
			return this.y + BAR - 2;
		}

		public int height() {
			return BAR;
		}

	}

	static YearComparison draw(List<Integer> years, List<Series> series) {
		List<Group> groups = new ArrayList<>();
		int y = TOP;
		for (Series one : series) {
			List<Bar> bars = new ArrayList<>();
			for (int i = 0; i < years.size(); i++) {
				Integer rating = one.ratings().get(i);
				bars.add(new Bar(years.get(i), i, rating, y + i * (BAR + BAR_GAP),
						(rating != null) ? Math.max(2, rating * UNIT) : 0));
			}
			groups.add(new Group(one.code(), y, bars));
			y += Math.max(1, years.size()) * (BAR + BAR_GAP) + GROUP_GAP;
		}
		return new YearComparison(years, series, groups, y);
	}

	/** The school years compared, as labels (2026-2027). */
	public List<String> yearLabels() {
		return this.years.stream().map((year) -> new SchoolYear(year).getLabel()).toList();
	}

	/** Whether there is any rating to compare. */
	public boolean isEmpty() {
		return this.series.stream().allMatch((one) -> one.ratings().stream().allMatch((rating) -> rating == null));
	}

	/** The x of a legend entry (one per year, side by side). */
	public int legendX(int index) {
		return index * 90;
	}

	public int width() {
		return WIDTH;
	}

}
