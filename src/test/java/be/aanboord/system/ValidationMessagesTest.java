package be.aanboord.system;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static be.aanboord.system.Bundle.assertNone;
import static be.aanboord.system.SourceText.JAVA_SOURCES;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Bean Validation constraint on a form has a message in the Dutch base bundle and
 * in its English translation, so that no default (English) Bean Validation text reaches a
 * page. Reads the sources directly, so it needs no Spring context.
 */
class ValidationMessagesTest {

	private final Bundle dutch = Bundle.dutch();

	private final Bundle english = Bundle.english();

	/**
	 * Without a message code, Spring shows Bean Validation's default text. Every
	 * constraint on a form needs a generic ({@code NotBlank}) or specific
	 * ({@code NotBlank.accountForm.username}) code in the Dutch base bundle, and in its
	 * translation.
	 */
	@Test
	void validationMessagesAreDutch() {
		List<FormConstraint> uses = FormConstraint.inSources();
		assertThat(uses).as("constraint annotations on *Form classes under %s", JAVA_SOURCES).isNotEmpty();
		List<String> problems = new ArrayList<>();
		for (Bundle bundle : List.of(this.dutch, this.english)) {
			for (FormConstraint use : uses) {
				if (use.codes().stream().noneMatch(bundle.messages()::containsKey)) {
					problems.add(use.description() + " (" + use.where() + "): " + bundle.name() + " has none of "
							+ String.join(", ", use.codes()));
				}
			}
		}
		assertNone("Constraints without a validation message", problems);
	}

}
