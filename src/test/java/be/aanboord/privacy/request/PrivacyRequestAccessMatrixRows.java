package be.aanboord.privacy.request;

import java.util.Map;
import java.util.Set;

import be.aanboord.account.AccessMatrixRows;
import be.aanboord.account.Who;

import org.springframework.stereotype.Component;

import static java.util.Map.entry;

/**
 * "Mijn gegevens" for every signed-in user, the erasure requests for administrators. The
 * request's POST example carries a reason that is too long, so that allowed users are
 * sent back with a message rather than leaving an open request; the administrators' POSTs
 * address a request that does not exist (404).
 */
@Component
class PrivacyRequestAccessMatrixRows implements AccessMatrixRows {

	private static final Set<Who> ADMIN = Who.only(Who.ADMIN);

	@Override
	public Map<String, Row> rows() {
		String missing = "/beheer/verwijderingsverzoeken/999999999";
		return Map.ofEntries(entry("GET /mijn-account/gegevens", new Row("/mijn-account/gegevens", Who.SIGNED_IN)),
				entry("GET /mijn-account/gegevens.json", new Row("/mijn-account/gegevens.json", Who.SIGNED_IN)),
				entry("GET /mijn-account/gegevens.pdf", new Row("/mijn-account/gegevens.pdf", Who.SIGNED_IN)),
				entry("POST /mijn-account/gegevens/verwijdering",
						new Row("/mijn-account/gegevens/verwijdering?reden=" + "x".repeat(2001), Who.SIGNED_IN)),
				entry("GET /beheer/verwijderingsverzoeken", new Row("/beheer/verwijderingsverzoeken", ADMIN)),
				entry("GET /beheer/verwijderingsverzoeken/{id:[0-9]{1,18}}", new Row(missing, ADMIN)),
				entry("POST /beheer/verwijderingsverzoeken/{id:[0-9]{1,18}}/uitvoeren",
						new Row(missing + "/uitvoeren", ADMIN)),
				entry("POST /beheer/verwijderingsverzoeken/{id:[0-9]{1,18}}/weigeren",
						new Row(missing + "/weigeren", ADMIN)));
	}

}
