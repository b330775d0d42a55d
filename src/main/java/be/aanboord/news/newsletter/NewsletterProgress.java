package be.aanboord.news.newsletter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts for the editors: subscribers (confirmed, waiting for confirmation) and an
 * issue's deliveries (sent, refused by the mail server, claimed but not sent, still to
 * claim). Never an address.
 */
@Component
class NewsletterProgress {

	/** Confirmed subscribers and requests waiting for their confirmation. */
	record Subscribers(long confirmed, long unconfirmed) {
	}

	/**
	 * An issue's deliveries: {@code unknown} were claimed but neither sent nor refused
	 * (the process stopped in between; not retried), {@code waiting} are confirmed
	 * subscribers without a delivery yet.
	 */
	record Progress(long sent, long failed, long unknown, long waiting) {
	}

	private final JdbcClient jdbc;

	NewsletterProgress(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Subscribers subscribers() {
		return this.jdbc.sql("""
				select count(*) filter (where confirmed_at is not null) as confirmed,
				       count(*) filter (where confirmed_at is null) as unconfirmed
				from newsletter_subscriber""").query(Subscribers.class).single();
	}

	Progress of(long issueId) {
		return this.jdbc.sql("""
				select count(*) filter (where sent_at is not null) as sent,
				       count(*) filter (where failed) as failed,
				       count(*) filter (where sent_at is null and not failed) as unknown,
				       (select count(*) from newsletter_subscriber s where s.confirmed_at is not null
				          and not exists (select 1 from newsletter_delivery x
				                          where x.issue_id = :issue and x.subscriber_id = s.id)) as waiting
				from newsletter_delivery d where d.issue_id = :issue""")
			.param("issue", issueId)
			.query(Progress.class)
			.single();
	}

}
