package be.aanboord.system;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.validation.Constraint;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Keeps the Dutch base bundle, its English translation, the templates and the Java code
 * in step: every message key that is used exists in both languages, and no template shows
 * text that does not come from a bundle. Reads the sources directly, so it needs no
 * Spring context.
 */
class MessageBundlesTest {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Path JAVA_SOURCES = Path.of("src/main/java");

	/**
	 * Every module has its own bundle in this folder: {@code <module>.properties} and
	 * {@code <module>_en.properties}.
	 */
	private static final Path BUNDLES = Path.of("src/main/resources/i18n");

	/**
	 * Enums whose constants are shown through a key built at run time, such as
	 * {@code #{'Role.' + ${role.name()}}}.
	 */
	private static final List<String> ENUMS_WITH_MESSAGES = List.of("be.aanboord.account.Role",
			"be.aanboord.partner.OrganisationCategory", "be.aanboord.partner.LabRole",
			"be.aanboord.trajectory.TrajectoryKind", "be.aanboord.trajectory.TrajectoryStatus",
			"be.aanboord.trajectory.QuestionType", "be.aanboord.trajectory.TrajectoryLevel",
			"be.aanboord.trajectory.NaftForm", "be.aanboord.trajectory.RoundTableParticipant",
			"be.aanboord.trajectory.NaftOutcome", "be.aanboord.school.SchoolLevel",
			"be.aanboord.school.EducationNetwork", "be.aanboord.school.LearningNetwork",
			"be.aanboord.budget.BudgetStep", "be.aanboord.toolbox.Theme", "be.aanboord.toolbox.CarePhase",
			"be.aanboord.toolbox.Level", "be.aanboord.toolbox.Audience", "be.aanboord.toolbox.Province",
			"be.aanboord.toolbox.Licence", "be.aanboord.toolbox.ReferenceKind", "be.aanboord.toolbox.FicheSort",
			"be.aanboord.toolbox.FicheStatus");

	/**
	 * Attributes that replace an element's body (or the whole element) at run time, so
	 * the text in the template is only a design-time placeholder.
	 */
	private static final Set<String> BODY_REPLACING_ATTRIBUTES = Set.of("th:text", "th:utext", "th:replace",
			"th:insert", "th:include", "sec:authentication", "th:errors");

	/** Values of {@code th:remove} that keep an element's text out of the page. */
	private static final Set<String> TEXT_REMOVING_VALUES = Set.of("all", "body", "all-but-first");

	/** Attributes that browsers or assistive technology show or read out. */
	private static final List<String> TEXT_ATTRIBUTES = List.of("title", "alt", "placeholder", "aria-label",
			"aria-description", "aria-roledescription", "aria-placeholder", "aria-valuetext", "label");

	/** Input types whose {@code value} is the text on the button. */
	private static final Set<String> BUTTON_INPUT_TYPES = Set.of("submit", "button", "reset");

	/** The start of a message expression: {@code #{key}} or {@code #{key(args)}}. */
	private static final Pattern MESSAGE_EXPRESSION_START = Pattern.compile("#\\{");

	private static final Pattern LITERAL_KEY = Pattern.compile("\\s*([A-Za-z_][\\w.-]*)\\s*(\\(.*\\))?\\s*",
			Pattern.DOTALL);

	/**
	 * {@code #{'Role.' + ${role.name()} + '.description'}}: a prefix, a variable, a
	 * suffix.
	 */
	private static final Pattern CONCATENATED_KEY = Pattern
		.compile("\\s*'([^']*)'\\s*\\+\\s*\\$\\{(.+?)\\}\\s*(?:\\+\\s*'([^']*)'\\s*)?", Pattern.DOTALL);

	/** {@code #{${success}}}: the whole key comes from a variable. */
	private static final Pattern VARIABLE_KEY = Pattern.compile("\\s*\\$\\{[^{}]+\\}\\s*(\\(.*\\))?\\s*",
			Pattern.DOTALL);

	private static final Pattern ENUM_PREFIX = Pattern.compile("([A-Z]\\w*)\\.");

