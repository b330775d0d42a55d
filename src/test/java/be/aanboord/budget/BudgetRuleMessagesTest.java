package be.aanboord.budget;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule of the budget process the user can break has its message in both bundles:
 * the key of each {@code new BudgetRuleException("…")} in the module's sources is shown
 * as the form's error ({@link BudgetEdits}) or as the year page's flash message, keys
 * that {@code JavaMessageCodesResolveTest} cannot follow.
 */
class BudgetRuleMessagesTest {

	private static final Path SOURCES = Path.of("src/main/java/be/aanboord/budget");

	private static final Pattern RULE_KEY = Pattern.compile("\"(budget\\.rule\\.[A-Za-z]+)\"");

	@Test
	void everyRuleHasItsMessageInDutchAndEnglish() throws IOException {
		List<String> keys = new ArrayList<>();
		try (Stream<Path> files = Files.list(SOURCES)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				Matcher key = RULE_KEY.matcher(Files.readString(file));
				while (key.find()) {
					keys.add(key.group(1));
				}
			}
		}
		assertThat(keys).as("rule keys found")
			.contains("budget.rule.locked", "budget.rule.decisionNotNow", "budget.rule.stepOutOfOrder",
					"budget.rule.adviceSent", "budget.rule.decisionOverEnvelope");
		for (String bundle : List.of("budget.properties", "budget_en.properties")) {
			Properties messages = new Properties();
			try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/i18n", bundle),
					StandardCharsets.UTF_8)) {
				messages.load(reader);
			}
			assertThat(keys).as("rule keys without a message in %s", bundle)
				.allMatch((key) -> messages.getProperty(key) != null && !messages.getProperty(key).isBlank());
		}
	}

}
