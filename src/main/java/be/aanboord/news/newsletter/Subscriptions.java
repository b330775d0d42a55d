package be.aanboord.news.newsletter;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Locale;

import be.aanboord.system.AfterCommit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Subscribing (double opt-in), confirming and unsubscribing. The answers never tell
 * whether an address was subscribed already: a new or unconfirmed address gets a (new)
 * confirmation mail after the commit, a confirmed one nothing. The raw confirmation token
 * lives only in that mail; the database keeps its SHA-256.
 */
@Service
class Subscriptions {

	private final SubscriberRepository subscribers;

	private final NewsletterTokens tokens;

	private final NewsletterMail mail;

	private final Clock clock;

	private final Period unconfirmedRetention;

	Subscriptions(SubscriberRepository subscribers, NewsletterTokens tokens, NewsletterMail mail, Clock clock,
			@Value("${aanboord.newsletter.unconfirmed-retention:P7D}") Period unconfirmedRetention) {
		this.subscribers = subscribers;
		this.tokens = tokens;
		this.mail = mail;
		this.clock = clock;
		this.unconfirmedRetention = unconfirmedRetention;
	}

	/** Asks for a subscription; the confirmation mail goes out after the commit. */
	@Transactional
	public void subscribe(String email) {
		String address = email.strip();
		Instant now = this.clock.instant();
		Subscriber subscriber = this.subscribers.findByEmail(address).orElse(null);
		if (subscriber != null && subscriber.isConfirmed()) {
			return;
		}
		String token = this.tokens.newToken();
		if (subscriber == null) {
			try {
				this.subscribers
					.saveAndFlush(new Subscriber(address.toLowerCase(Locale.ROOT), NewsletterTokens.hash(token), now));
			}
			catch (DataIntegrityViolationException sameAddressAtTheSameMoment) {
				return;
			}
		}
		else {
			subscriber.renew(NewsletterTokens.hash(token), now);
		}
		afterCommit(() -> this.mail.confirmation(address, token));
	}

	/**
	 * Confirms the subscription whose link carries this token, once; false when the token
	 * is unknown, used or expired.
	 */
	@Transactional
	public boolean confirm(String token) {
		if (token == null || token.length() > 100) {
			return false;
		}
		Instant now = this.clock.instant();
		Instant cutOff = ZonedDateTime.now(this.clock).minus(this.unconfirmedRetention).toInstant();
		return this.subscribers.findByConfirmTokenHash(NewsletterTokens.hash(token))
			.filter((subscriber) -> subscriber.getRequestedAt().isAfter(cutOff))
			.map((subscriber) -> {
				subscriber.confirm(now);
				return true;
			})
			.orElse(false);
	}

	/** Whether the token is a subscriber's valid unsubscribe token. */
	@Transactional(readOnly = true)
	public boolean isValidUnsubscribe(String token) {
		return subscriber(token) != null;
	}

	/** Deletes the subscriber the token names; false when there is none (any more). */
	@Transactional
	public boolean unsubscribe(String token) {
		Subscriber subscriber = subscriber(token);
		if (subscriber == null) {
			return false;
		}
		this.subscribers.delete(subscriber);
		return true;
	}

	private Subscriber subscriber(String token) {
		return NewsletterTokens.subscriberId(token)
			.stream()
			.boxed()
			.flatMap((id) -> this.subscribers.findById(id).stream())
			.filter((subscriber) -> this.tokens.matches(token, subscriber))
			.findFirst()
			.orElse(null);
	}

	private static void afterCommit(Runnable action) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			action.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				action.run();
			}
		});
	}

}
