package be.aanboord.prevention.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import be.aanboord.prevention.monitoring.MonitoringCounts.MonthCounts;
import be.aanboord.project.SchoolYear;

/**
 * The monitoring counts of the plan's school year as an SVG line chart: the number of
 * pupils with 5 or more and with 30 or more unjustified half days (aggregate counts, seed
 * 003) by month from September to August. The first line is solid with round points, the
 * second dashed with square points, so that colour is not the only cue; the page shows
 * the same figures as a table. Coordinates in units of the {@code viewBox},
 * {@value #WIDTH} wide.
 */
record MonitoringTrend(List<Tick> ticks, List<Point> fivePlus, List<Point> thirtyPlus, List<Gridline> grid,
		boolean empty) {

	static final int WIDTH = 360;

	static final int HEIGHT = 200;

	static final int LEFT = 34;

	static final int RIGHT = 350;

	static final int TOP = 30;

	static final int BOTTOM = 170;

	/** A month on the x axis: its number (1–12) and x. */
	record Tick(int month, int x) {
	}

	/** A point of a line: x, y and the count. */
	record Point(int x, int y, int value) {

		/** Corner of the square marker. */
		public int cornerX() {
			return this.x - 3;
		}

		public int cornerY() {
			return this.y - 3;
		}

	}

	/** A horizontal grid line with its value. */
	record Gridline(int y, int value) {
	}

	static MonitoringTrend draw(SchoolYear year, List<MonthCounts> months) {
		LocalDate first = year.getStartsOn().withDayOfMonth(1);
		List<Tick> ticks = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			ticks.add(new Tick(first.plusMonths(i).getMonthValue(), x(i)));
		}
		int max = 0;
		for (MonthCounts month : months) {
			max = Math.max(max, Math.max(value(month.halfDays5()), value(month.halfDays30())));
		}
		int top = niceTop(max);
		List<Point> five = new ArrayList<>();
		List<Point> thirty = new ArrayList<>();
		for (MonthCounts month : months) {
			int index = (int) java.time.temporal.ChronoUnit.MONTHS.between(first, month.month());
			if (index < 0 || index > 11) {
				continue;
			}
			if (month.halfDays5() != null) {
				five.add(new Point(x(index), y(month.halfDays5(), top), month.halfDays5()));
			}
			if (month.halfDays30() != null) {
				thirty.add(new Point(x(index), y(month.halfDays30(), top), month.halfDays30()));
			}
		}
		List<Gridline> grid = new ArrayList<>();
		for (int i = 0; i <= 4; i++) {
			int value = top * i / 4;
			grid.add(new Gridline(y(value, top), value));
		}
		return new MonitoringTrend(ticks, five, thirty, grid, five.isEmpty() && thirty.isEmpty());
	}

	private static int value(Integer count) {
		return (count != null) ? count : 0;
	}

	/**
	 * A round top for the y axis: at least 4, a multiple of 4 (so the grid has whole
	 * numbers).
	 */
	static int niceTop(int max) {
		int top = Math.max(4, max);
		return ((top + 3) / 4) * 4;
	}

	private static int x(int index) {
		return LEFT + 12 + index * (RIGHT - LEFT - 12) / 12;
	}

	private static int y(int value, int top) {
		return BOTTOM - (int) Math.round((double) value * (BOTTOM - TOP) / top);
	}

	/** The points of a line as the {@code points} attribute of a polyline. */
	static String points(List<Point> points) {
		StringBuilder text = new StringBuilder();
		for (Point point : points) {
			if (text.length() > 0) {
				text.append(' ');
			}
			text.append(point.x()).append(',').append(point.y());
		}
		return text.toString();
	}

	public String fivePlusPoints() {
		return points(this.fivePlus);
	}

	public String thirtyPlusPoints() {
		return points(this.thirtyPlus);
	}

	public int width() {
		return WIDTH;
	}

	public int height() {
		return HEIGHT;
	}

	public int left() {
		return LEFT;
	}

	public int right() {
		return RIGHT;
	}

	public int bottom() {
		return BOTTOM;
	}

}
