package be.aanboord.budget;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import be.aanboord.IntegrationTest;
import be.aanboord.PdfInspection;
import be.aanboord.account.TestAccounts;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static be.aanboord.PdfInspection.GLYPHS;
import static be.aanboord.PdfInspection.REFUSED_BY_XML;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The PDF and the spreadsheet of the budget advice whatever the database holds, with
 * typed cells in the spreadsheet.
 */
@IntegrationTest
class BudgetPrintsIT {

	private static final String ADVICE = "/budget/2019-2020";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	BudgetFixture fixture;

	@Autowired
	JdbcClient jdbc;

	private Map<String, Object> original;

	@BeforeEach
	void remember() {
		this.fixture.adviceSent2019();
		this.original = this.jdbc
			.sql("select id, advice_conditions from funding_request where school_year = 2019 order by id limit 1")
			.query()
			.singleRow();
	}

	@AfterEach
	void restore() {
		this.jdbc.sql("update funding_request set advice_conditions = ? where id = ?")
			.params(this.original.get("advice_conditions"), this.original.get("id"))
			.update();
	}

	@Test
	void conditionsWithCharactersXmlRefusesAndOtherScriptsPrintAndExport() throws Exception {
		this.jdbc.sql("update funding_request set advice_conditions = ? where id = ?")
			.params("Voorwaarde" + REFUSED_BY_XML + " " + GLYPHS + " " + PdfInspection.ARABIC, this.original.get("id"))
			.update();
		MockHttpServletResponse response = download("stad", ADVICE + "/advies.pdf");
		assertThat(response.getStatus()).isEqualTo(200);
		PdfInspection pdf = new PdfInspection(response.getContentAsByteArray());
		String text = pdf.text();
		assertThat(text).contains("Voorwaarde " + GLYPHS, "Budgetadvies 2019-2020");
		assertThat(PdfInspection.holdsArabic(text)).as(text).isTrue();
		assertThat(pdf.fonts()).isNotEmpty().allMatch((font) -> font.contains("DejaVuSans"));
		assertThat(pdf.embeddedFonts()).isEqualTo(pdf.fonts());

		MockHttpServletResponse sheet = download("beheerder", ADVICE + "/advies.xlsx");
		assertThat(sheet.getStatus()).isEqualTo(200);
		try (ReadableWorkbook workbook = new ReadableWorkbook(
				new ByteArrayInputStream(sheet.getContentAsByteArray()))) {
			assertThat(workbook.getFirstSheet()
				.read()
				.stream()
				.flatMap(Row::stream)
				.filter(java.util.Objects::nonNull)
				.map(Cell::getText)).contains("Voorwaarde " + GLYPHS + " " + PdfInspection.ARABIC);
		}
	}

	@Test
	void theSpreadsheetHasMoneyCellsInEuroAndDateCells() throws Exception {
		LocalDate sent = this.jdbc.sql("select advice_sent_on from budget_year where school_year = 2019")
			.query(LocalDate.class)
			.single();
		MockHttpServletResponse response = download("beheerder", ADVICE + "/advies.xlsx");
		try (ReadableWorkbook workbook = new ReadableWorkbook(
				new ByteArrayInputStream(response.getContentAsByteArray()), new ReadingOptions(true, false))) {
			List<Row> rows = workbook.getFirstSheet().read();
			Row total = rows.stream().filter((row) -> "Totaal".equals(row.getCellText(0))).findFirst().orElseThrow();
			Cell requested = total.getCell(1);
			assertThat(requested.getType()).isEqualTo(CellType.NUMBER);
			assertThat(requested.asNumber()).isEqualByComparingTo("86820.00");
			assertThat(requested.getDataFormatString()).contains("€").contains("#,##0.00");
			Row adviceSent = rows.stream()
				.filter((row) -> "Advies verstuurd".equals(row.getCellText(0)) && row.getCellCount() > 1
						&& row.getCell(1) != null && row.getCell(1).getType() == CellType.NUMBER)
				.findFirst()
				.orElseThrow();
			assertThat(adviceSent.getCell(1).getDataFormatString()).isEqualTo("dd/mm/yyyy");
			assertThat(adviceSent.getCell(1).asDate().toLocalDate()).isEqualTo(sent);
		}
	}

	@Test
	void thePrintWritesAmountsTheWayOfItsLanguage() throws Exception {
		String dutch = new PdfInspection(download("stad", ADVICE + "/advies.pdf").getContentAsByteArray()).text();
		assertThat(dutch).containsPattern("€ \\d{1,3}(\\.\\d{3})+,\\d\\d")
			.doesNotContainPattern("€ \\d{1,3}(,\\d{3})+\\.\\d\\d");
		String english = new PdfInspection(download("stad", ADVICE + "/advies.pdf?lang=en").getContentAsByteArray())
			.text();
		assertThat(english).containsPattern("€ \\d{1,3}(,\\d{3})+\\.\\d\\d");
	}

	private MockHttpServletResponse download(String username, String path) throws Exception {
		return this.mvc.perform(get(path).with(user(this.accounts.signedIn(username)))).andReturn().getResponse();
	}

}
