package be.aanboord.agenda.registration;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Personal links without an account: what a link stands for (a registration, or an e-mail
 * address asking for its data) and until when, signed with HMAC-SHA256 under the
 * configured secret ({@code aanboord.agenda.link-secret}, the same on every instance), so
 * that a link cannot be guessed, altered or extended. Nothing is stored; a link stops
 * working at its expiry.
 */
@Component
class SignedLinks {

	private static final Logger log = LoggerFactory.getLogger(SignedLinks.class);

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private final byte[] secret;

	SignedLinks(@Value("${aanboord.agenda.link-secret:}") String secret) {
		if (secret.isBlank()) {
			log.warn("No aanboord.agenda.link-secret configured: personal links work on this instance until it stops");
			byte[] random = new byte[32];
			new SecureRandom().nextBytes(random);
			this.secret = random;
		}
		else {
			this.secret = secret.getBytes(StandardCharsets.UTF_8);
		}
	}

	/** A token for {@code purpose:subject} valid until the expiry. */
	String sign(String purpose, String subject, Instant expiry) {
		String payload = purpose + ":" + subject + ":" + expiry.getEpochSecond();
		String encoded = ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
		return encoded + "." + ENCODER.encodeToString(mac(payload));
	}

	/**
	 * The subject a token was signed for, if its signature is right, its purpose is the
	 * one asked and it has not expired.
	 */
	Optional<String> verify(String purpose, String token, Instant now) {
		if (token == null || token.length() > 1000) {
			return Optional.empty();
		}
		int dot = token.indexOf('.');
		if (dot <= 0) {
			return Optional.empty();
		}
		try {
			String payload = new String(DECODER.decode(token.substring(0, dot)), StandardCharsets.UTF_8);
			byte[] signature = DECODER.decode(token.substring(dot + 1));
			if (!MessageDigest.isEqual(mac(payload), signature)) {
				return Optional.empty();
			}
			int first = payload.indexOf(':');
			int last = payload.lastIndexOf(':');
			if (first < 0 || last <= first || !payload.substring(0, first).equals(purpose)) {
				return Optional.empty();
			}
			long expiry = Long.parseLong(payload.substring(last + 1));
			if (now.getEpochSecond() > expiry) {
				return Optional.empty();
			}
			return Optional.of(payload.substring(first + 1, last));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private byte[] mac(String payload) {
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
