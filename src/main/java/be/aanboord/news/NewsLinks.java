package be.aanboord.news;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import be.aanboord.agenda.ActivityLinks;
import be.aanboord.toolbox.FicheLinks;

import org.springframework.stereotype.Component;

/**
 * What a news item links to, resolved through the other modules' public query types:
 * published fiches ({@link FicheLinks}), public activities ({@link ActivityLinks}) and
 * published help offers. Links to something no longer public are left out of the page.
 */
@Component
class NewsLinks {

	/** How many fiches and activities the editor's form offers to choose from. */
	static final int CHOICES = 300;

	/** A linked item: its address and its title. */
	record Link(String url, String title) {
	}

	/** Everything an item links to, ready for its page. */
	record Linked(List<Link> fiches, List<Link> activities, List<Link> offers) {

		public boolean isEmpty() {
			return this.fiches.isEmpty() && this.activities.isEmpty() && this.offers.isEmpty();
		}

	}

	private final FicheLinks fiches;

	private final ActivityLinks activities;

	private final HelpOffers offers;

	NewsLinks(FicheLinks fiches, ActivityLinks activities, HelpOffers offers) {
		this.fiches = fiches;
		this.activities = activities;
		this.offers = offers;
	}

	Linked of(NewsItem item) {
		return new Linked(
				this.fiches.published(item.getFicheIds())
					.stream()
					.map((f) -> new Link("/toolbox/" + f.slug(), f.title()))
					.toList(),
				this.activities.shown(item.getActivityIds())
					.stream()
					.map((a) -> new Link("/agenda/" + a.slug(), a.title()))
					.toList(),
				this.offers.byIds(item.getOfferIds()));
	}

	/** The ids among these that are published fiches (others are dropped). */
	List<Long> existingFiches(Collection<Long> ids) {
		return this.fiches.published(Set.copyOf(ids)).stream().map(FicheLinks.Link::id).toList();
	}

	/** The ids among these that are public activities (others are dropped). */
	List<Long> existingActivities(Collection<Long> ids) {
		return this.activities.shown(Set.copyOf(ids)).stream().map(ActivityLinks.Link::id).toList();
	}

	List<FicheLinks.Link> ficheChoices() {
		return this.fiches.choices(CHOICES);
	}

	List<ActivityLinks.Link> activityChoices(java.time.Instant from) {
		return this.activities.startingAfter(from, CHOICES);
	}

	/** The offers' addresses, one per line, as the form shows them. */
	String offerLines(Collection<Long> ids) {
		return String.join("\n", this.offers.byIds(ids).stream().map(Link::url).toList());
	}

	/**
	 * The ids of the offers named on the lines (an address {@code /hulp/{slug}}, a full
	 * address or a slug); the lines that name no published offer are returned in
	 * {@code unknown}.
	 */
	Resolved resolveOffers(String lines) {
		Set<Long> ids = new LinkedHashSet<>();
		List<String> unknown = new ArrayList<>();
		for (String line : lines.split("\\R")) {
			String text = line.strip();
			if (text.isEmpty()) {
				continue;
			}
			String slug = text.replaceFirst("^.*?/hulp/", "").replaceAll("[?#].*$", "").replaceAll("/+$", "");
			Optional<Long> id = this.offers.idOf(slug);
			if (id.isPresent()) {
				ids.add(id.get());
			}
			else {
				unknown.add(text);
			}
		}
		return new Resolved(ids, unknown);
	}

	record Resolved(Set<Long> ids, List<String> unknown) {
	}

}
