package be.aanboord.prevention.view;

import java.util.ArrayList;
import java.util.List;

import be.aanboord.prevention.Phase;

/**
 * The routekaart of a plan drawn as SVG (seed 003's picture): the four phases of the
 * zorgcontinuüm stacked with phase 3 on top and phase 0 at the bottom, under the goal
 * "Schooluitval voorkomen &amp; leerrecht waarborgen"; in each phase its goals as boxes,
 * two to a row, each coloured by the plan's rating (none: grey; 0–4 red; 5–6 amber; 7–10
 * green, light fills with dark text for AA contrast) with the rating written in the box,
 * so that colour is never the only cue. Coordinates are in units of the {@code viewBox},
 * {@value #WIDTH} wide, so that the drawing fits a 390 px phone.
 */
record Routekaart(List<Band> bands, int height) {

	static final int WIDTH = 360;

	static final int TOP = 44;

	static final int HEADER = 30;

	static final int BOX_WIDTH = 168;

	static final int BOX_HEIGHT = 60;

	static final int GAP = 8;

	static final int PADDING = 8;

	/** Characters of a label line at the box's font size; longer labels wrap. */
	static final int LINE_CHARACTERS = 20;

	/** Label lines in a box; what does not fit ends in an ellipsis. */
	static final int MAX_LINES = 2;

	/** A phase: its number, the band's top and height, and its goals' boxes. */
	record Band(int phase, int y, int height, List<Box> boxes) {

		/** The baseline of the phase's title. */
		public int titleY() {
			return this.y + 20;
		}

	}

	/**
	 * A goal's box: the goal's id, code and full label, the box's corner, the label in
	 * lines, the rating (null: not rated), its colour band and whether it is a focus
	 * goal.
	 */
	record Box(long goalId, String code, String label, int x, int y, List<String> lines, Integer rating, String band,
			boolean focus) {

		public int width() {
			return BOX_WIDTH;
		}

		public int height() {
			return BOX_HEIGHT;
		}

		/** The baseline of the code. */
		public int codeY() {
			return this.y + 16;
		}

		/** The baseline of a label line (0 is the first). */
		public int lineY(int index) {
			return this.y + 32 + index * 14;
		}

		/** The x of the rating (right-aligned in the box). */
		public int ratingX() {
			return this.x + BOX_WIDTH - 10;
		}

		/** The baseline of the rating. */
		public int ratingY() {
			return this.y + 38;
		}

	}

	/**
	 * The colour band of a rating: {@code none} (not rated), {@code low} (0–4),
	 * {@code mid} (5–6) or {@code high} (7–10), the thresholds of the design of the plan
	 * page.
	 */
	static String band(Integer rating) {
		if (rating == null) {
			return "none";
		}
		if (rating <= 4) {
			return "low";
		}
		return (rating <= 6) ? "mid" : "high";
	}

	/** Draws the routekaart of the plan's goals. */
	static Routekaart draw(List<PlanPage.GoalRow> goals) {
		List<Band> bands = new ArrayList<>();
		int y = TOP;
		for (int number = Phase.values().length - 1; number >= 0; number--) {
			Phase phase = Phase.of(number);
			List<PlanPage.GoalRow> inPhase = goals.stream().filter((row) -> row.goal().phase() == phase).toList();
			List<Box> boxes = new ArrayList<>();
			for (int i = 0; i < inPhase.size(); i++) {
				PlanPage.GoalRow row = inPhase.get(i);
				int x = PADDING + (i % 2) * (BOX_WIDTH + GAP);
				int boxY = y + HEADER + (i / 2) * (BOX_HEIGHT + GAP);
				boxes.add(new Box(row.goal().id(), row.goal().code(), row.goal().label(), x, boxY,
						lines(row.goal().label()), row.rating(), row.band(), row.focus()));
			}
			int rows = Math.max(1, (inPhase.size() + 1) / 2);
			int height = HEADER + rows * (BOX_HEIGHT + GAP) + PADDING - GAP + PADDING;
			bands.add(new Band(number, y, height, boxes));
			y += height + GAP;
		}
		return new Routekaart(bands, y);
	}

	/**
	 * The label in lines of at most {@value #LINE_CHARACTERS} characters, greedy by word.
	 */
	static List<String> lines(String label) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		String[] words = label.strip().split("\\s+");
		for (int i = 0; i < words.length; i++) {
			String word = words[i];
			if (line.length() > 0 && line.length() + 1 + word.length() > LINE_CHARACTERS) {
				lines.add(line.toString());
				line.setLength(0);
				if (lines.size() == MAX_LINES) {
					break;
				}
			}
			if (line.length() > 0) {
				line.append(' ');
			}
			line.append(word);
		}
		if (lines.size() < MAX_LINES && line.length() > 0) {
			lines.add(line.toString());
			line.setLength(0);
		}
		boolean cut = line.length() > 0
				|| String.join(" ", lines).length() < label.strip().replaceAll("\\s+", " ").length();
		List<String> shown = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String text = lines.get(i);
			boolean last = i == lines.size() - 1;
			if (text.length() > LINE_CHARACTERS || (last && cut)) {
				text = text.substring(0, Math.min(text.length(), LINE_CHARACTERS - 1)).strip() + "…";
			}
			shown.add(text);
		}
		return shown;
	}

	public int width() {
		return WIDTH;
	}

}
