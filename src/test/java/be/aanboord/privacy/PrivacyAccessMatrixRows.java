package be.aanboord.privacy;

import java.util.Map;

import be.aanboord.account.AccessMatrixRows;
import be.aanboord.account.Who;

import org.springframework.stereotype.Component;

import static java.util.Map.entry;

/** The privacy notice for everyone; the register of processing for the administrator. */
@Component
class PrivacyAccessMatrixRows implements AccessMatrixRows {

	@Override
	public Map<String, Row> rows() {
		return Map.ofEntries(entry("GET /privacy", new Row("/privacy", Who.EVERYONE)),
				entry("GET /beheer/privacy", new Row("/beheer/privacy", Who.only(Who.ADMIN))));
	}

}
