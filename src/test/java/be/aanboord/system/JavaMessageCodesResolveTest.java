package be.aanboord.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static be.aanboord.system.Bundle.assertNone;
import static be.aanboord.system.SourceText.JAVA_SOURCES;
import static be.aanboord.system.SourceText.closingParenthesis;
import static be.aanboord.system.SourceText.javaSources;
import static be.aanboord.system.SourceText.lineOf;
import static be.aanboord.system.SourceText.maskLiteralsAndComments;
import static be.aanboord.system.SourceText.splitArguments;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message code the Java code names ({@code rejectValue}, {@code reject},
 * {@code getMessage}, and flash or model attributes {@code success} and {@code warning}
 * that {@code fragments/alerts} shows) exists in the Dutch base bundle and in its English
 * translation. Reads the sources directly, so it needs no Spring context.
 */
class JavaMessageCodesResolveTest {

	/** Java calls whose arguments name a message code. */
	private static final Pattern JAVA_MESSAGE_CALL = Pattern
		.compile("\\.\\s*(rejectValue|reject|addFlashAttribute|addAttribute|getMessage)\\s*\\(");

	private static final Pattern JAVA_STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

	/** Model attributes that {@code fragments/alerts} renders as message keys. */
	private static final Set<String> ALERT_ATTRIBUTES = Set.of("success", "warning");

	private final Bundle dutch = Bundle.dutch();

	private final Bundle english = Bundle.english();

	@Test
	void everyMessageCodeUsedInJavaCodeExistsInBothBundles() {
		List<String> problems = new ArrayList<>();
		List<Bundle.KeyUse> uses = javaKeyUses(problems);
		assertThat(uses).as("message codes found in rejectValue/reject/addFlashAttribute calls under %s", JAVA_SOURCES)
			.isNotEmpty();
		problems.addAll(this.dutch.missing(uses));
		problems.addAll(this.english.missing(uses));
		assertNone("Message codes used in Java code that cannot be resolved", problems);
	}

	private static List<Bundle.KeyUse> javaKeyUses(List<String> problems) {
		List<Bundle.KeyUse> uses = new ArrayList<>();
		javaSources().forEach((name, source) -> {
			String code = maskLiteralsAndComments(source);
			Matcher call = JAVA_MESSAGE_CALL.matcher(code);
			while (call.find()) {
				String method = call.group(1);
				String where = name + ":" + lineOf(source, call.start());
				int end = closingParenthesis(code, call.end(), '"');
				if (end < 0) {
					continue;
				}
				// split the masked code (no commas or parentheses in literals), read the
				// source
				List<String> arguments = new ArrayList<>();
				int start = call.end();
				for (String masked : splitArguments(code.substring(call.end(), end), '"')) {
					arguments.add(source.substring(start, start + masked.length()).strip());
					start += masked.length() + 1;
				}
				int codeIndex = switch (method) {
					case "rejectValue" -> 1;
					case "reject", "getMessage" -> 0;
					default -> isAlertAttribute(arguments) ? 1 : -1;
				};
				if (codeIndex < 0 || codeIndex >= arguments.size() || arguments.get(codeIndex).isEmpty()) {
					continue;
				}
				Matcher literal = JAVA_STRING.matcher(arguments.get(codeIndex));
				if (literal.matches()) {
					uses.add(new Bundle.KeyUse(literal.group(1), where + " " + method + "(...)"));
				}
				else if (!method.equals("getMessage")) {
					problems.add(where + ": cannot check the message code " + arguments.get(codeIndex) + " of " + method
							+ "(...); use a string literal");
				}
			}
		});
		return uses;
	}

	private static boolean isAlertAttribute(List<String> arguments) {
		if (arguments.size() != 2) {
			return false;
		}
		Matcher name = JAVA_STRING.matcher(arguments.get(0));
		return name.matches() && ALERT_ATTRIBUTES.contains(name.group(1));
	}

}
