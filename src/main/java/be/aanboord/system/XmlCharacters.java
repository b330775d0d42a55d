package be.aanboord.system;

/**
 * Text as XML 1.0 accepts it. Every XML-based output (the Atom feed, the XHTML that the
 * PDFs are rendered from, the parts of an XLSX file) passes its text through
 * {@link #strip(String)} at the point of writing, so that it stays well-formed whatever
 * the database already holds.
 */
public final class XmlCharacters {

	private XmlCharacters() {
	}

	/**
	 * The text without the characters that XML 1.0 refuses (its production {@code Char},
	 * section 2.2): control characters other than tab, line feed and carriage return, the
	 * non-characters U+FFFE and U+FFFF, and surrogates that are not part of a pair.
	 * @param text any text, or null
	 * @return the same text when nothing had to go (the same instance), otherwise a copy
	 * without those characters; null for null
	 */
	public static String strip(String text) {
		if (text == null) {
			return null;
		}
		int first = firstRefused(text);
		if (first < 0) {
			return text;
		}
		StringBuilder kept = new StringBuilder(text.length());
		kept.append(text, 0, first);
		for (int i = first; i < text.length();) {
			int codePoint = text.codePointAt(i);
			if (allowed(codePoint)) {
				kept.appendCodePoint(codePoint);
			}
			i += Character.charCount(codePoint);
		}
		return kept.toString();
	}

	private static int firstRefused(String text) {
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			if (!allowed(codePoint)) {
				return i;
			}
			i += Character.charCount(codePoint);
		}
		return -1;
	}

	private static boolean allowed(int codePoint) {
		return (codePoint >= 0x20 && codePoint <= 0xD7FF) || codePoint == 0x9 || codePoint == 0xA || codePoint == 0xD
				|| (codePoint >= 0xE000 && codePoint <= 0xFFFD) || (codePoint >= 0x10000 && codePoint <= 0x10FFFF);
	}

}
