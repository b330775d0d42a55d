package be.aanboord.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * The sources the message-bundle tests read (templates and Java code, by path relative to
 * their folder, e.g. {@code account/form.html} or
 * {@code be/aanboord/account/AccountForm.java}), and the scanning they share: masking
 * literals and comments, matching brackets, splitting argument lists, line numbers.
 * Offsets are character indexes into the text given.
 */
final class SourceText {

	/** The Thymeleaf templates. */
	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** The application's Java code. */
	static final Path JAVA_SOURCES = Path.of("src/main/java");

	private SourceText() {
	}

	/** Every template's source by its path under {@link #TEMPLATES}. */
	static Map<String, String> templateSources() {
		return read(TEMPLATES, ".html");
	}

	/** Every template parsed as HTML, keeping source positions for line numbers. */
	static Map<String, Document> parsedTemplates() {
		Map<String, Document> documents = new TreeMap<>();
		templateSources().forEach((name, source) -> documents.put(name,
				Parser.htmlParser().setTrackPosition(true).parseInput(source, name)));
		return documents;
	}

	/** Every Java source file's text by its path under {@link #JAVA_SOURCES}. */
	static Map<String, String> javaSources() {
		return read(JAVA_SOURCES, ".java");
	}

	private static Map<String, String> read(Path folder, String ending) {
		try (Stream<Path> files = Files.walk(folder)) {
			Map<String, String> sources = new TreeMap<>();
			for (Path file : files.filter((path) -> path.toString().endsWith(ending)).toList()) {
				String name = folder.relativize(file).toString().replace('\\', '/');
				sources.put(name, Files.readString(file, StandardCharsets.UTF_8));
			}
			return sources;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Replaces comments and the contents of string and character literals with spaces, so
	 * that a search finds only code; offsets and line numbers stay the same.
	 */
	static String maskLiteralsAndComments(String source) {
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

	/** The index of the {@code )} that closes an argument list starting at index. */
	static int closingParenthesis(String text, int index, char quote) {
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
	static List<String> splitArguments(String arguments, char quote) {
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

	/** The line, counted from 1, on which the character at index stands. */
	static int lineOf(String text, int index) {
		int line = 1;
		for (int i = 0; i < index; i++) {
			if (text.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}

}
