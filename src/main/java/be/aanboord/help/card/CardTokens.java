package be.aanboord.help.card;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The private links of the cards: a token of 32 random bytes ({@link SecureRandom}),
 * written in base64url without padding (43 characters), of which only the SHA-256 is
 * stored. A card is found by the hash of the token in its address, so tokens are never
 * compared character by character and the database never holds a usable link.
 */
final class CardTokens {

	/** A token as it appears in an address. */
	static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private CardTokens() {
	}

	/** A new token and its hash. */
	record Token(String value, byte[] hash) {
	}

	static Token next() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		return new Token(value, hash(value));
	}

	/** The SHA-256 of a token's text (UTF-8). */
	static byte[] hash(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}

	static boolean wellFormed(String token) {
		return token != null && SHAPE.matcher(token).matches();
	}

}
