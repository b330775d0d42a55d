package be.aanboord.toolbox;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What changed in a fiche's working copy since its published version, for the editors:
 * title, summary and body line by line with the changed words marked, and the values
 * added to or removed from each facet.
 */
@Component
class FicheChanges {

	/** Marks the start and the end of a changed run of words in a line. */
	private static final String MARK = "\u0001";

	private static final DiffRowGenerator LINES = DiffRowGenerator.create()
		.showInlineDiffs(true)
		.inlineDiffByWord(true)
		.oldTag((start) -> MARK)
		.newTag((start) -> MARK)
		.lineNormalizer(Function.identity())
		.build();

	private final JdbcTemplate jdbc;

	FicheChanges(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A run of words of a line, changed or not. */
	record Segment(String text, boolean changed) {
	}

	enum Kind {

		SAME, REMOVED, ADDED

	}

	/** One line of a text as it was published (removed), as it is now (added) or both. */
	record Line(Kind kind, List<Segment> segments) {
	}

	/** The lines of one text field; {@code field} is the message key of its label. */
	record TextChange(String field, List<Line> lines) {

		public boolean changed() {
			return this.lines.stream().anyMatch((line) -> line.kind() != Kind.SAME);
		}

	}

	/**
	 * The values of one facet that were added or removed; {@code prefix} that of their
	 * labels' message keys.
	 */
	record SetChange(String field, String prefix, List<String> removed, List<String> added) {

		public boolean changed() {
			return !this.removed.isEmpty() || !this.added.isEmpty();
		}

	}

	/** Every change since the published version {@code publishedVersion}. */
	record Changes(int publishedVersion, List<TextChange> texts, List<SetChange> facets) {

		public boolean any() {
			return this.texts.stream().anyMatch(TextChange::changed)
					|| this.facets.stream().anyMatch(SetChange::changed);
		}

	}

	private record Published(String title, String summary, String body, List<String> themes, List<String> phases,
			List<String> levels, List<String> audiences) {
	}

	/** Empty when the fiche was never published. */
	@Transactional(readOnly = true)
	public Optional<Changes> sincePublished(Fiche fiche) {
		if (fiche.getPublishedVersion() == 0) {
			return Optional.empty();
		}
		return this.jdbc
			.query("""
					select title, summary, body, themes, phases, levels, audiences
					from fiche_version where fiche_id = ? and number = ?""",
					(rs, row) -> new Published(rs.getString(1), rs.getString(2), rs.getString(3),
							strings(rs.getArray(4)), strings(rs.getArray(5)), strings(rs.getArray(6)),
							strings(rs.getArray(7))),
					fiche.getId(), fiche.getPublishedVersion())
			.stream()
			.findFirst()
			.map((published) -> new Changes(fiche.getPublishedVersion(),
					List.of(text("toolbox.field.title", published.title(), fiche.getTitle()),
							text("toolbox.field.summary", published.summary(), fiche.getSummary()),
							text("toolbox.field.body", published.body(), fiche.getBody())),
					List.of(facet("toolbox.field.themes", "Theme.", published.themes(), fiche.getThemes()),
							facet("toolbox.field.phases", "CarePhase.", published.phases(), fiche.getPhases()),
							facet("toolbox.field.levels", "Level.", published.levels(), fiche.getLevels()),
							facet("toolbox.field.audiences", "Audience.", published.audiences(),
									fiche.getAudiences()))));
	}

	/** The lines of two versions of a text, the changed words of changed lines marked. */
	static TextChange text(String field, String before, String after) {
		List<Line> lines = new ArrayList<>();
		for (DiffRow row : LINES.generateDiffRows(lines(before), lines(after))) {
			switch (row.getTag()) {
				case EQUAL -> lines.add(new Line(Kind.SAME, List.of(new Segment(row.getOldLine(), false))));
				case DELETE -> lines.add(line(Kind.REMOVED, row.getOldLine()));
				case INSERT -> lines.add(line(Kind.ADDED, row.getNewLine()));
				case CHANGE -> {
					lines.add(line(Kind.REMOVED, row.getOldLine()));
					lines.add(line(Kind.ADDED, row.getNewLine()));
				}
			}
		}
		return new TextChange(field, lines);
	}

	private static Line line(Kind kind, String marked) {
		String[] parts = marked.split(MARK, -1);
		List<Segment> segments = new ArrayList<>();
		for (int i = 0; i < parts.length; i++) {
			if (!parts[i].isEmpty()) {
				segments.add(new Segment(parts[i], i % 2 == 1));
			}
		}
		return new Line(kind, segments);
	}

	private static List<String> lines(String text) {
		return (text == null || text.isEmpty()) ? List.of() : Arrays.asList(text.replace("\r\n", "\n").split("\n", -1));
	}

	static SetChange facet(String field, String prefix, Collection<String> before, Set<? extends Enum<?>> after) {
		Set<String> now = new LinkedHashSet<>();
		after.forEach((value) -> now.add(value.name()));
		List<String> removed = before.stream().filter((value) -> !now.contains(value)).sorted().toList();
		List<String> added = now.stream().filter((value) -> !before.contains(value)).sorted().toList();
		return new SetChange(field, prefix, removed, added);
	}

	private static List<String> strings(Array array) throws SQLException {
		return (array != null) ? List.of((String[]) array.getArray()) : List.of();
	}

}
