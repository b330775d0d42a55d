package be.aanboord.news.newsletter;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A newsletter subscriber: an e-mail address, confirmed by the link in a mail (double
 * opt-in). Until then only the SHA-256 of the confirmation token is kept; an unconfirmed
 * request is deleted after {@code aanboord.newsletter.unconfirmed-retention}.
 * Unsubscribing deletes the row.
 */
@Entity
@Table(name = "newsletter_subscriber")
class Subscriber {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String email;

	private byte[] confirmTokenHash;

	private Instant requestedAt;

	private Instant confirmedAt;

	protected Subscriber() {
	}

	Subscriber(String email, byte[] confirmTokenHash, Instant now) {
		this.email = email;
		this.confirmTokenHash = confirmTokenHash;
		this.requestedAt = now;
	}

	/** A new request for an unconfirmed address: a new token, the retention restarts. */
	void renew(byte[] confirmTokenHash, Instant now) {
		this.confirmTokenHash = confirmTokenHash;
		this.requestedAt = now;
	}

	/** Confirms the subscription; the token is used up. */
	void confirm(Instant now) {
		this.confirmTokenHash = null;
		this.confirmedAt = now;
	}

	boolean isConfirmed() {
		return this.confirmedAt != null;
	}

	Long getId() {
		return this.id;
	}

	String getEmail() {
		return this.email;
	}

	Instant getRequestedAt() {
		return this.requestedAt;
	}

	Instant getConfirmedAt() {
		return this.confirmedAt;
	}

}
