package be.aanboord.news;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import be.aanboord.help.HelpDirectory;
import be.aanboord.help.OfferSummary;

import org.springframework.stereotype.Component;

/**
 * The help offers a news item links to, through the help module's read-only
 * {@link HelpDirectory}: links to their pages {@code /hulp/{slug}}, published offers
 * only.
 */
@Component
class HelpOffers {

	private final HelpDirectory directory;

	HelpOffers(HelpDirectory directory) {
		this.directory = directory;
	}

	/** The published ones among these offers, in the directory's order. */
	List<NewsLinks.Link> byIds(Collection<Long> ids) {
		return this.directory.byIds(ids)
			.stream()
			.map((o) -> new NewsLinks.Link("/hulp/" + o.slug(), o.name()))
			.toList();
	}

	/** The id of the published offer with this slug. */
	Optional<Long> idOf(String slug) {
		return this.directory.bySlug(slug).map(OfferSummary::id);
	}

}
