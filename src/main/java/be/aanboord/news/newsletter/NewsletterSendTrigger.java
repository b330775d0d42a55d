package be.aanboord.news.newsletter;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Starts the sender once right after an editor's send is committed, outside the request
 * (through the sender's lock, so never beside a scheduled run).
 */
@Component
class NewsletterSendTrigger {

	private final NewsletterSender sender;

	NewsletterSendTrigger(NewsletterSender sender) {
		this.sender = sender;
	}

	@Async
	@TransactionalEventListener
	void on(IssueSendingStarted started) {
		this.sender.run();
	}

}
