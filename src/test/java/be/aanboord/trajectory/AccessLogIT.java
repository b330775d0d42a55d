package be.aanboord.trajectory;

import java.util.List;

import be.aanboord.IntegrationTest;
import be.aanboord.SignedIn;
import be.aanboord.account.Role;
import be.aanboord.account.TestAccounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The admin's access log: people by display name, roles by label, times in Brussels time,
 * filters by pupil code, user and days in the address, pages, and bad filters refused
 * next to their field.
 */
@IntegrationTest
class AccessLogIT {

	@Autowired
	SignedIn signedIn;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	private String reader;

	private String name;

	private long naft;

	private String code;

	private long bridge;

	@BeforeEach
	void aReaderWithRowsOnTwoTrajectories() {
		this.reader = this.accounts.create(TestAccounts.DEMO_PASSWORD, Role.PARTNER, Role.COORDINATOR);
		this.name = "Lotte Lezer " + this.reader.substring(5);
		this.jdbc.sql("update account set display_name = ? where username = ?").params(this.name, this.reader).update();
		var naftRow = this.jdbc.sql("""
				select t.id, t.pupil_code from trajectory t where t.kind = 'NAFT' order by t.id limit 1""")
			.query()
			.singleRow();
		this.naft = ((Number) naftRow.get("id")).longValue();
		this.code = (String) naftRow.get("pupil_code");
		this.bridge = this.jdbc.sql("select id from trajectory where kind = 'BRIDGE' order by id limit 1")
			.query(Long.class)
			.single();
		// 23:30 UTC on 10 March 2025 is 00:30 on 11 March in Brussels
		row("2025-03-10T23:30:00Z", this.naft, "READ");
		row("2025-03-09T10:00:00Z", this.bridge, "UPDATE");
		row("2025-03-12T10:00:00Z", this.naft, "SESSION_EDIT");
	}

	@Test
	void rowsShowDisplayNamesRoleLabelsAndBrusselsTime() throws Exception {
		List<List<String>> rows = rows("/beheer/toegangslog?gebruiker=" + this.reader);
		assertThat(rows).containsExactly(
				List.of("12/03/2025 11:00", this.name, "Coördinator, Partner", String.valueOf(this.naft), this.code,
						"sessie gecorrigeerd"),
				List.of("11/03/2025 00:30", this.name, "Coördinator, Partner", String.valueOf(this.naft), this.code,
						"ingezien"),
				List.of("09/03/2025 11:00", this.name, "Coördinator, Partner", String.valueOf(this.bridge),
						bridgeCode(), "gewijzigd"));
	}

	@Test
	void eachFilterAloneAndCombined() throws Exception {
		assertThat(rows("/beheer/toegangslog?leerling=" + this.code.toLowerCase())).isNotEmpty()
			.allSatisfy((row) -> assertThat(row.get(4)).isEqualTo(this.code));
		assertThat(rows("/beheer/toegangslog?gebruiker=" + this.reader.substring(5, 10).toUpperCase())).hasSize(3)
			.allSatisfy((row) -> assertThat(row.get(1)).isEqualTo(this.name));
		assertThat(rows("/beheer/toegangslog?van=2025-03-11&tot=2025-03-11"))
			.anySatisfy((row) -> assertThat(row).startsWith("11/03/2025 00:30", this.name))
			.allSatisfy((row) -> assertThat(row.get(0)).startsWith("11/03/2025"));
		assertThat(rows("/beheer/toegangslog?gebruiker=" + this.reader + "&tot=2025-03-10"))
			.extracting((row) -> row.get(0))
			.containsExactly("09/03/2025 11:00");
		assertThat(rows("/beheer/toegangslog?gebruiker=" + this.reader + "&van=2025-03-12"))
			.extracting((row) -> row.get(0))
			.containsExactly("12/03/2025 11:00");
		assertThat(rows("/beheer/toegangslog?gebruiker=" + this.reader + "&leerling=" + this.code
				+ "&van=2025-03-10&tot=2025-03-11"))
			.extracting((row) -> row.get(5))
			.containsExactly("ingezien");
		Document none = page("/beheer/toegangslog?gebruiker=" + this.reader + "&van=2030-01-01");
		assertThat(none.select("main table")).isEmpty();
		assertThat(none.select("#toegangslog-aantal").text()).isEqualTo("Geen rijen");
	}

