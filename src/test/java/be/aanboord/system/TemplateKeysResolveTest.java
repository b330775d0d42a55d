package be.aanboord.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static be.aanboord.system.Bundle.assertNone;
import static be.aanboord.system.SourceText.TEMPLATES;
import static be.aanboord.system.SourceText.closingParenthesis;
import static be.aanboord.system.SourceText.lineOf;
import static be.aanboord.system.SourceText.parsedTemplates;
import static be.aanboord.system.SourceText.splitArguments;
import static be.aanboord.system.SourceText.templateSources;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every message key a template uses exists in the Dutch base bundle and in its English
 * translation: literal keys ({@code #{account.field.username}}), keys built from an enum
 * constant ({@code #{'Role.' + ${role.name()}}}, one key per constant) and keys passed to
 * a fragment that shows a parameter as a message. Reads the sources directly, so it needs
 * no Spring context.
 */
class TemplateKeysResolveTest {

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
			"be.aanboord.toolbox.FicheStatus", "be.aanboord.agenda.ActivityType", "be.aanboord.agenda.ActivityStatus",
			"be.aanboord.agenda.ActivityAudience", "be.aanboord.agenda.ActivityLevel",
			"be.aanboord.agenda.ProgrammeKind", "be.aanboord.agenda.registration.RegistrationStatus",
			"be.aanboord.help.CareLevel", "be.aanboord.help.HelpKind", "be.aanboord.help.HelpLevel",
			"be.aanboord.help.HelpAudience", "be.aanboord.help.AccessRoute", "be.aanboord.help.OfferStatus",
			"be.aanboord.help.editing.CorrectionStatus", "be.aanboord.help.editing.ChangeKind",
			"be.aanboord.news.NewsStatus", "be.aanboord.news.newsletter.IssueStatus",
			"be.aanboord.prevention.DialogueStatus", "be.aanboord.prevention.action.ActionStatus",
			"be.aanboord.privacy.ProcessingActivity", "be.aanboord.privacy.LegalBasis",
			"be.aanboord.privacy.request.ErasureStatus");

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

	private final Bundle dutch = Bundle.dutch();

	private final Bundle english = Bundle.english();

	@Test
	void everyKeyUsedInATemplateExistsInBothBundles() {
		List<String> problems = new ArrayList<>();
		List<Bundle.KeyUse> uses = templateKeyUses(problems);
		assertThat(uses).as("message keys found in the templates under %s", TEMPLATES).isNotEmpty();
		problems.addAll(this.dutch.missing(uses));
		problems.addAll(this.english.missing(uses));
		assertNone("Message keys used in templates that cannot be resolved", problems);
	}

	private List<Bundle.KeyUse> templateKeyUses(List<String> problems) {
		Map<String, String> sources = templateSources();
		Map<String, Map<String, Integer>> keyParameters = fragmentKeyParameters(parsedTemplates());
		List<Bundle.KeyUse> uses = new ArrayList<>();
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
					uses.add(new Bundle.KeyUse(literal.group(1), where + " " + shown));
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
	private void dynamicKeyUses(String prefix, String suffix, String where, List<Bundle.KeyUse> uses,
			List<String> problems) {
		Matcher enumPrefix = ENUM_PREFIX.matcher(prefix);
		if (enumPrefix.matches()) {
			Class<?> type = enumsWithMessages().get(enumPrefix.group(1));
			if (type == null) {
				problems.add(where + ": the key is built from " + enumPrefix.group(1)
						+ ", which is not one of the enums this test knows; add it to ENUMS_WITH_MESSAGES");
				return;
			}
			for (Object constant : type.getEnumConstants()) {
				uses.add(new Bundle.KeyUse(prefix + ((Enum<?>) constant).name() + suffix,
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
			Map<String, Map<String, Integer>> keyParameters, List<Bundle.KeyUse> uses, List<String> problems) {
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
					uses.add(new Bundle.KeyUse(string.group(1),
							where + " " + fragment + "(...) parameter " + parameter + "=" + argument));
				}
				else {
					problems.add(where + ": cannot check the message key passed to " + fragment + " as " + parameter
							+ "=" + argument + "; pass a literal key");
				}
			}
		}
	}

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

	private static String excerpt(String text, int index) {
		String excerpt = text.substring(index, Math.min(text.length(), index + 60));
		int newline = excerpt.indexOf('\n');
		return (newline < 0) ? excerpt : excerpt.substring(0, newline);
	}

	private static String nullToEmpty(String text) {
		return (text != null) ? text : "";
	}

}