	/**
	 * A fragment call:
	 * {@code fragments/forms :: text('username', 'account.field.username')}.
	 */
	private static final Pattern FRAGMENT_CALL = Pattern.compile("([\\w./-]+)\\s*::\\s*([\\w-]+)\\s*\\(");

	private static final Pattern FRAGMENT_SIGNATURE = Pattern.compile("\\s*([\\w-]+)\\s*\\((.*)\\)\\s*",
			Pattern.DOTALL);

	private static final Pattern THYMELEAF_STRING = Pattern.compile("'([^']*)'");

	private static final Pattern NAMED_ARGUMENT = Pattern.compile("(\\w+)\\s*=(?!=)\\s*(.*)", Pattern.DOTALL);

	/**
	 * Inlined expressions {@code [[...]]} and {@code [(...)]} are replaced at run time.
	 */
	private static final Pattern INLINED_EXPRESSION = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);

	/** Java calls whose arguments name a message code. */
	private static final Pattern JAVA_MESSAGE_CALL = Pattern
		.compile("\\.\\s*(rejectValue|reject|addFlashAttribute|addAttribute|getMessage)\\s*\\(");

	private static final Pattern JAVA_STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

	/** Model attributes that {@code fragments/alerts} renders as message keys. */
	private static final Set<String> ALERT_ATTRIBUTES = Set.of("success", "warning");

	private static final Pattern JAVA_PACKAGE = Pattern.compile("\\bpackage\\s+([\\w.]+)\\s*;");

	private static final Pattern JAVA_IMPORT = Pattern.compile("\\bimport\\s+([\\w.]+?)(\\.\\*)?\\s*;");

	private static final Pattern JAVA_TYPE_DECLARATION = Pattern
		.compile("\\b(?:class|record|interface|enum)\\s+(\\w+)");

	private static final Pattern JAVA_ANNOTATION = Pattern.compile("@\\s*([\\w.]+)");

	private static final Pattern JAVA_DECLARATION = Pattern.compile("(?:(?:public|protected|private|static|final"
			+ "|transient|volatile|abstract|synchronized|default|sealed|non-sealed)\\s+)*"
			+ "(?:(class|record|interface|enum)\\s+(\\w+)"
			+ "|[\\w.$]+(?:\\s*<[^;{}()=]*>)?(?:\\s*\\[\\s*])*\\s+(\\w+)\\s*([(,);={]))");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

	private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

	private final Bundle dutch = Bundle.loadAll(false);

	private final Bundle english = Bundle.loadAll(true);

	@Test
	void everyKeyUsedInATemplateExistsInBothBundles() {
		List<String> problems = new ArrayList<>();
		List<KeyUse> uses = templateKeyUses(problems);
		assertThat(uses).as("message keys found in the templates under %s", TEMPLATES).isNotEmpty();
		problems.addAll(missingKeys(uses, this.dutch));
		problems.addAll(missingKeys(uses, this.english));
		assertNone("Message keys used in templates that cannot be resolved", problems);
	}

	@Test
	void everyMessageCodeUsedInJavaCodeExistsInBothBundles() {
		List<String> problems = new ArrayList<>();
		List<KeyUse> uses = javaKeyUses(problems);
		assertThat(uses).as("message codes found in rejectValue/reject/addFlashAttribute calls under %s", JAVA_SOURCES)
			.isNotEmpty();
		problems.addAll(missingKeys(uses, this.dutch));
		problems.addAll(missingKeys(uses, this.english));
		assertNone("Message codes used in Java code that cannot be resolved", problems);
	}

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
		constraintUses().forEach((use) -> validationCodes.add(use.constraint()));
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
	void templatesHaveNoHardCodedText() {
		List<String> problems = new ArrayList<>();
		Map<String, Document> templates = parsedTemplates();
		assertThat(templates).as("templates under %s", TEMPLATES).isNotEmpty();
		templates.forEach((name, document) -> {
			for (Element element : document.getAllElements()) {
				if (!textIsReplaced(element)) {
					for (TextNode text : element.textNodes()) {
						String shown = INLINED_EXPRESSION.matcher(text.text()).replaceAll("").strip();
						if (containsLetter(shown)) {
							problems.add(name + ":" + line(text, element) + " " + describe(element) + " has the text \""
									+ shown + "\"; use th:text=\"#{...}\"");
						}
					}
				}
				for (String attribute : shownAttributes(element)) {
					String value = element.attr(attribute);
					if (containsLetter(value) && !setAtRunTime(element, attribute)) {
						problems.add(name + ":" + line(element, element) + " " + describe(element) + " has " + attribute
								+ "=\"" + value + "\"; use th:" + attribute + "=\"#{...}\"");
					}
				}
			}
		});
		assertNone("Hard-coded text in templates (move it to a message key in both bundles)", problems);
	}

	/**
	 * Without a message code, Spring shows Bean Validation's default text. Every
	 * constraint on a form needs a generic ({@code NotBlank}) or specific
	 * ({@code NotBlank.accountForm.username}) code in the Dutch base bundle, and in its
	 * translation.
	 */
	@Test
	void validationMessagesAreDutch() {
		List<ConstraintUse> uses = constraintUses();
		assertThat(uses).as("constraint annotations on *Form classes under %s", JAVA_SOURCES).isNotEmpty();
		List<String> problems = new ArrayList<>();
		for (Bundle bundle : List.of(this.dutch, this.english)) {
			for (ConstraintUse use : uses) {
				if (use.codes().stream().noneMatch(bundle.messages()::containsKey)) {
					problems.add(use.description() + " (" + use.where() + "): " + bundle.name() + " has none of "
							+ String.join(", ", use.codes()));
				}
			}
		}
		assertNone("Constraints without a validation message", problems);
	}

	// Templates

	private static Map<String, String> templateSources() {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			Map<String, String> sources = new TreeMap<>();
			for (Path file : files.filter((path) -> path.toString().endsWith(".html")).toList()) {
				String name = TEMPLATES.relativize(file).toString().replace('\\', '/');
				sources.put(name, Files.readString(file, StandardCharsets.UTF_8));
			}
			return sources;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Map<String, Document> parsedTemplates() {
		Map<String, Document> documents = new TreeMap<>();
		templateSources().forEach((name, source) -> documents.put(name,
				Parser.htmlParser().setTrackPosition(true).parseInput(source, name)));
		return documents;
	}

	private List<KeyUse> templateKeyUses(List<String> problems) {
		Map<String, String> sources = templateSources();
		Map<String, Map<String, Integer>> keyParameters = fragmentKeyParameters(parsedTemplates());
		List<KeyUse> uses = new ArrayList<>();
		sources.forEach((name, source) -> {
			Matcher start = MESSAGE_EXPRESSION_START.matcher(source);
			while (start.find()) {
				String where = name + ":" + lineOf(source, start.start());
				int end = closingBrace(source, start.end());
				if (end < 0) {
					problems.add(where + ": unbalanced message expression " + excerpt(source, start.start()));
					continue;
				}
				String expression = source.substring(start.end(), end);
				String shown = "#{" + expression + "}";
				Matcher literal = LITERAL_KEY.matcher(expression);
				Matcher concatenated = CONCATENATED_KEY.matcher(expression);
				if (literal.matches()) {
					uses.add(new KeyUse(literal.group(1), where + " " + shown));
				}
				else if (concatenated.matches()) {
					dynamicKeyUses(concatenated.group(1), nullToEmpty(concatenated.group(3)), where + " " + shown, uses,
							problems);
				}
				else if (!VARIABLE_KEY.matcher(expression).matches()) {
					problems.add(where + ": cannot check the message key of " + shown
							+ "; use a literal key, 'prefix.' + ${value} (+ '.suffix'), or ${variable}");
				}
			}
			fragmentArgumentKeyUses(name, source, keyParameters, uses, problems);
		});
		return uses;
	}

	/** A key built from an enum constant needs a message for every constant. */
	private void dynamicKeyUses(String prefix, String suffix, String where, List<KeyUse> uses, List<String> problems) {
		Matcher enumPrefix = ENUM_PREFIX.matcher(prefix);
		if (enumPrefix.matches()) {
			Class<?> type = enumsWithMessages().get(enumPrefix.group(1));
			if (type == null) {
				problems.add(where + ": the key is built from " + enumPrefix.group(1)
						+ ", which is not one of the enums this test knows; add it to ENUMS_WITH_MESSAGES");
				return;
			}
			for (Object constant : type.getEnumConstants()) {
				uses.add(new KeyUse(prefix + ((Enum<?>) constant).name() + suffix,
						where + " for " + type.getSimpleName() + "." + ((Enum<?>) constant).name()));
			}
			return;
		}
		Pattern matching = Pattern.compile(Pattern.quote(prefix) + "[^.]+" + Pattern.quote(suffix));
		for (Bundle bundle : List.of(this.dutch, this.english)) {
			if (bundle.messages().keySet().stream().noneMatch((key) -> matching.matcher(key).matches())) {
				problems.add(where + ": " + bundle.name() + " has no key like " + prefix + "*" + suffix);
			}
		}
	}

	private static Map<String, Class<?>> enumsWithMessages() {
		Map<String, Class<?>> enums = new LinkedHashMap<>();
		for (String name : ENUMS_WITH_MESSAGES) {
			try {
				Class<?> type = Class.forName(name);
				assertThat(type.isEnum()).as("%s is an enum", name).isTrue();
				enums.put(type.getSimpleName(), type);
			}
			catch (ClassNotFoundException ex) {
				fail("Enum " + name + " (ENUMS_WITH_MESSAGES) does not exist");
			}
		}
		return enums;
	}

	/**
	 * Fragments that show a parameter as a message key ({@code th:text="#{${label}}"}):
	 * for each {@code template :: fragment}, the parameters by name with their position.
	 */
	private static Map<String, Map<String, Integer>> fragmentKeyParameters(Map<String, Document> templates) {
		Map<String, Map<String, Integer>> result = new TreeMap<>();
		templates.forEach((name, document) -> {
			for (Element fragment : document.select("[th:fragment]")) {
				Matcher signature = FRAGMENT_SIGNATURE.matcher(fragment.attr("th:fragment"));
				if (!signature.matches()) {
					continue;
				}
				List<String> parameters = splitArguments(signature.group(2), '\'');
				Map<String, Integer> keyParameters = new LinkedHashMap<>();
				for (int i = 0; i < parameters.size(); i++) {
					String parameter = parameters.get(i).strip();
					Pattern asKey = Pattern.compile("#\\{\\s*\\$\\{\\s*" + Pattern.quote(parameter) + "\\s*}");
					boolean usedAsKey = fragment.getAllElements()
						.stream()
						.flatMap((element) -> element.attributes().asList().stream())
						.anyMatch((attribute) -> asKey.matcher(attribute.getValue()).find());
					if (usedAsKey) {
						keyParameters.put(parameter, i);
					}
				}
				if (!keyParameters.isEmpty()) {
					result.put(name.replaceFirst("\\.html$", "") + " :: " + signature.group(1), keyParameters);
				}
			}
		});
		return result;
	}

	/** {@code forms :: text('username', 'account.field.username', ...)} uses a key. */
	private static void fragmentArgumentKeyUses(String name, String source,
			Map<String, Map<String, Integer>> keyParameters, List<KeyUse> uses, List<String> problems) {
		Matcher call = FRAGMENT_CALL.matcher(source);
		while (call.find()) {
			String fragment = call.group(1) + " :: " + call.group(2);
			Map<String, Integer> parameters = keyParameters.get(fragment);
			if (parameters == null) {
				continue;
			}
			String where = name + ":" + lineOf(source, call.start());
			int end = closingParenthesis(source, call.end(), '\'');
			if (end < 0) {
				problems.add(where + ": unbalanced fragment call " + excerpt(source, call.start()));
				continue;
			}
			List<String> arguments = splitArguments(source.substring(call.end(), end), '\'');
			for (int i = 0; i < arguments.size(); i++) {
				String argument = arguments.get(i).strip();
				String parameter = null;
				Matcher named = NAMED_ARGUMENT.matcher(argument);
				if (named.matches() && parameters.containsKey(named.group(1))) {
					parameter = named.group(1);
					argument = named.group(2).strip();
				}
				else if (parameters.containsValue(i)) {
					int position = i;
					parameter = parameters.entrySet()
						.stream()
						.filter((entry) -> entry.getValue() == position)
						.findFirst()
						.orElseThrow()
						.getKey();
				}
				if (parameter == null || argument.equals("null")) {
					continue;
				}
				Matcher string = THYMELEAF_STRING.matcher(argument);
				if (string.matches()) {
					uses.add(new KeyUse(string.group(1),
							where + " " + fragment + "(...) parameter " + parameter + "=" + argument));
				}
				else {
					problems.add(where + ": cannot check the message key passed to " + fragment + " as " + parameter
							+ "=" + argument + "; pass a literal key");
				}
			}
		}
	}

	private static boolean textIsReplaced(Element element) {
		for (Element current = element; current != null; current = current.parent()) {
			for (Attribute attribute : current.attributes()) {
				String name = thymeleafName(attribute.getKey());
				if (BODY_REPLACING_ATTRIBUTES.contains(name)) {
					return true;
				}
				if (name.equals("th:remove") && TEXT_REMOVING_VALUES.contains(attribute.getValue().strip())) {
					return true;
				}
			}
		}
		return false;
	}

	private static List<String> shownAttributes(Element element) {
		List<String> names = new ArrayList<>(TEXT_ATTRIBUTES);
		if (element.normalName().equals("input") && BUTTON_INPUT_TYPES.contains(element.attr("type").toLowerCase())) {
			names.add("value");
		}
		return names.stream().filter(element::hasAttr).toList();
	}

	/** {@code th:title}, {@code th:alt-title} or {@code th:attr="title=..."} wins. */
	private static boolean setAtRunTime(Element element, String attribute) {
		for (Attribute candidate : element.attributes()) {
			String name = thymeleafName(candidate.getKey());
			if (name.equals("th:" + attribute)
					|| (name.equals("th:alt-title") && Set.of("alt", "title").contains(attribute))
					|| (Set.of("th:attr", "th:attrprepend", "th:attrappend").contains(name)
							&& Pattern.compile("(^|[\\s,])" + Pattern.quote(attribute) + "\\s*=")
								.matcher(candidate.getValue())
								.find())) {
				return true;
			}
		}
		return false;
	}

	/** {@code data-th-text} is the same as {@code th:text}. */
	private static String thymeleafName(String attribute) {
		String name = attribute.toLowerCase();
		return name.startsWith("data-th-") ? "th:" + name.substring("data-th-".length()) : name;
	}

	private static boolean containsLetter(String text) {
		return text.codePoints().anyMatch(Character::isLetter);
	}

	private static String describe(Element element) {
		StringBuilder description = new StringBuilder("<").append(element.tagName());
		for (String attribute : List.of("id", "class")) {
			if (element.hasAttr(attribute)) {
				description.append(' ').append(attribute).append("=\"").append(element.attr(attribute)).append('"');
			}
		}
		return description.append('>').toString();
	}

	private static String line(Node node, Element fallback) {
		if (node.sourceRange().isTracked()) {
			return String.valueOf(node.sourceRange().start().lineNumber());
		}
		return fallback.sourceRange().isTracked() ? String.valueOf(fallback.sourceRange().start().lineNumber()) : "?";
	}

	// Java code

	private static Map<String, String> javaSources() {
		try (Stream<Path> files = Files.walk(JAVA_SOURCES)) {
			Map<String, String> sources = new TreeMap<>();
			for (Path file : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
				String name = JAVA_SOURCES.relativize(file).toString().replace('\\', '/');
				sources.put(name, Files.readString(file, StandardCharsets.UTF_8));
			}
			return sources;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<KeyUse> javaKeyUses(List<String> problems) {
		List<KeyUse> uses = new ArrayList<>();
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
					uses.add(new KeyUse(literal.group(1), where + " " + method + "(...)"));
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

	/**
	 * The Bean Validation constraints on the fields, getters and types of *Form classes.
	 */
	private static List<ConstraintUse> constraintUses() {
		List<ConstraintUse> uses = new ArrayList<>();
		javaSources().forEach((name, source) -> {
			String code = maskLiteralsAndComments(source);
			Matcher packageName = JAVA_PACKAGE.matcher(code);
			String pkg = packageName.find() ? packageName.group(1) : "";
			Map<String, String> imports = new LinkedHashMap<>();
			List<String> wildcards = new ArrayList<>(List.of(pkg, "java.lang"));
			Matcher imported = JAVA_IMPORT.matcher(code);
			while (imported.find()) {
				if (imported.group(2) != null) {
					wildcards.add(imported.group(1));
				}
				else {
					imports.put(imported.group(1).substring(imported.group(1).lastIndexOf('.') + 1), imported.group(1));
				}
			}
			Matcher annotation = JAVA_ANNOTATION.matcher(code);
			while (annotation.find()) {
				String annotationName = annotation.group(1);
				if (annotationName.equals("interface") || !isConstraint(annotationName, imports, wildcards)) {
					continue;
				}
				String constraint = annotationName.substring(annotationName.lastIndexOf('.') + 1);
				String where = name + ":" + lineOf(source, annotation.start());
				int after = skipAnnotations(code, annotation.end());
				Matcher declaration = JAVA_DECLARATION.matcher(code).region(after, code.length());
				String type;
				String property = null;
				boolean typeLevel = false;
				if (declaration.lookingAt() && declaration.group(1) != null) {
					type = declaration.group(2);
					typeLevel = true;
				}
				else {
					type = enclosingType(code, annotation.start());
					if (declaration.lookingAt()) {
						property = declaration.group(4).equals("(") ? propertyOfMethod(declaration.group(3))
								: declaration.group(3);
					}
				}
				if (type != null && type.endsWith("Form")) {
					uses.add(new ConstraintUse(type, decapitalize(type), property, typeLevel, constraint, where));
				}
			}
		});
		return uses;
	}

	private static boolean isConstraint(String annotation, Map<String, String> imports, List<String> wildcards) {
		List<String> candidates = new ArrayList<>();
		if (annotation.contains(".")) {
			candidates.add(annotation);
		}
		else if (imports.containsKey(annotation)) {
			candidates.add(imports.get(annotation));
		}
		else {
			wildcards.forEach((pkg) -> candidates.add(pkg.isEmpty() ? annotation : pkg + "." + annotation));
		}
		for (String candidate : candidates) {
			try {
				Class<?> type = Class.forName(candidate, false, MessageBundlesTest.class.getClassLoader());
				return type.isAnnotation() && type.isAnnotationPresent(Constraint.class);
			}
			catch (ClassNotFoundException | LinkageError ex) {
				// try the next candidate
			}
		}
		return false;
	}

	/**
	 * Skips the arguments of the annotation that ends at {@code index}, and any others.
	 */
	private static int skipAnnotations(String code, int index) {
		int position = index;
		while (true) {
			position = skipWhitespace(code, position);
			if (position < code.length() && code.charAt(position) == '(') {
				int end = closingParenthesis(code, position + 1, '"');
				position = (end < 0) ? code.length() : end + 1;
				continue;
			}
			Matcher next = JAVA_ANNOTATION.matcher(code).region(position, code.length());
			if (next.lookingAt() && !next.group(1).equals("interface")) {
				position = next.end();
				continue;
			}
			return position;
		}
	}

	private static int skipWhitespace(String code, int index) {
		int position = index;
		while (position < code.length() && Character.isWhitespace(code.charAt(position))) {
			position++;
		}
		return position;
	}

	private static String enclosingType(String code, int index) {
		Matcher declaration = JAVA_TYPE_DECLARATION.matcher(code).region(0, index);
		String type = null;
		while (declaration.find()) {
			type = declaration.group(1);
		}
		return type;
	}

	private static String propertyOfMethod(String method) {
		for (String prefix : List.of("get", "is")) {
			if (method.length() > prefix.length() && method.startsWith(prefix)
					&& Character.isUpperCase(method.charAt(prefix.length()))) {
				return decapitalize(method.substring(prefix.length()));
			}
		}
		return method;
	}

	/** As {@code java.beans.Introspector#decapitalize}: {@code URL} stays {@code URL}. */
	private static String decapitalize(String name) {
		if (name.length() > 1 && Character.isUpperCase(name.charAt(0)) && Character.isUpperCase(name.charAt(1))) {
			return name;
		}
		return Character.toLowerCase(name.charAt(0)) + name.substring(1);
	}

	/**
	 * Replaces comments and the contents of string and character literals with spaces, so
	 * that a search finds only code; offsets and line numbers stay the same.
	 */
	private static String maskLiteralsAndComments(String source) {
		StringBuilder code = new StringBuilder(source);
		int i = 0;
		while (i < source.length()) {
			if (source.startsWith("//", i)) {
				int end = source.indexOf('\n', i);
				end = (end < 0) ? source.length() : end;
				blank(code, i, end);
				i = end;
			}
			else if (source.startsWith("/*", i)) {
				int end = source.indexOf("*/", i + 2);
				end = (end < 0) ? source.length() : end + 2;
				blank(code, i, end);
				i = end;
			}
			else if (source.startsWith("\"\"\"", i)) {
				int end = source.indexOf("\"\"\"", i + 3);
				end = (end < 0) ? source.length() : end;
				blank(code, i + 3, end);
				i = end + 3;
			}
			else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
				char quote = source.charAt(i);
				int end = i + 1;
				while (end < source.length() && source.charAt(end) != quote && source.charAt(end) != '\n') {
					end += (source.charAt(end) == '\\') ? 2 : 1;
				}
				end = Math.min(end, source.length());
				blank(code, i + 1, end);
				i = end + 1;
			}
			else {
				i++;
			}
		}
		return code.toString();
	}

	private static void blank(StringBuilder code, int start, int end) {
		for (int i = start; i < end && i < code.length(); i++) {
			if (code.charAt(i) != '\n') {
				code.setCharAt(i, ' ');
			}
		}
	}

	// Expression parsing shared by templates and Java code

	/**
	 * The index of the {@code }} that closes a {@code #{...}} whose body starts at index.
	 */
	private static int closingBrace(String text, int index) {
		int depth = 0;
		boolean quoted = false;
		for (int i = index; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\'') {
				quoted = !quoted;
			}
			else if (!quoted && c == '{') {
				depth++;
			}
			else if (!quoted && c == '}') {
				if (depth == 0) {
					return i;
				}
				depth--;
			}
		}
		return -1;
	}

	/** The index of the {@code )} that closes an argument list starting at index. */
	private static int closingParenthesis(String text, int index, char quote) {
		int depth = 0;
		for (int i = index; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == quote) {
				i = endOfString(text, i, quote);
			}
			else if (c == '(' || c == '[' || c == '{') {
				depth++;
			}
			else if (c == ')' || c == ']' || c == '}') {
				if (depth == 0) {
					return (c == ')') ? i : -1;
				}
				depth--;
			}
		}
		return -1;
	}

	/** Splits an argument list on the commas that are not nested or quoted. */
	private static List<String> splitArguments(String arguments, char quote) {
		List<String> result = new ArrayList<>();
		if (arguments.isBlank()) {
			return result;
		}
		int depth = 0;
		int start = 0;
		for (int i = 0; i < arguments.length(); i++) {
			char c = arguments.charAt(i);
			if (c == quote) {
				i = endOfString(arguments, i, quote);
			}
			else if (c == '(' || c == '[' || c == '{') {
				depth++;
			}
			else if (c == ')' || c == ']' || c == '}') {
				depth--;
			}
			else if (c == ',' && depth == 0) {
				result.add(arguments.substring(start, i));
				start = i + 1;
			}
		}
		result.add(arguments.substring(start));
		return result;
	}

	private static int endOfString(String text, int start, char quote) {
		int i = start + 1;
		while (i < text.length() && text.charAt(i) != quote) {
			i += (text.charAt(i) == '\\') ? 2 : 1;
		}
		return Math.min(i, text.length() - 1);
	}

	private static int lineOf(String text, int index) {
		int line = 1;
		for (int i = 0; i < index; i++) {
			if (text.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}

	private static String excerpt(String text, int index) {
		String excerpt = text.substring(index, Math.min(text.length(), index + 60));
		int newline = excerpt.indexOf('\n');
		return (newline < 0) ? excerpt : excerpt.substring(0, newline);
	}

	private static String nullToEmpty(String text) {
		return (text != null) ? text : "";
	}

	// Bundles

	private static List<String> missingKeys(List<KeyUse> uses, Bundle bundle) {
		Map<String, List<String>> missing = new TreeMap<>();
		for (KeyUse use : uses) {
			if (!bundle.messages().containsKey(use.key())) {
				missing.computeIfAbsent(use.key(), (key) -> new ArrayList<>()).add(use.where());
			}
		}
		return missing.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + " is missing from " + bundle.name() + ", used at "
					+ String.join("; ", new LinkedHashSet<>(entry.getValue())))
			.toList();
	}

	private static Set<String> placeholders(String message) {
		Set<String> result = new TreeSet<>();
		Matcher placeholder = PLACEHOLDER.matcher(message);
		while (placeholder.find()) {
			result.add("{" + placeholder.group(1) + "}");
		}
		return result;
	}

	private static void assertNone(String what, List<String> problems) {
		if (!problems.isEmpty()) {
			fail(what + " (" + problems.size() + "):\n  " + String.join("\n  ", problems));
		}
	}

	private record KeyUse(String key, String where) {
	}

	private record ConstraintUse(String type, String objectName, String property, boolean typeLevel, String constraint,
			String where) {

		/** The codes Spring tries, most specific first (the type-based one left out). */
		List<String> codes() {
			if (this.typeLevel) {
				return List.of(this.constraint + "." + this.objectName, this.constraint);
			}
			if (this.property == null) {
				return List.of(this.constraint);
			}
			return List.of(this.constraint + "." + this.objectName + "." + this.property,
					this.constraint + "." + this.property, this.constraint);
		}

		String description() {
			return this.type + ((this.property != null) ? "." + this.property : "") + " @" + this.constraint;
		}

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
		try (var paths = Files.list(BUNDLES)) {
			List<String> bases = paths.map((path) -> path.getFileName().toString())
				.filter((name) -> name.endsWith(".properties") && !name.endsWith("_en.properties"))
				.map((name) -> name.substring(0, name.length() - ".properties".length()))
				.toList();
			assertThat(bases).allSatisfy((base) -> {
				assertThat(registered).as("spring.messages.basename").contains("i18n/" + base);
				assertThat(BUNDLES.resolve(base + "_en.properties")).as("English partner of " + base).exists();
			});
		}
	}

	private record Bundle(String name, Map<String, String> messages, List<String> duplicates) {

		/**
		 * All Dutch (base) or all English bundles of the modules together, as Spring
		 * resolves them.
		 */
		static Bundle loadAll(boolean english) {
			List<Path> files;
			try (var paths = Files.list(BUNDLES)) {
				files = paths.filter((path) -> path.toString().endsWith(".properties"))
					.filter((path) -> path.getFileName().toString().endsWith("_en.properties") == english)
					.sorted()
					.toList();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			Map<String, String> messages = new TreeMap<>();
			List<String> duplicates = new ArrayList<>();
			for (Path file : files) {
				Bundle bundle = load(file);
				duplicates.addAll(bundle.duplicates());
				bundle.messages().forEach((key, value) -> {
					if (messages.put(key, value) != null) {
						duplicates.add(key);
					}
				});
			}
			return new Bundle(english ? "the English bundles (*_en.properties)" : "the Dutch bundles (*.properties)",
					messages, duplicates);
		}

		/** Reads a bundle as Spring does (UTF-8), failing on bytes that are not UTF-8. */
		static Bundle load(Path path) {
			String text;
			try {
				text = StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(Files.readAllBytes(path)))
					.toString();
			}
			catch (CharacterCodingException ex) {
				throw new AssertionError(path + " is not valid UTF-8 (spring.messages.encoding=UTF-8)", ex);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			Map<String, String> messages = new TreeMap<>();
			List<String> duplicates = new ArrayList<>();
			Properties properties = new Properties() {

				@Override
				public synchronized Object put(Object key, Object value) {
					if (messages.put((String) key, (String) value) != null) {
						duplicates.add((String) key);
					}
					return super.put(key, value);
				}

			};
			try {
				properties.load(new StringReader(text));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return new Bundle(path.getFileName().toString(), messages,
					duplicates.stream().distinct().collect(Collectors.toList()));
		}

	}

}