	@Test
	void theFiltersStayInTheFormAndInThePageLinks() throws Exception {
		for (int i = 0; i < 55; i++) {
			row("2025-04-01T08:00:00Z", this.bridge, "READ");
		}
		Document first = page("/beheer/toegangslog?gebruiker=" + this.reader + "&van=2025-01-01");
		assertThat(first.select("#toegangslog-aantal").text()).isEqualTo("58 rijen");
		assertThat(first.select("main table tbody tr")).hasSize(50);
		assertThat(first.select("input#gebruiker").val()).isEqualTo(this.reader);
		assertThat(first.select("input#van").val()).isEqualTo("2025-01-01");
		assertThat(first.text()).contains("Pagina 1 van 2");
		String next = first.select("nav .pagination a.page-link").last().attr("href");
		assertThat(next).contains("gebruiker=" + this.reader, "van=2025-01-01", "pagina=1");
		Document second = page(next);
		assertThat(second.select("main table tbody tr")).hasSize(8);
		assertThat(second.text()).contains("Pagina 2 van 2");
	}

	@Test
	void badFiltersAreRefusedNextToTheirFieldInDutchWithTheInputKept() throws Exception {
		MockHttpServletResponse response = fetch(
				"/beheer/toegangslog?van=abc&tot=1999-01-01&traject=x&leerling=12-345");
		assertThat(response.getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(response.getContentAsString());
		assertThat(page.select("#van-fout").text()).isEqualTo("Geef een geldige datum.");
		assertThat(page.select("#tot-fout").text()).isEqualTo("Geef een datum tussen 2000 en 2100.");
		assertThat(page.select("#traject-fout").text()).isEqualTo("Geef een trajectnummer (een geheel getal).");
		assertThat(page.select("#leerling-fout").text()).isEqualTo("Geef een leerlingcode zoals N21-7KQ3PX.");
		assertThat(page.select("input#van").val()).isEqualTo("abc");
		assertThat(page.select("input#leerling").val()).isEqualTo("12-345");
		assertThat(page.select("main table")).isEmpty();

		Document reversed = page("/beheer/toegangslog?van=2025-03-12&tot=2025-03-10");
		assertThat(reversed.select("#tot-fout").text()).isEqualTo("Deze datum ligt voor de datum in “Van”.");
		assertThat(page("/beheer/toegangslog?van=2025-13-40").select("#van-fout").text())
			.isEqualTo("Geef een geldige datum.");
	}

	private void row(String at, long trajectory, String action) {
		this.jdbc.sql("""
				insert into trajectory_access_log (at, account_id, username, roles, trajectory_id, action)
				values (cast(? as timestamptz), ?, ?, 'COORDINATOR,PARTNER', ?, ?)""")
			.params(at, this.accounts.idOf(this.reader), this.reader, trajectory, action)
			.update();
	}

	private String bridgeCode() {
		return this.jdbc.sql("select pupil_code from trajectory where id = ?")
			.param(this.bridge)
			.query(String.class)
			.single();
	}

	private List<List<String>> rows(String address) throws Exception {
		Element table = page(address).selectFirst("main table");
		return table.select("tbody tr")
			.stream()
			.map((row) -> row.select("td").stream().map(Element::text).toList())
			.toList();
	}

	private Document page(String address) throws Exception {
		MockHttpServletResponse response = fetch(address);
		assertThat(response.getStatus()).as(address).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	private MockHttpServletResponse fetch(String address) throws Exception {
		return this.signedIn.as("beheerder", get(address));
	}

}
