package be.aanboord.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static be.aanboord.system.Bundle.assertNone;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The English bundles match the Dutch base bundles: the same keys, none empty, none
 * defined twice; every module's bundle is registered in {@code spring.messages.basename}
 * and has its English partner. Reads the sources directly, so it needs no Spring context.
 */
class BundlesMatchTest {

	private final Bundle dutch = Bundle.dutch();

	private final Bundle english = Bundle.english();

	@Test
	void bothBundlesHaveTheSameKeys() {
		Set<String> onlyDutch = new TreeSet<>(this.dutch.messages().keySet());
		onlyDutch.removeAll(this.english.messages().keySet());
		Set<String> onlyEnglish = new TreeSet<>(this.english.messages().keySet());
		onlyEnglish.removeAll(this.dutch.messages().keySet());
		List<String> problems = new ArrayList<>();
		onlyDutch
			.forEach((key) -> problems.add(key + " is in " + this.dutch.name() + " but not in " + this.english.name()));
		onlyEnglish
			.forEach((key) -> problems.add(key + " is in " + this.english.name() + " but not in " + this.dutch.name()));
		for (Bundle bundle : List.of(this.dutch, this.english)) {
			bundle.messages().forEach((key, value) -> {
				if (value.isBlank()) {
					problems.add(key + " has an empty value in " + bundle.name());
				}
			});
		}
		assertNone("The bundles differ", problems);
	}

	@Test
	void bundlesHaveNoDuplicateKeys() {
		List<String> problems = new ArrayList<>();
		for (Bundle bundle : List.of(this.dutch, this.english)) {
			bundle.duplicates()
				.forEach((key) -> problems
					.add(key + " is defined more than once in " + bundle.name() + " (only the last one counts)"));
		}
		assertNone("Duplicate keys", problems);
	}

	@Test
	void languageSwitchNamesTheOtherLanguage() {
		assertThat(this.dutch.messages().get("layout.language.switchTo"))
			.as("layout.language.switchTo in %s", this.dutch.name())
			.isEqualTo("English");
		assertThat(this.english.messages().get("layout.language.switchTo"))
			.as("layout.language.switchTo in %s", this.english.name())
			.isEqualTo("Nederlands");
	}

	@Test
	void everyModuleBundleIsRegisteredAndTranslated() throws IOException {
		String settings = Files.readString(Path.of("src/main/resources/application.properties"));
		String basenames = settings.lines()
			.filter((line) -> line.startsWith("spring.messages.basename="))
			.findFirst()
			.orElseThrow()
			.substring("spring.messages.basename=".length());
		List<String> registered = java.util.Arrays.stream(basenames.split(",")).map(String::trim).toList();
		try (var paths = Files.list(Bundle.FOLDER)) {
			List<String> bases = paths.map((path) -> path.getFileName().toString())
				.filter((name) -> name.endsWith(".properties") && !name.endsWith("_en.properties"))
				.map((name) -> name.substring(0, name.length() - ".properties".length()))
				.toList();
			assertThat(bases).allSatisfy((base) -> {
				assertThat(registered).as("spring.messages.basename").contains("i18n/" + base);
				assertThat(Bundle.FOLDER.resolve(base + "_en.properties")).as("English partner of " + base).exists();
			});
		}
	}

}
