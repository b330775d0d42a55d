package be.aanboord.system;

import java.util.regex.Pattern;

/**
 * The words typed in the search field, made fit for PostgreSQL's
 * {@code websearch_to_tsquery}, which accepts any text (its operators {@code " - or} and
 * every other punctuation mark never cause an error) but splits a word at an apostrophe:
 * {@code foto's} would have to be followed by a separate {@code s}. Here an apostrophe
 * between two letters is dropped ({@code foto's} → {@code fotos}, stemmed to {@code foto}
 * as in the fiches), Dutch quotation marks become the plain ones that delimit a phrase,
 * and control and invisible formatting characters are removed.
 */
public final class SearchText {

	private static final Pattern CONTROL = Pattern.compile("\\p{Cc}+");

	private static final Pattern FORMAT = Pattern.compile("\\p{Cf}+");

	private static final Pattern APOSTROPHE_S = Pattern
		.compile("(?<=\\p{L})['\u2019\u2018\u02bc`\u00b4][sS](?![\\p{L}\\p{M}0-9])");

	private static final Pattern QUOTATION_MARK = Pattern.compile("[\u201c\u201d\u201e\u201f\u00ab\u00bb]");

	private SearchText() {
	}

	/**
	 * The text without control or formatting characters, spaces collapsed and stripped.
	 */
	public static String clean(String text) {
		String visible = FORMAT.matcher(CONTROL.matcher(text).replaceAll(" ")).replaceAll("");
		return visible.replaceAll("\\s+", " ").strip();
	}

	/** The cleaned text as the text search should read it. */
	public static String forSearch(String text) {
		String words = APOSTROPHE_S.matcher(clean(text)).replaceAll("");
		return QUOTATION_MARK.matcher(words).replaceAll("\"");
	}

}
