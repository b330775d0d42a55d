package be.aanboord.privacy.request;

import java.io.Serializable;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import be.aanboord.system.DataSubject;
import be.aanboord.system.Erasure;
import be.aanboord.system.PersonalDataSource;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Every module's {@link PersonalDataSource}, collected as beans (the privacy module has
 * no compile dependency on them), in one order: the account first, then by section code.
 * Turns their records into sections with labels in the reader's language.
 */
@Component
class PersonalData {

	private static final String ACCOUNT = "personalData.account";

	private final List<PersonalDataSource> sources;

	private final MessageSource messages;

	PersonalData(List<PersonalDataSource> sources, MessageSource messages) {
		this.sources = sources.stream()
			.sorted(Comparator.comparing((PersonalDataSource source) -> !ACCOUNT.equals(source.section()))
				.thenComparing(PersonalDataSource::section))
			.toList();
		this.messages = messages;
	}

	List<PersonalDataSource> sources() {
		return this.sources;
	}

	/** Everything held about the subject, per section, labels in the language given. */
	List<Section> export(DataSubject subject, Locale locale) {
		return this.sources.stream().map((source) -> {
			List<Map<String, String>> records = source.export(subject).stream().map((record) -> {
				Map<String, String> fields = new LinkedHashMap<>();
				record.fields().forEach((label, value) -> fields.put(message(label, locale), value));
				return fields;
			}).toList();
			return new Section(source.section(), message(source.section(), locale), records);
		}).toList();
	}

	/** One section's counts of an erasure, as sentences in the language given. */
	List<String> describe(Erasure erasure, Locale locale) {
		return erasure.counts()
			.entrySet()
			.stream()
			.map((count) -> this.messages.getMessage(count.getKey(), new Object[] { count.getValue() }, count.getKey(),
					locale))
			.toList();
	}

	String message(String code, Locale locale) {
		return this.messages.getMessage(code, null, code, locale);
	}

	/**
	 * A section of the download.
	 *
	 * @param code the section's message code (the key in the JSON)
	 * @param title its title
	 * @param records its records: label → value, in order
	 */
	record Section(String code, String title, List<Map<String, String>> records) implements Serializable {
	}

	/**
	 * What an erasure did, or would do, in one section.
	 *
	 * @param title the section's title
	 * @param rows the rows it changes in all kinds together
	 * @param lines a sentence per kind ("2 reacties geanonimiseerd")
	 */
	record Counted(String title, int rows, List<String> lines) implements Serializable {
	}

}
