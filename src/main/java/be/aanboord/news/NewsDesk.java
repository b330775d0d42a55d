package be.aanboord.news;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Year;
import java.util.Locale;
import java.util.Set;

import be.aanboord.system.EditConflict;
import be.aanboord.system.NotFoundException;
import be.aanboord.system.PublicPageCache;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editors' work on news items: write, publish, withdraw. Every change to a published
 * item (and every publication or withdrawal) tells the public pages
 * ({@link PublicPageCache#contentChanged()}), also after the commit.
 */
@Service
public class NewsDesk {

	/** First path segments under {@code /nieuws/} that are not news items. */
	static final Set<String> RESERVED_SLUGS = Set.of("beheer", "feed", "feed-atom");

	private final NewsItemRepository items;

	private final PublicPageCache publicPages;

	private final Clock clock;

	private final NewsLinks links;

	NewsDesk(NewsItemRepository items, NewsLinks links, PublicPageCache publicPages, Clock clock) {
		this.items = items;
		this.links = links;
		this.publicPages = publicPages;
		this.clock = clock;
	}

	/** Creates a draft; returns its id. */
	@Transactional
	public long create(NewsForm form, Set<Long> offerIds) {
		NewsItem item = new NewsItem(newSlug(form.getTitle().strip(), form.getDate().getYear()), this.clock.instant());
		apply(item, form, offerIds);
		return this.items.save(item).getId();
	}

	/** Saves the form onto the item, unless someone else saved it meanwhile. */
	@Transactional
	public void update(long id, NewsForm form, Set<Long> offerIds) {
		NewsItem item = find(id);
		EditConflict.check("news item " + id, form.getVersion(), item.getVersion());
		apply(item, form, offerIds);
		if (item.isPublished()) {
			this.publicPages.contentChanged();
		}
	}

	@Transactional
	public void publish(long id) {
		find(id).publish(this.clock.instant());
		this.publicPages.contentChanged();
	}

	@Transactional
	public void unpublish(long id) {
		find(id).unpublish(this.clock.instant());
		this.publicPages.contentChanged();
	}

	NewsItem find(long id) {
		return this.items.findWithLinksById(id).orElseThrow(() -> new NotFoundException("news item " + id));
	}

	private void apply(NewsItem item, NewsForm form, Set<Long> offerIds) {
		item.write(form.getTitle().strip(), form.getDate(), form.getBody(), this.clock.instant());
		item.link(this.links.existingFiches(form.getFicheIds()), this.links.existingActivities(form.getActivityIds()),
				offerIds);
	}

	/** {@code een-nieuw-leerlabo-2026}, numbered when taken. */
	private String newSlug(String title, int year) {
		String base = slugOf(title);
		String suffix = String.valueOf(Year.of(year).getValue());
		if (!base.endsWith(suffix)) {
			base = base.isEmpty() ? suffix : base + "-" + suffix;
		}
		String slug = base;
		for (int n = 2; this.items.existsBySlug(slug) || RESERVED_SLUGS.contains(slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

	static String slugOf(String title) {
		String plain = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (slug.length() > 100) {
			slug = slug.substring(0, 100).replaceAll("-+$", "");
		}
		return slug;
	}

}
