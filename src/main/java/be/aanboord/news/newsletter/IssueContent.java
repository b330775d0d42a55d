package be.aanboord.news.newsletter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import be.aanboord.agenda.ActivityLinks;
import be.aanboord.news.RecentNews;
import be.aanboord.system.Formats;
import be.aanboord.system.SafeMarkdown;
import be.aanboord.toolbox.FicheLinks;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What an issue holds and how it is mailed: the proposals to choose from (news published
 * since the previous issue started sending, fiches published since then or in the last
 * {@value #FIRST_ISSUE_DAYS} days for a first issue, public activities in the next
 * {@value #UPCOMING_DAYS} days), and the chosen items rendered as the mail's HTML
 * (template {@code news/newsletter/mail}) and its plain text, in Dutch, with
 * {@link NewsletterMail#UNSUBSCRIBE_PLACEHOLDER} where each subscriber's own link goes.
 */
@Component
class IssueContent {

	static final int FIRST_ISSUE_DAYS = 90;

	static final int UPCOMING_DAYS = 90;

	private static final int PROPOSED = 50;

	private static final Locale DUTCH = Locale.forLanguageTag("nl-BE");

	/** The items of an issue, as mailed. */
	record Items(List<RecentNews.Item> news, List<FicheLinks.Link> fiches, List<ActivityLinks.Link> activities) {
	}

	/** The HTML and plain text of an issue. */
	record Rendered(String html, String text) {
	}

	private final RecentNews news;

	private final FicheLinks fiches;

	private final ActivityLinks activities;

	private final IssueRepository issues;

	private final ITemplateEngine templates;

	private final MessageSource messages;

	private final Clock clock;

	private final String baseUrl;

	IssueContent(RecentNews news, FicheLinks fiches, ActivityLinks activities, IssueRepository issues,
			ITemplateEngine templates, MessageSource messages, Clock clock,
			@Value("${aanboord.base-url:http://localhost:8080}") String baseUrl) {
		this.news = news;
		this.fiches = fiches;
		this.activities = activities;
		this.issues = issues;
		this.templates = templates;
		this.messages = messages;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/** What an editor can choose from for a new issue. */
	Items proposals() {
		Instant now = this.clock.instant();
		Instant previous = this.issues.lastSendingStart();
		Instant since = (previous != null) ? previous : now.minus(Duration.ofDays(FIRST_ISSUE_DAYS));
		return new Items(this.news.publishedSince(since), this.fiches.publishedSince(since, PROPOSED),
				this.activities.startingAfter(now, PROPOSED)
					.stream()
					.filter((a) -> a.startsAt().isBefore(now.plus(Duration.ofDays(UPCOMING_DAYS))))
					.toList());
	}

	/** The proposals together with what the issue chose already (also older items). */
	Items choices(Issue issue) {
		Items proposed = proposals();
		Items chosen = chosen(issue);
		return new Items(union(proposed.news(), chosen.news(), RecentNews.Item::id),
				union(proposed.fiches(), chosen.fiches(), FicheLinks.Link::id),
				union(proposed.activities(), chosen.activities(), ActivityLinks.Link::id));
	}

	/** The issue's chosen items that are still public. */
	Items chosen(Issue issue) {
		return items(issue.getNewsIds(), issue.getFicheIds(), issue.getActivityIds());
	}

	Items items(Collection<Long> newsIds, Collection<Long> ficheIds, Collection<Long> activityIds) {
		return new Items(this.news.published(newsIds), this.fiches.published(ficheIds),
				this.activities.shown(activityIds));
	}

	/** The mail as it goes out, without a subscriber's own link. */
	Rendered render(String subject, String intro, Items items) {
		Context context = new Context(DUTCH, Map.of("subject", subject, "introHtml", SafeMarkdown.toSafeHtml(intro),
				"items", items, "baseUrl", this.baseUrl, "unsubscribe", NewsletterMail.UNSUBSCRIBE_PLACEHOLDER));
		return new Rendered(this.templates.process("news/newsletter/mail", context), text(subject, intro, items));
	}

	/**
	 * The issue as the editors preview it: rendered now for a draft, as frozen once
	 * sending started; where each subscriber's own link goes, an anchor in the HTML and a
	 * note in the text.
	 */
	Rendered preview(Issue issue) {
		Rendered mail = issue.isDraft() ? render(issue.getSubject(), issue.getIntro(), chosen(issue))
				: new Rendered(issue.getBodyHtml(), issue.getBodyText());
		return new Rendered(mail.html().replace(NewsletterMail.UNSUBSCRIBE_PLACEHOLDER, "#uitschrijven"),
				mail.text().replace(NewsletterMail.UNSUBSCRIBE_PLACEHOLDER, message("newsletter.admin.previewLink")));
	}

	private String text(String subject, String intro, Items items) {
		Formats formats = Formats.of(DUTCH);
		StringBuilder text = new StringBuilder(subject).append("\n\n");
		if (intro != null && !intro.isBlank()) {
			text.append(intro.strip()).append("\n\n");
		}
		if (!items.news().isEmpty()) {
			text.append(message("newsletter.mail.news")).append("\n");
			items.news()
				.forEach((n) -> text.append("- ")
					.append(n.title())
					.append(" (")
					.append(formats.date(n.date()))
					.append(")\n  ")
					.append(this.baseUrl)
					.append("/nieuws/")
					.append(n.slug())
					.append("\n"));
			text.append("\n");
		}
		if (!items.fiches().isEmpty()) {
			text.append(message("newsletter.mail.fiches")).append("\n");
			items.fiches()
				.forEach((f) -> text.append("- ")
					.append(f.title())
					.append("\n  ")
					.append(this.baseUrl)
					.append("/toolbox/")
					.append(f.slug())
					.append("\n"));
			text.append("\n");
		}
		if (!items.activities().isEmpty()) {
			text.append(message("newsletter.mail.activities")).append("\n");
			items.activities()
				.forEach((a) -> text.append("- ")
					.append(formats.dateTime(a.startsAt()))
					.append(" ")
					.append(a.title())
					.append("\n  ")
					.append(this.baseUrl)
					.append("/agenda/")
					.append(a.slug())
					.append("\n"));
			text.append("\n");
		}
		text.append("--\n")
			.append(message("newsletter.mail.why"))
			.append("\n")
			.append(message("newsletter.mail.unsubscribe"))
			.append(": ")
			.append(NewsletterMail.UNSUBSCRIBE_PLACEHOLDER)
			.append("\n");
		return text.toString();
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, DUTCH);
	}

	private static <T> List<T> union(List<T> first, List<T> second, java.util.function.ToLongFunction<T> id) {
		java.util.Map<Long, T> all = new java.util.LinkedHashMap<>();
		first.forEach((item) -> all.put(id.applyAsLong(item), item));
		second.forEach((item) -> all.putIfAbsent(id.applyAsLong(item), item));
		return List.copyOf(all.values());
	}

}
