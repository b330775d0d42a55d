package be.aanboord.system;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import be.aanboord.IntegrationTest;
import be.aanboord.account.TestAccounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Every paginated list, with page numbers that do not exist: a negative one shows the
 * first page, one past the last (up to the largest int, whose offset would overflow)
 * shows the last page with its rows, one that is not a number is the Dutch 400 page.
 */
@IntegrationTest
class PagesIT {

	private static final Pattern POSITION = Pattern.compile("Pagina (\\d+) van (\\d+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	/** User, list, the parameter of its page number, the rows shown (CSS). */
	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			beheerder   | /trajecten?schooljaar=alle&         | pagina | table tbody tr
			coordinator | /trajecten?schooljaar=alle&         | pagina | table tbody tr
			-           | /toolbox?                           | pagina | ol.fiche-results li
			-           | /toolbox?q=klas&                    | pagina | ol.fiche-results li
			-           | /partners?                          | pagina | section li
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
			MockHttpServletResponse response = get(who, list + parameter + "=" + number);
			assertThat(response.getStatus()).as("%s%s=%s", list, parameter, number).isEqualTo(200);
			Document page = Jsoup.parse(response.getContentAsString());
			Matcher position = POSITION.matcher(page.text());
			if (position.find()) {
				String shown = number.startsWith("-") ? "1" : position.group(2);
				assertThat(position.group(1)).as("page shown for %s", number).isEqualTo(shown);
			}
			if (!"-".equals(rows)) {
				assertThat(page.select(rows)).as("rows of %s%s=%s", list, parameter, number).isNotEmpty();
			}
		}
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			beheerder   | /trajecten?pagina=abc
			beheerder   | /trajecten?pagina=1.5
			-           | /toolbox?pagina=abc
			-           | /partners?pagina=99999999999
			coordinator | /scholen?pagina=x
			beheerder   | /beheer/gebruikers?pagina=%27
			redactie    | /toolbox/redactie?nazien=een
			""")
	void aPageNumberThatIsNoNumberIsABadRequest(String who, String address) throws Exception {
		assertThat(get(who, address).getStatus()).as(address).isEqualTo(400);
	}

	private MockHttpServletResponse get(String who, String address) throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(address);
		if (!"-".equals(who)) {
			request.with(user(this.accounts.signedIn(who)));
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

}
