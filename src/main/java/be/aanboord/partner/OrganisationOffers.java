package be.aanboord.partner;

import java.util.List;
import java.util.Map;

/**
 * The help offers of the partner organisations, for the partner directory: implemented by
 * the module that keeps the offers (this module does not depend on it).
 */
public interface OrganisationOffers {

	/** The published offers per organisation id, each list by name. */
	Map<Long, List<OfferLink>> byOrganisation();

	/** An offer as the directory links to it: its page is {@code /hulp/{slug}}. */
	record OfferLink(String slug, String name) {

		/** The address of the offer's page. */
		public String url() {
			return "/hulp/" + this.slug;
		}

	}

}
