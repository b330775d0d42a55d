package be.aanboord.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static be.aanboord.system.Bundle.assertNone;

/**
 * Messages survive {@link java.text.MessageFormat}: a translation has the same
 * placeholders ({@code {0}}, {@code {1,number}}) as the Dutch message, and an apostrophe
 * in a formatted message is doubled so that it is not dropped. Reads the sources
 * directly, so it needs no Spring context.
 */
class FormattedMessagesTest {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

	private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

	private final Bundle dutch = Bundle.dutch();

	private final Bundle english = Bundle.english();

	@Test
	void translationsKeepThePlaceholders() {
		List<String> problems = new ArrayList<>();
		this.dutch.messages().forEach((key, value) -> {
			String translation = this.english.messages().get(key);
			if (translation != null && !placeholders(value).equals(placeholders(translation))) {
				problems.add(key + ": " + this.dutch.name() + " uses " + placeholders(value) + " but "
						+ this.english.name() + " uses " + placeholders(translation));
			}
		});
		assertNone("Translations with different placeholders", problems);
	}

	/**
	 * Messages that get arguments go through {@link java.text.MessageFormat}, which drops
	 * a single apostrophe: those must write it as {@code ''} (or use ’).
	 */
	@Test
	void apostrophesSurviveMessageFormat() {
		Set<String> validationCodes = new TreeSet<>(Set.of("typeMismatch"));
		FormConstraint.inSources().forEach((use) -> validationCodes.add(use.constraint()));
		List<String> problems = new ArrayList<>();
		for (Bundle bundle : List.of(this.dutch, this.english)) {
			bundle.messages().forEach((key, value) -> {
				boolean formatted = PLACEHOLDER.matcher(value).find()
						|| validationCodes.contains(key.split("\\.", 2)[0]);
				if (formatted && LONE_APOSTROPHE.matcher(value).find()) {
					problems
						.add(key + " in " + bundle.name() + " has a single ' that MessageFormat would drop: " + value);
				}
			});
		}
		assertNone("Apostrophes lost by MessageFormat", problems);
	}

	private static Set<String> placeholders(String message) {
		Set<String> result = new TreeSet<>();
		Matcher placeholder = PLACEHOLDER.matcher(message);
		while (placeholder.find()) {
			result.add("{" + placeholder.group(1) + "}");
		}
		return result;
	}

}
