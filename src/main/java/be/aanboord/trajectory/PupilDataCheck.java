package be.aanboord.trajectory;

import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Warns when free text looks like it holds a pupil's name or a Belgian national register
 * number (rijksregisternummer). Pupils are minors: the portal keeps a pseudonymous code
 * only.
 */
final class PupilDataCheck {

	/** YY.MM.DD-NNN.CC with optional separators. */
	private static final Pattern NATIONAL_NUMBER = Pattern
		.compile("(?<!\\d)(\\d{2})[.\\s]?(\\d{2})[.\\s]?(\\d{2})[-\\s]?(\\d{3})[.\\s]?(\\d{2})(?!\\d)");

	/**
	 * Two or three capitalised words in a row that do not start a sentence, such as "met
	 * Emma Peeters", or a name after a word that introduces a pupil.
	 */
	private static final Pattern NAME = Pattern.compile(
			"(?:(?<![.!?]\\s)(?<!^)\\b\\p{Lu}\\p{Ll}+\\s+(?:(?:van|de|der|den|van de|van der)\\s+)?\\p{Lu}\\p{Ll}+)"
					+ "|(?i:(?:leerling|kind|jongere|pupil|zoon|dochter|genaamd|naam)\\s*:?)\\s+\\p{Lu}\\p{Ll}+");

	private PupilDataCheck() {
	}

	static boolean containsNationalNumber(String text) {
		if (text == null) {
			return false;
		}
		Matcher matcher = NATIONAL_NUMBER.matcher(text);
		while (matcher.find()) {
			String base = matcher.group(1) + matcher.group(2) + matcher.group(3) + matcher.group(4);
			int check = Integer.parseInt(matcher.group(5));
			if (checkDigits(base) == check || checkDigits("2" + base) == check) {
				return true;
			}
		}
		return false;
	}

	private static int checkDigits(String digits) {
		return 97 - new BigInteger(digits).mod(BigInteger.valueOf(97)).intValue();
	}

	static boolean looksLikeName(String text) {
		return text != null && NAME.matcher(text).find();
	}

	static boolean suspicious(String text) {
		return containsNationalNumber(text) || looksLikeName(text);
	}

}
