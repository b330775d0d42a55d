package be.aanboord.news.newsletter;

import java.util.Map;
import java.util.Set;

import be.aanboord.account.AccessMatrixRows;
import be.aanboord.account.Who;

import org.springframework.stereotype.Component;

import static java.util.Map.entry;

/**
 * Newsletter routes: subscribing, confirming and unsubscribing for anyone (the links
 * carry tokens; forged ones change nothing); composing and sending issues for editors and
 * administrators. POST examples address an issue or a token that does not exist, or send
 * an empty subscription form, so that nothing changes.
 */
@Component
class NewsletterAccessMatrixRows implements AccessMatrixRows {

	private static final Set<Who> EDITORS = Who.only(Who.ADMIN, Who.EDITOR);

	@Override
	public Map<String, Row> rows() {
		String missing = "/nieuwsbrief/beheer/999999999";
		return Map.ofEntries(entry("GET /nieuwsbrief", new Row("/nieuwsbrief", Who.EVERYONE)),
				entry("POST /nieuwsbrief", new Row("/nieuwsbrief", Who.EVERYONE)),
				entry("GET /nieuwsbrief/bevestigen/{token}", new Row("/nieuwsbrief/bevestigen/vervalst", Who.EVERYONE)),
				entry("POST /nieuwsbrief/bevestigen/{token}",
						new Row("/nieuwsbrief/bevestigen/vervalst", Who.EVERYONE)),
				entry("GET /nieuwsbrief/uitschrijven/{token}",
						new Row("/nieuwsbrief/uitschrijven/1.vervalstvervalstvervalst", Who.EVERYONE)),
				entry("POST /nieuwsbrief/uitschrijven/{token}",
						new Row("/nieuwsbrief/uitschrijven/1.vervalstvervalstvervalst", Who.EVERYONE)),
				entry("GET /nieuwsbrief/beheer", new Row("/nieuwsbrief/beheer", EDITORS)),
				entry("GET /nieuwsbrief/beheer/nieuw", new Row("/nieuwsbrief/beheer/nieuw", EDITORS)),
				entry("POST /nieuwsbrief/beheer/nieuw", new Row("/nieuwsbrief/beheer/nieuw", EDITORS)),
				entry("GET /nieuwsbrief/beheer/{id}", new Row(missing, EDITORS)),
				entry("POST /nieuwsbrief/beheer/{id}", new Row(missing, EDITORS)),
				entry("GET /nieuwsbrief/beheer/{id}/voorbeeld", new Row(missing + "/voorbeeld", EDITORS)),
				entry("GET /nieuwsbrief/beheer/{id}/voorbeeld.html", new Row(missing + "/voorbeeld.html", EDITORS)),
				entry("POST /nieuwsbrief/beheer/{id}/versturen", new Row(missing + "/versturen", EDITORS)));
	}

}
