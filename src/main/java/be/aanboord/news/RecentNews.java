package be.aanboord.news;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import be.aanboord.system.SafeMarkdown;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published news items as the newsletter uses them: those published since a moment (to
 * propose for an issue), and chosen ones by id.
 */
@Component
public class RecentNews {

	/**
	 * A published item: its address {@code /nieuws/{slug}}, title, date and body as
	 * sanitised HTML.
	 */
	public record Item(long id, String slug, String title, LocalDate date, String bodyHtml) {
	}

	private final NewsItemRepository items;

	RecentNews(NewsItemRepository items) {
		this.items = items;
	}

	/** Items first published after the instant (or all, when null), newest first. */
	@Transactional(readOnly = true)
	public List<Item> publishedSince(Instant since) {
		return this.items.findPublishedAfter((since != null) ? since : Instant.EPOCH)
			.stream()
			.map(RecentNews::item)
			.toList();
	}

	/** The published ones among these items, newest first. */
	@Transactional(readOnly = true)
	public List<Item> published(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.items.findPublishedByIds(ids).stream().map(RecentNews::item).toList();
	}

	private static Item item(NewsItem item) {
		return new Item(item.getId(), item.getSlug(), item.getTitle(), item.getDate(),
				SafeMarkdown.toSafeHtml(item.getBody()));
	}

}
