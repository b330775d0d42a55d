package be.aanboord.help.card;

import java.util.Map;

import be.aanboord.account.AccessMatrixRows;
import be.aanboord.account.Who;

import org.springframework.stereotype.Component;

import static java.util.Map.entry;

/**
 * The card's routes: the start page and a card under its private link for anyone (the
 * examples use a link that finds no card, so everyone gets the 404 page and nothing
 * changes; the empty start form is refused with its errors); the school's own card for
 * school users only. A new private link needs the form's confirmation, which the example
 * leaves out.
 */
@Component
class HelpCardAccessMatrixRows implements AccessMatrixRows {

	private static final String GUESSED = "/hulp/kaart/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

	@Override
	public Map<String, Row> rows() {
		return Map.ofEntries(entry("GET /hulp/kaart", new Row("/hulp/kaart", Who.EVERYONE)),
				entry("POST /hulp/kaart", new Row("/hulp/kaart", Who.EVERYONE)),
				entry("GET /hulp/kaart/{token}", new Row(GUESSED, Who.EVERYONE)),
				entry("POST /hulp/kaart/{token}", new Row(GUESSED, Who.EVERYONE)),
				entry("GET /hulp/kaart/{token}.pdf", new Row(GUESSED + ".pdf", Who.EVERYONE)),
				entry("GET /hulp/kaart/school", new Row("/hulp/kaart/school", Who.only(Who.SCHOOL))),
				entry("POST /hulp/kaart/school", new Row("/hulp/kaart/school", Who.only(Who.SCHOOL))),
				entry("GET /hulp/kaart/school.pdf", new Row("/hulp/kaart/school.pdf", Who.only(Who.SCHOOL))),
				entry("POST /hulp/kaart/school/link", new Row("/hulp/kaart/school/link", Who.only(Who.SCHOOL))));
	}

}
