package be.aanboord.news.newsletter;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The newsletter's links. A confirmation link carries 32 random bytes (base64url); only
 * their SHA-256 is stored, and confirming uses it up. An unsubscribe link names the
 * subscriber and is signed with HMAC-SHA256 under {@code aanboord.newsletter.link-secret}
 * over the subscriber's id and confirmation time: nothing is stored for it, it cannot be
 * guessed or altered, and it dies with the row when the subscriber leaves.
 */
@Component
class NewsletterTokens {

	private static final Logger log = LoggerFactory.getLogger(NewsletterTokens.class);

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private final SecureRandom random = new SecureRandom();

	private final byte[] secret;

	NewsletterTokens(@Value("${aanboord.newsletter.link-secret:}") String secret) {
		if (secret.isBlank()) {
			log.warn("No aanboord.newsletter.link-secret configured: unsubscribe links work on this instance "
					+ "until it stops");
			byte[] bytes = new byte[32];
			this.random.nextBytes(bytes);
			this.secret = bytes;
		}
		else {
			this.secret = secret.getBytes(StandardCharsets.UTF_8);
		}
	}

	/** A new random token for a confirmation link. */
	String newToken() {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		return ENCODER.encodeToString(bytes);
	}

	/** The SHA-256 of a token, as stored. */
	static byte[] hash(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The unsubscribe token of a confirmed subscriber: {@code id.signature}. */
	String unsubscribeToken(long subscriberId, Instant confirmedAt) {
		return subscriberId + "." + ENCODER.encodeToString(mac(subscriberId, confirmedAt));
	}

	/** The subscriber id a token names, before its signature is checked. */
	static OptionalLong subscriberId(String token) {
		if (token == null || token.length() > 200 || !token.matches("[0-9]{1,18}\\.[A-Za-z0-9_-]{20,100}")) {
			return OptionalLong.empty();
		}
		return OptionalLong.of(Long.parseLong(token.substring(0, token.indexOf('.'))));
	}

	/** Whether the token is the subscriber's own unsubscribe token. */
	boolean matches(String token, Subscriber subscriber) {
		if (!subscriber.isConfirmed()) {
			return false;
		}
		try {
			byte[] signature = DECODER.decode(token.substring(token.indexOf('.') + 1));
			return MessageDigest.isEqual(mac(subscriber.getId(), subscriber.getConfirmedAt()), signature);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private byte[] mac(long subscriberId, Instant confirmedAt) {
		String payload = "newsletter-unsubscribe:" + subscriberId + ":" + confirmedAt.toEpochMilli();
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.secret, "HmacSHA256"));
			return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
