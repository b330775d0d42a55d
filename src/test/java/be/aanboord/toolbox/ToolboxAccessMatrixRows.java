package be.aanboord.toolbox;

import java.util.Map;

import be.aanboord.account.AccessMatrixRows;
import be.aanboord.account.Who;

import org.springframework.stereotype.Component;

import static java.util.Map.entry;

/** The toolbox's routes in the access matrix. */
@Component
class ToolboxAccessMatrixRows implements AccessMatrixRows {

	private static final String FICHE = "/toolbox/gepast-reageren-agressiecurve";

	@Override
	public Map<String, Row> rows() {
		return Map.ofEntries(entry("GET /toolbox", new Row("/toolbox?q=ouders", Who.EVERYONE)),
				entry("GET /toolbox/{slug}", new Row(FICHE, Who.EVERYONE)),
				entry("GET /toolbox/{slug}/pdf", new Row(FICHE + "/pdf", Who.EVERYONE)),
				entry("GET /toolbox/{slug}/versies/{number}", new Row(FICHE + "/versies/1", Who.EVERYONE)));
	}

}
