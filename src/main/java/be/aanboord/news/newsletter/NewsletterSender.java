package be.aanboord.news.newsletter;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Mails the issues that are SENDING to the confirmed subscribers, in batches of
 * {@code aanboord.newsletter.batch-size} (default 50), at most
 * {@code aanboord.newsletter.batches-per-run} batches a run; the job runs every
 * {@code aanboord.newsletter.send-interval} once across instances (ShedLock), and once
 * right after an editor starts sending.
 * <p>
 * <b>Never twice.</b> Every batch is first claimed in the database: one statement,
 * committed on its own, inserts a row in {@code newsletter_delivery} per (issue,
 * subscriber) for confirmed subscribers that have none yet, skipping subscribers another
 * runner is claiming at that moment; the primary key makes a second row impossible. Only
 * then are the mails sent, and each row is marked sent (or failed). The state is all in
 * the database, so a run after a crash or on another instance continues where the last
 * one stopped.
 * <p>
 * <b>At most once.</b> When the process dies after a claim and before the mail server
 * took a mail, that subscriber does not get this issue: claimed rows are never retried (a
 * row with neither {@code sent_at} nor {@code failed} shows it). A mail the server
 * refused is marked failed and not retried either. The issue is SENT once no confirmed
 * subscriber is left without a row.
 */
@Component
class NewsletterSender {

	private static final Logger log = LoggerFactory.getLogger(NewsletterSender.class);

	private final JdbcTemplate jdbc;

	private final NewsletterMail mail;

	private final NewsletterTokens tokens;

	private final int batchSize;

	private final int batchesPerRun;

	NewsletterSender(JdbcTemplate jdbc, NewsletterMail mail, NewsletterTokens tokens,
			@Value("${aanboord.newsletter.batch-size:50}") int batchSize,
			@Value("${aanboord.newsletter.batches-per-run:20}") int batchesPerRun) {
		this.jdbc = jdbc;
		this.mail = mail;
		this.tokens = tokens;
		this.batchSize = batchSize;
		this.batchesPerRun = batchesPerRun;
	}

	@Scheduled(fixedDelayString = "${aanboord.newsletter.send-interval:PT1M}",
			initialDelayString = "${aanboord.newsletter.send-interval:PT1M}")
	@SchedulerLock(name = "newsletter-send")
	public void run() {
		sendPending();
	}

	/** Sends batches of every issue that is SENDING; returns how many mails were sent. */
	int sendPending() {
		int sent = 0;
		for (Long issueId : this.jdbc
			.queryForList("select id from newsletter_issue where status = 'SENDING' order by id", Long.class)) {
			for (int batch = 0; batch < this.batchesPerRun; batch++) {
				int claimed = sendBatch(issueId);
				sent += claimed;
				if (claimed == 0) {
					complete(issueId);
					break;
				}
			}
		}
		return sent;
	}

	/**
	 * Claims and mails one batch of the issue; returns how many subscribers it claimed.
	 */
	int sendBatch(long issueId) {
		List<Long> claimed = this.jdbc.queryForList(
				"""
						with batch as (
						    select s.id from newsletter_subscriber s
						    where s.confirmed_at is not null
						      and exists (select 1 from newsletter_issue i where i.id = ? and i.status = 'SENDING')
						      and not exists (select 1 from newsletter_delivery d where d.issue_id = ? and d.subscriber_id = s.id)
						    order by s.id limit ?
						    for update of s skip locked)
						insert into newsletter_delivery (issue_id, subscriber_id, claimed_at)
						select ?, id, now() from batch
						on conflict do nothing
						returning subscriber_id""",
				Long.class, issueId, issueId, this.batchSize, issueId);
		if (claimed.isEmpty()) {
			return 0;
		}
		Map<String, Object> issue = this.jdbc
			.queryForMap("select subject, body_html, body_text from newsletter_issue where id = ?", issueId);
		List<Recipient> recipients = this.jdbc.query(
				"select id, email, confirmed_at from newsletter_subscriber where id = any(?) order by id",
				(rs, row) -> new Recipient(rs.getLong(1), rs.getString(2), rs.getTimestamp(3)),
				(Object) claimed.toArray(Long[]::new));
		for (Recipient recipient : recipients) {
			boolean ok = this.mail.issue(recipient.email(), (String) issue.get("subject"),
					(String) issue.get("body_html"), (String) issue.get("body_text"),
					this.tokens.unsubscribeToken(recipient.id(), recipient.confirmedAt().toInstant()));
			this.jdbc.update(
					ok ? "update newsletter_delivery set sent_at = now() where issue_id = ? and subscriber_id = ?"
							: "update newsletter_delivery set failed = true where issue_id = ? and subscriber_id = ?",
					issueId, recipient.id());
		}
		return claimed.size();
	}

	/**
	 * Marks the issue SENT when no confirmed subscriber is left without a delivery row.
	 */
	boolean complete(long issueId) {
		int updated = this.jdbc.update("""
				update newsletter_issue i set status = 'SENT', sent_at = now(), version = version + 1
				where i.id = ? and i.status = 'SENDING'
				  and not exists (select 1 from newsletter_subscriber s
				                  where s.confirmed_at is not null
				                    and not exists (select 1 from newsletter_delivery d
				                                    where d.issue_id = i.id and d.subscriber_id = s.id))""", issueId);
		if (updated == 1) {
			log.info("Newsletter issue {} sent", issueId);
		}
		return updated == 1;
	}

	private record Recipient(long id, String email, Timestamp confirmedAt) {
	}

}
