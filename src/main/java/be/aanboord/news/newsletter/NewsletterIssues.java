package be.aanboord.news.newsletter;

import java.time.Clock;

import be.aanboord.system.EditConflict;
import be.aanboord.system.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editors' work on issues: compose and change a draft, and send it. Sending freezes
 * the mail (HTML and text) and marks the issue SENDING; after the commit the sender mails
 * the first batches at once ({@link IssueSendingStarted}), and its scheduled job does the
 * rest and anything a crash left.
 */
@Service
class NewsletterIssues {

	private final IssueRepository issues;

	private final IssueContent content;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	NewsletterIssues(IssueRepository issues, IssueContent content, ApplicationEventPublisher events, Clock clock) {
		this.issues = issues;
		this.content = content;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public long create(IssueForm form) {
		Issue issue = new Issue(this.clock.instant());
		write(issue, form);
		return this.issues.save(issue).getId();
	}

	/** Saves the form onto a draft, unless someone else saved it meanwhile. */
	@Transactional
	public void update(long id, IssueForm form) {
		Issue issue = find(id);
		EditConflict.check("issue " + id, form.getVersion(), issue.getVersion());
		write(issue, form);
	}

	/**
	 * Freezes the draft's mail and starts sending it; false when it is no draft (any
	 * more).
	 */
	@Transactional
	public boolean send(long id) {
		if (!freeze(id)) {
			return false;
		}
		this.events.publishEvent(new IssueSendingStarted(id));
		return true;
	}

	/** Freezes the mail and marks the issue SENDING, without starting the sender. */
	@Transactional
	boolean freeze(long id) {
		Issue issue = find(id);
		if (!issue.isDraft()) {
			return false;
		}
		IssueContent.Rendered mail = this.content.render(issue.getSubject(), issue.getIntro(),
				this.content.chosen(issue));
		issue.startSending(mail.html(), mail.text(), this.clock.instant());
		return true;
	}

	/** The issue with its chosen items. */
	@Transactional(readOnly = true)
	public Issue find(long id) {
		return this.issues.findWithItemsById(id).orElseThrow(() -> new NotFoundException("issue " + id));
	}

	/** Writes the form onto the issue, keeping only items that are (still) public. */
	private void write(Issue issue, IssueForm form) {
		IssueContent.Items items = this.content.items(form.getNewsIds(), form.getFicheIds(), form.getActivityIds());
		issue.write(form.getSubject().strip(), form.getIntro(),
				items.news().stream().map(be.aanboord.news.RecentNews.Item::id).toList(),
				items.fiches().stream().map(be.aanboord.toolbox.FicheLinks.Link::id).toList(),
				items.activities().stream().map(be.aanboord.agenda.ActivityLinks.Link::id).toList());
	}

}
