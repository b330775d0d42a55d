package be.aanboord;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each direct sub-package is a module that declares the modules it may use
 * ({@code allowedDependencies} in its {@code package-info.java}); cycles, a dependency
 * not declared or a reach into another module's internals fail here. The module
 * documentation (PlantUML diagrams and a canvas per module) is written into
 * {@code docs/modules}, and README's module table and diagram must say what the
 * declarations say.
 */
class ModularityTest {

	private final ApplicationModules modules = ApplicationModules.of(AanBoordApplication.class);

	@Test
	void modulesHaveNoCyclesAndUseOnlyWhatTheyDeclare() {
		this.modules.verify();
	}

	@Test
	void everyModuleDeclaresWhatItMayUse() {
		assertThat(this.modules.stream()).allSatisfy((module) -> assertThat(declared(module.getBasePackage().getName()))
			.as(module.getIdentifier().toString())
			.isNotNull());
	}

	@Test
	void readmeShowsTheDeclaredDependencies() throws IOException {
		String readme = Files.readString(Path.of("README.md"));
		Map<String, Set<String>> declared = new TreeMap<>();
		this.modules.forEach((module) -> declared.put(module.getIdentifier().toString(),
				new TreeSet<>(Arrays.asList(declared(module.getBasePackage().getName()).allowedDependencies()))));

		Map<String, Set<String>> table = new TreeMap<>();
		Matcher row = Pattern.compile("^\\| `(\\w+)` \\| .*? \\| (.*?) \\|$", Pattern.MULTILINE)
			.matcher(readme.substring(readme.indexOf("| module | owns | may use |")));
		while (row.find()) {
			table.put(row.group(1),
					Pattern.compile("`(\\w+)`")
						.matcher(row.group(2))
						.results()
						.map((match) -> match.group(1))
						.collect(Collectors.toCollection(TreeSet::new)));
		}
		assertThat(table).as("README's module table").isEqualTo(declared);

		Map<String, Set<String>> diagram = new TreeMap<>();
		declared.keySet().forEach((module) -> diagram.put(module, new TreeSet<>()));
		Pattern.compile("^  (\\w+) --> (\\w+)$", Pattern.MULTILINE)
			.matcher(readme.substring(readme.indexOf("```mermaid")))
			.results()
			.forEach((edge) -> diagram.get(edge.group(1)).add(edge.group(2)));
		declared.values().forEach((uses) -> uses.remove("system"));
		assertThat(diagram).as("README's module diagram (system not drawn)").isEqualTo(declared);
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(this.modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeDocumentation();
	}

	private static ApplicationModule declared(String basePackage) {
		try {
			return Class.forName(basePackage + ".package-info").getAnnotation(ApplicationModule.class);
		}
		catch (ClassNotFoundException ex) {
			return null;
		}
	}

}
