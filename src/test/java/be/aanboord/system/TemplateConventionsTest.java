package be.aanboord.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Templates format through {@code #fmt} ({@link Formats}) only: a date pattern, a time
 * zone, a number format or a Java type spelled out in a template would write one page
 * differently from the others (and in the server's time zone, or with a decimal point).
 * Reads the sources directly, so it needs no Spring context.
 */
class TemplateConventionsTest {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** What a template never contains, with what to write instead. */
	private static final List<String[]> FORBIDDEN = List.of(
			new String[] { "#temporals.format", "#fmt.date, #fmt.dateTime or #fmt.time" },
			new String[] { "#numbers.formatDecimal", "#fmt.number, #fmt.hours, #fmt.money or #fmt.percent" },
			new String[] { "#numbers.formatInteger", "#fmt.number" },
			new String[] { "#numbers.formatCurrency", "#fmt.money" },
			new String[] { "#numbers.formatPercent", "#fmt.percent" },
			new String[] { "#dates.format", "#fmt.date or #fmt.dateTime" },
			new String[] { "#calendars.format", "#fmt.date or #fmt.dateTime" },
			new String[] { "Europe/Brussels", "#fmt (always in Brussels time)" },
			new String[] { "'dd/MM/yyyy", "#fmt.date or #fmt.dateTime" },
			new String[] { "T(", "a model attribute (e.g. the enum's values) prepared by the controller" });

	@Test
	void templatesFormatThroughFmtOnly() throws IOException {
		List<String> offences = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".html")).sorted().toList()) {
				List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
				for (int i = 0; i < lines.size(); i++) {
					for (String[] rule : FORBIDDEN) {
						if (lines.get(i).contains(rule[0])) {
							offences.add("%s:%d: %s (use %s)".formatted(TEMPLATES.relativize(file), i + 1, rule[0],
									rule[1]));
						}
					}
				}
			}
		}
		assertThat(offences).as("formatting spelled out in templates").isEmpty();
	}

}
