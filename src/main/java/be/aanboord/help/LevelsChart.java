package be.aanboord.help;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The overview of the levels of care drawn as SVG: the four phases of the zorgcontinuüm
 * of the routekaart aanwezigheidsbeleid (seed 003), phase 3 on top as on the routekaart,
 * each band with the phase's key words and seed 004's kinds of help at its levels of care
 * (the organisations the CLB refers to belong to phase 2, the step to work to phase 3).
 * Coordinates are in the units of the {@code viewBox}, {@value #WIDTH} wide, so that the
 * drawing fits a 390 px phone at its natural size.
 */
record LevelsChart(List<Band> bands, int height) {

	static final int WIDTH = 360;

	static final int HEADER = 50;

	static final int LINE = 19;

	static final int GAP = 8;

	static final int TOP = 40;

	/**
	 * One phase: its band's top and height, its number, the levels of care in it, and one
	 * line per kind of help with its baseline.
	 */
	record Band(int phase, int y, int height, List<CareLevel> levels, List<Line> lines) {

		/** The baseline of the band's title. */
		public int titleY() {
			return this.y + 21;
		}

		/** The baseline of the phase's key words (seed 003's routekaart). */
		public int subtitleY() {
			return this.y + 40;
		}

		/** The kinds of help at a level of care, in seed 004's order. */
		public List<HelpKind> kinds(CareLevel level) {
			return HelpKind.of(level);
		}

		/** The band's fill, darker for a higher phase. */
		public String fill() {
			return switch (this.phase) {
				case 0 -> "#e8f3ee";
				case 1 -> "#d3e9f5";
				case 2 -> "#fde9c9";
				default -> "#f6d5d5";
			};
		}

	}

	/**
	 * A line in a band: a kind of help, or (with a null kind) the heading of a level of
	 * care within the phase.
	 */
	record Line(int y, HelpKind kind, CareLevel level) {
	}

	static LevelsChart draw() {
		List<Band> bands = new ArrayList<>();
		int y = TOP;
		for (int phase = 3; phase >= 0; phase--) {
			int current = phase;
			List<CareLevel> levels = Arrays.stream(CareLevel.values()).filter((l) -> l.phase() == current).toList();
			List<Line> lines = new ArrayList<>();
			int lineY = y + HEADER + LINE - 4;
			for (CareLevel level : levels) {
				if (levels.size() > 1) {
					lines.add(new Line(lineY, null, level));
					lineY += LINE;
				}
				for (HelpKind kind : HelpKind.of(level)) {
					lines.add(new Line(lineY, kind, level));
					lineY += LINE;
				}
			}
			int height = HEADER + lines.size() * LINE + GAP;
			bands.add(new Band(phase, y, height, levels, lines));
			y += height + GAP;
		}
		return new LevelsChart(bands, y);
	}

	public int width() {
		return WIDTH;
	}

}
