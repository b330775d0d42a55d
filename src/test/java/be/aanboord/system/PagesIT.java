package be.aanboord.system;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import be.aanboord.IntegrationTest;
import be.aanboord.SignedIn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every paginated list, with page numbers that do not exist: a negative one shows the
 * first page, one past the last (up to the largest int, whose offset would overflow)
 * shows the last page with its rows, one that is not a number is the Dutch 400 page.
 */
@IntegrationTest
class PagesIT {

	private static final Pattern POSITION = Pattern.compile("Pagina (\\d+) van (\\d+)");

	@Autowired
	SignedIn signedIn;

	/**
	 * User (- for a visitor), list, the parameter of its page number, the rows shown
	 * (CSS, - for none).
	 */
	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			beheerder   | /trajecten?schooljaar=alle&         | pagina | table tbody tr
			coordinator | /trajecten?schooljaar=alle&         | pagina | table tbody tr
			-           | /toolbox?                           | pagina | ol.fiche-results li
			-           | /toolbox?q=klas&                    | pagina | ol.fiche-results li
			-           | /partners?                          | pagina | section li
			-           | /hulp?niveau=SO&                    | pagina | .help-list article
			coordinator | /scholen?                           | pagina | table tbody tr
			beheerder   | /beheer/gebruikers?                 | pagina | table tbody tr
			beheerder   | /beheer/toegangslog?                | pagina | -
			beheerder   | /budget/2019-2020/historiek?        | pagina | -
			partner     | /toolbox/mijn-fiches?               | pagina | -
			redactie    | /toolbox/redactie?                  | pagina | -
			redactie    | /toolbox/redactie?                  | nazien | -
			""")
	void aPageNumberPastTheLastShowsTheLastPageAndANegativeOneTheFirst(String who, String list, String parameter,
			String rows) throws Exception {
		for (String number : new String[] { "2147483647", "1000000", "-1", "-2147483648" }) {
			MockHttpServletResponse response = this.signedIn.as(who, get(list + parameter + "=" + number));
			assertThat(response.getStatus()).as("%s%s=%s", list, parameter, number).isEqualTo(200);
			Document page = Jsoup.parse(response.getContentAsString());
			Matcher position = POSITION.matcher(page.text());
			if (position.find()) {
				String shown = number.startsWith("-") ? "1" : position.group(2);
				assertThat(position.group(1)).as("page shown for %s", number).isEqualTo(shown);
			}
			if (rows != null) {
				assertThat(page.select(rows)).as("rows of %s%s=%s", list, parameter, number).isNotEmpty();
			}
		}
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			beheerder   | /trajecten?pagina=abc
			beheerder   | /trajecten?pagina=1.5
			-           | /toolbox?pagina=abc
			-           | /partners?pagina=99999999999
			-           | /hulp?niveau=SO&pagina=abc
			coordinator | /scholen?pagina=x
			beheerder   | /beheer/gebruikers?pagina=%27
			redactie    | /toolbox/redactie?nazien=een
			""")
	void aPageNumberThatIsNoNumberIsABadRequest(String who, String address) throws Exception {
		assertThat(this.signedIn.status(who, get(address))).as(address).isEqualTo(400);
	}

}
