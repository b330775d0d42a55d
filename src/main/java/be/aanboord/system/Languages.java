package be.aanboord.system;

import java.util.IllformedLocaleException;
import java.util.Locale;

/** The portal's languages: Dutch (Belgium), the default, and English. */
final class Languages {

	/**
	 * Longer than any tag this portal writes or a browser would send for its languages.
	 */
	private static final int MAX_TAG_LENGTH = 35;

	private Languages() {
	}

	/**
	 * The supported locale a language tag asks for, from its language subtag: {@code nl},
	 * {@code nl-BE} and {@code nl_NL} give Dutch (Belgium), {@code en} and {@code en-GB}
	 * give English.
	 * @param tag a BCP 47 tag or a Java locale string, as found in the language cookie or
	 * the {@code lang} parameter; may be null or anything at all
	 * @return Dutch (Belgium) or English, or null for anything else (unknown languages,
	 * malformed or over-long tags, control characters)
	 */
	static Locale supported(String tag) {
		if (tag == null || tag.isEmpty() || tag.length() > MAX_TAG_LENGTH) {
			return null;
		}
		String language;
		try {
			language = new Locale.Builder().setLanguageTag(tag.replace('_', '-')).build().getLanguage();
		}
		catch (IllformedLocaleException ex) {
			return null;
		}
		return switch (language) {
			case "nl" -> WebConfiguration.DUTCH;
			case "en" -> Locale.ENGLISH;
			default -> null;
		};
	}

}
