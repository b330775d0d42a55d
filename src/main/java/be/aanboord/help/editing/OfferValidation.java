package be.aanboord.help.editing;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;

import be.aanboord.help.Municipalities;
import be.aanboord.partner.Organisations;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * The checks of an offer's form beyond its annotations, each with a Dutch message next to
 * its field: ages from ≤ to; a slug of lowercase letters, digits and hyphens that is none
 * of the directory's own sections and no other offer's; a website that is an http(s)
 * address; municipalities from the list (or Flanders-wide), and a partner organisation
 * that exists.
 */
@Component
class OfferValidation {

	/** First segments under {@code /hulp/} that are routes, never an offer's slug. */
	static final Set<String> RESERVED_SLUGS = Set.of("beheer", "kaart", "niveaus", "correctie");

	private static final String SLUG = "[a-z0-9]+(?:-[a-z0-9]+)*";

	private final Municipalities municipalities;

	private final Organisations organisations;

	private final JdbcClient jdbc;

	OfferValidation(Municipalities municipalities, Organisations organisations, JdbcClient jdbc) {
		this.municipalities = municipalities;
		this.organisations = organisations;
		this.jdbc = jdbc;
	}

	/**
	 * Adds the errors of the form to the result.
	 * @param offerId the offer edited, or null for a new one
	 */
	void check(OfferForm form, BindingResult result, Long offerId) {
		if (form.getAgeFrom() != null && form.getAgeTo() != null && form.getAgeFrom() > form.getAgeTo()
				&& !result.hasFieldErrors("ageTo")) {
			result.rejectValue("ageTo", "help.editing.error.ages");
		}
		if (!result.hasFieldErrors("slug") && !result.hasFieldErrors("name")) {
			String slug = form.slugToSave();
			if (!slug.matches(SLUG) || slug.length() > 120) {
				result.rejectValue("slug", "help.editing.error.slugFormat");
			}
			else if (RESERVED_SLUGS.contains(slug)) {
				result.rejectValue("slug", "help.editing.error.slugReserved");
			}
			else if (slugTaken(slug, offerId)) {
				result.rejectValue("slug", "help.editing.error.slugTaken");
			}
		}
		if (!result.hasFieldErrors("website") && form.websiteToSave() != null && !isWebAddress(form.websiteToSave())) {
			result.rejectValue("website", "help.editing.error.website");
		}
		if (!form.isFlandersWide()) {
			if (form.municipalitiesToSave().isEmpty()) {
				result.rejectValue("municipalityCodes", "help.editing.error.region");
			}
			else if (form.municipalitiesToSave()
				.stream()
				.anyMatch((code) -> code.length() > 40 || this.municipalities.byCode(code).isEmpty())) {
				result.rejectValue("municipalityCodes", "help.editing.error.municipality");
			}
		}
		if (form.getOrganisationId() != null && this.organisations.find(form.getOrganisationId()).isEmpty()) {
			result.rejectValue("organisationId", "help.editing.error.organisation");
		}
	}

	/** Whether another offer than this one has the slug. */
	boolean slugTaken(String slug, Long offerId) {
		return this.jdbc.sql("select count(*) from help_offer where slug = ? and id <> ?")
			.params(slug, (offerId != null) ? offerId : -1L)
			.query(Long.class)
			.single() > 0;
	}

	static boolean isWebAddress(String address) {
		if (address.length() > 300 || address.chars().anyMatch(Character::isWhitespace)) {
			return false;
		}
		try {
			URI uri = new URI(address);
			String host = uri.getHost();
			return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
					&& host != null && host.contains(".") && !host.startsWith(".") && !host.endsWith(".");
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

}
