package be.aanboord.toolbox;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What changed between the published text of a fiche and its working copy. */
class FicheChangesTest {

	private static String render(FicheChanges.Line line) {
		StringBuilder text = new StringBuilder();
		for (FicheChanges.Segment segment : line.segments()) {
			text.append(segment.changed() ? "[" + segment.text() + "]" : segment.text());
		}
		return line.kind() + " " + text;
	}

	@Test
	void changedWordsOfAChangedLineAreMarkedOnTheOldAndTheNewLine() {
		FicheChanges.TextChange change = FicheChanges.text("toolbox.field.body",
				"## Wat?\n\nElke ochtend een kort onthaalmoment.\nEinde.",
				"## Wat?\n\nElke ochtend een rustig onthaalmoment.\nEinde.\nNieuwe regel.");
		assertThat(change.changed()).isTrue();
		assertThat(change.lines().stream().map(FicheChangesTest::render)).containsExactly("SAME ## Wat?", "SAME ",
				"REMOVED Elke ochtend een [kort] onthaalmoment.", "ADDED Elke ochtend een [rustig] onthaalmoment.",
				"SAME Einde.", "ADDED [Nieuwe regel.]");
	}

	@Test
	void anUnchangedTextHasNoChangedLines() {
		FicheChanges.TextChange change = FicheChanges.text("toolbox.field.title", "Rustbox", "Rustbox");
		assertThat(change.changed()).isFalse();
		assertThat(FicheChanges.text("toolbox.field.summary", null, "").changed()).isFalse();
	}

	@Test
	void markupInTheTextStaysText() {
		FicheChanges.TextChange change = FicheChanges.text("toolbox.field.body", "<b>oud</b>",
				"<script>alert(1)</script>");
		assertThat(change.lines()).extracting(FicheChanges.Line::kind)
			.containsExactly(FicheChanges.Kind.REMOVED, FicheChanges.Kind.ADDED);
		assertThat(change.lines())
			.extracting((line) -> line.segments().stream().map(FicheChanges.Segment::text).reduce("", String::concat))
			.containsExactly("<b>oud</b>", "<script>alert(1)</script>");
	}

	@Test
	void facetsListTheValuesRemovedAndAdded() {
		FicheChanges.SetChange themes = FicheChanges.facet("toolbox.field.themes", "Theme.",
				List.of("BEHAVIOUR", "PARENTS"), Set.of(Theme.PARENTS, Theme.CLASS_CLIMATE));
		assertThat(themes.removed()).containsExactly("BEHAVIOUR");
		assertThat(themes.added()).containsExactly("CLASS_CLIMATE");
		assertThat(FicheChanges.facet("toolbox.field.levels", "Level.", List.of("PRIMARY"), Set.of(Level.PRIMARY))
			.changed()).isFalse();
	}

}
