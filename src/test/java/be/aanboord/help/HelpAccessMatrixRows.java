package be.aanboord.help;

import java.util.Map;

import be.aanboord.account.AccessMatrixRows;
import be.aanboord.account.Who;

import org.springframework.stereotype.Component;

import static java.util.Map.entry;

/**
 * The public help directory: the list (with a search and filters), the levels of care and
 * an offer's page, for everyone. An archived offer's page is not found for anyone (see
 * HelpPagesIT).
 */
@Component
class HelpAccessMatrixRows implements AccessMatrixRows {

	@Override
	public Map<String, Row> rows() {
		return Map.ofEntries(
				entry("GET /hulp",
						new Row("/hulp?q=spijbelen&zorg=THROUGH_CLB&niveau=SO&gemeente=leuven", Who.EVERYONE)),
				entry("GET /hulp/niveaus", new Row("/hulp/niveaus", Who.EVERYONE)),
				entry("GET /hulp/{slug}", new Row("/hulp/naft-leerrecht-vlaams-brabant-oost", Who.EVERYONE)));
	}

}
