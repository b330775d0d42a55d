package be.aanboord.help;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import be.aanboord.system.ControlCharacters;

/**
 * A help offer as schema.org {@code Organization} in JSON-LD, with its address and how to
 * reach it. It goes into a {@code <script type="application/ld+json">} data block, which
 * browsers never run (so the Content-Security-Policy does not stop it); {@code <} is
 * written as {@code \u003c} so that no text in it can close the element.
 */
final class OfferJsonLd {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private OfferJsonLd() {
	}

	static String of(HelpOffer offer, String baseUrl) {
		Map<String, Object> organisation = new LinkedHashMap<>();
		organisation.put("@context", "https://schema.org");
		organisation.put("@type", "Organization");
		organisation.put("name", ControlCharacters.strip(offer.getName()));
		organisation.put("url", baseUrl + "/hulp/" + offer.getSlug());
		if (!offer.getSummary().isBlank()) {
			organisation.put("description", ControlCharacters.strip(offer.getSummary()));
		}
		put(organisation, "telephone", offer.getPhone());
		put(organisation, "email", offer.getEmail());
		put(organisation, "sameAs", offer.getWebsite());
		if (offer.getStreet() != null || offer.getCity() != null) {
			Map<String, Object> address = new LinkedHashMap<>();
			address.put("@type", "PostalAddress");
			put(address, "streetAddress", offer.getStreet());
			put(address, "postalCode", offer.getPostalCode());
			put(address, "addressLocality", offer.getCity());
			address.put("addressCountry", "BE");
			organisation.put("address", address);
		}
		return JSON.writeValueAsString(organisation).replace("<", "\\u003c");
	}

	private static void put(Map<String, Object> map, String key, String value) {
		if (value != null && !value.isBlank()) {
			map.put(key, ControlCharacters.strip(value));
		}
	}

}
