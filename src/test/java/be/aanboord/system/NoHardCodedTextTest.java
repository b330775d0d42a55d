package be.aanboord.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import static be.aanboord.system.Bundle.assertNone;
import static be.aanboord.system.SourceText.TEMPLATES;
import static be.aanboord.system.SourceText.parsedTemplates;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * No template shows text that does not come from a bundle: neither text in an element nor
 * a shown attribute ({@code title}, {@code alt}, {@code aria-label}, a button's
 * {@code value}, ...) unless Thymeleaf replaces it at run time. Reads the sources
 * directly, so it needs no Spring context.
 */
class NoHardCodedTextTest {

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

	/**
	 * Inlined expressions {@code [[...]]} and {@code [(...)]} are replaced at run time.
	 */
	private static final Pattern INLINED_EXPRESSION = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);

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
			if (current.hasAttr("th:fragment") || current.hasAttr("data-th-fragment")) {
				// shown wherever it is inserted, whatever replaces what stands around it
				// here
				return false;
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

}
