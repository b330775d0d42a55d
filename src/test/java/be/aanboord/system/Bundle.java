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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.fail;

/**
 * The messages of one language as the message-bundle tests read them, straight from the
 * sources (no Spring context): every module's bundle in {@link #FOLDER} together, Dutch
 * ({@code <module>.properties}) or English ({@code <module>_en.properties}).
 *
 * @param name the bundles' description for failure messages
 * @param messages the messages by key
 * @param duplicates keys defined more than once (within a file or across modules)
 */
record Bundle(String name, Map<String, String> messages, List<String> duplicates) {

	/**
	 * Every module has its own bundle in this folder: {@code <module>.properties} and
	 * {@code <module>_en.properties}.
	 */
	static final Path FOLDER = Path.of("src/main/resources/i18n");

	/** The Dutch base bundles of all modules. */
	static Bundle dutch() {
		return loadAll(false);
	}

	/** The English bundles of all modules. */
	static Bundle english() {
		return loadAll(true);
	}

	/**
	 * All Dutch (base) or all English bundles of the modules together, as Spring resolves
	 * them.
	 */
	private static Bundle loadAll(boolean english) {
		List<Path> files;
		try (var paths = Files.list(FOLDER)) {
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
	private static Bundle load(Path path) {
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

	/**
	 * The keys used but missing from these bundles, one line a key with the places it is
	 * used at.
	 */
	List<String> missing(List<KeyUse> uses) {
		Map<String, List<String>> missing = new TreeMap<>();
		for (KeyUse use : uses) {
			if (!this.messages.containsKey(use.key())) {
				missing.computeIfAbsent(use.key(), (key) -> new ArrayList<>()).add(use.where());
			}
		}
		return missing.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + " is missing from " + this.name + ", used at "
					+ String.join("; ", new LinkedHashSet<>(entry.getValue())))
			.toList();
	}

	/** Fails with every problem found, one a line, if there are any. */
	static void assertNone(String what, List<String> problems) {
		if (!problems.isEmpty()) {
			fail(what + " (" + problems.size() + "):\n  " + String.join("\n  ", problems));
		}
	}

	/**
	 * A message key used in a template or in Java code.
	 *
	 * @param key the key, e.g. {@code account.field.username}
	 * @param where the file and line it is used at, with the expression
	 */
	record KeyUse(String key, String where) {
	}

}
