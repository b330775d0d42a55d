package be.aanboord.news;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** The help offers a news item links to, as links to their pages {@code /hulp/{slug}}. */
@Component
class HelpOffers {

	/** The published ones among these offers. */
	List<NewsLinks.Link> byIds(Collection<Long> ids) {
		return List.of();
	}

	/** The id of the published offer with this slug. */
	Optional<Long> idOf(String slug) {
		return Optional.empty();
	}

}
