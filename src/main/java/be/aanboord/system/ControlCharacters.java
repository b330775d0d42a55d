package be.aanboord.system;

/**
 * The one rule for characters that may be stored from what users type or import: none of
 * the control characters (Unicode category Cc: U+0000–U+001F, U+007F–U+009F) except tab,
 * line feed and the carriage return of a line break, no lone surrogate (half a UTF-16
 * pair) and not the non-characters U+FFFE and U+FFFF. PostgreSQL refuses U+0000 in text,
 * and XML 1.0 (the Atom feed, the PDFs through their XHTML, XLSX) refuses the other C0
 * controls, lone surrogates, U+FFFE and U+FFFF; none of them can be seen or typed on
 * purpose, so they are removed silently rather than refused. A carriage return that does
 * not start a CRLF pair becomes a line feed.
 */
public final class ControlCharacters {

	private ControlCharacters() {
	}

	/**
	 * The text without the characters this rule removes; the same instance when there is
	 * nothing to remove, null for null.
	 */
	public static String strip(String text) {
		if (text == null || isClean(text)) {
			return text;
		}
		StringBuilder clean = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				clean.append(c).append(text.charAt(++i));
			}
			else if (c == '\r') {
				clean.append((i + 1 < text.length() && text.charAt(i + 1) == '\n') ? '\r' : '\n');
			}
			else if (allowed(c)) {
				clean.append(c);
			}
		}
		return clean.toString();
	}

	/** Whether the text holds nothing that {@link #strip(String)} would change. */
	public static boolean isClean(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			}
			else if (c == '\r') {
				if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
					return false;
				}
			}
			else if (!allowed(c)) {
				return false;
			}
		}
		return true;
	}

	private static boolean allowed(char c) {
		if (c == '\t' || c == '\n') {
			return true;
		}
		return !Character.isISOControl(c) && !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
	}

}
