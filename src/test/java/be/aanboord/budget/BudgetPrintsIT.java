package be.aanboord.budget;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import be.aanboord.IntegrationTest;
import be.aanboord.SignedIn;
import be.aanboord.PdfInspection;
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

import static be.aanboord.PdfInspection.GLYPHS;
import static be.aanboord.PdfInspection.REFUSED_BY_XML;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The PDF and the spreadsheet of the budget advice whatever the database holds, with
 * typed cells in the spreadsheet.
 */
@IntegrationTest
class BudgetPrintsIT {

	private static final String ADVICE = "/budget/2019-2020";

	@Autowired
	SignedIn signedIn;

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

	@Test
	void thePdfOpensWithACoverWithTheDecisionThenTheLinesAndTheCharts() throws Exception {
		PdfInspection sent = pdf("/budget/2019-2020/advies.pdf");
		String cover = sent.pageText(1);
		assertThat(cover).contains("Budgetadvies 2019-2020", "Beslissing", "Schooljaar 2019-2020",
				"Envelop € 80.390,00", "Totaal beslist nog niet beslist", "Datum van de beslissing nog niet beslist",
				"Stand van de beslissing Advies verstuurd", "De stad heeft voor dit schooljaar nog niet beslist.");
		assertThat(cover).as("the cover holds only the decision").doesNotContain("Motivatie van het advies");
		String text = sent.text();
		assertThat(text).contains("Budgetlijnen per project")
			.contains("Ris+K basisonderwijs € 18.140,00 € 3.890,00 € 2.590,00 € 1.300,00 € 25.920,00")
			.contains("Bedragen per project over de jaren")
			.contains("Bedragen van Ris+K basisonderwijs over de jaren");
		assertThat(fillColours(sent)).as("bars of every series drawn as vector graphics")
			.contains("0.361 0.388 0.416", "0.102 0.333 0.639", "0.612 0.29 0.0");
		assertThat(sent.pages()).isBetween(3, 8);
		assertNoHeadingEndsAPage(sent);

		PdfInspection decided = pdf("/budget/2024-2025/advies.pdf");
		assertThat(decided.pageText(1)).contains("Datum van de beslissing 30/06/2024")
			.contains("De stad besliste op 30/06/2024: samen € 96.320,00, binnen de envelop van € 96.500,00.")
			.contains("Stand van de beslissing Beslissing van de stad");
		assertThat(fillColours(decided)).contains("0.043 0.431 0.31");
		assertNoHeadingEndsAPage(decided);
	}

	private PdfInspection pdf(String path) throws Exception {
		MockHttpServletResponse response = download("stad", path);
		assertThat(response.getStatus()).isEqualTo(200);
		return new PdfInspection(response.getContentAsByteArray());
	}

	/** A section's heading is never the last thing on a page: it stays with its table. */
	private static void assertNoHeadingEndsAPage(PdfInspection pdf) throws Exception {
		for (int page = 1; page <= pdf.pages(); page++) {
			String text = pdf.pageText(page).strip();
			for (String heading : List.of("Per project", "Budgetlijnen per project", "Vergelijking met eerdere jaren",
					"Verloop van de besluitvorming", "Bedragen per project over de jaren")) {
				assertThat(text).as("page %s ends with its heading", page).doesNotEndWith(heading);
			}
		}
	}

	/** The colours (RGB, three decimals) that shapes are filled with on every page. */
	private static java.util.Set<String> fillColours(PdfInspection pdf) throws Exception {
		java.util.Set<String> colours = new java.util.TreeSet<>();
		try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.bytes())) {
			for (org.apache.pdfbox.pdmodel.PDPage page : document.getPages()) {
				new FillColours(page, colours).processPage(page);
			}
		}
		return colours;
	}

	private static final class FillColours extends org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine {

		private final java.util.Set<String> colours;

		FillColours(org.apache.pdfbox.pdmodel.PDPage page, java.util.Set<String> colours) {
			super(page);
			this.colours = colours;
		}

		@Override
		public void fillPath(int windingRule) throws java.io.IOException {
			float[] rgb = getGraphicsState().getNonStrokingColor().getComponents();
			if (rgb.length == 3) {
				this.colours.add(round(rgb[0]) + " " + round(rgb[1]) + " " + round(rgb[2]));
			}
		}

		private static String round(float value) {
			return new java.math.BigDecimal(value).setScale(3, java.math.RoundingMode.HALF_UP)
				.stripTrailingZeros()
				.toPlainString()
				.replaceAll("^0$", "0.0");
		}

		@Override
		public void appendRectangle(java.awt.geom.Point2D p0, java.awt.geom.Point2D p1, java.awt.geom.Point2D p2,
				java.awt.geom.Point2D p3) {
		}

		@Override
		public void drawImage(org.apache.pdfbox.pdmodel.graphics.image.PDImage image) {
		}

		@Override
		public void clip(int windingRule) {
		}

		@Override
		public void moveTo(float x, float y) {
		}

		@Override
		public void lineTo(float x, float y) {
		}

		@Override
		public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
		}

		@Override
		public java.awt.geom.Point2D getCurrentPoint() {
			return new java.awt.geom.Point2D.Float();
		}

		@Override
		public void closePath() {
		}

		@Override
		public void endPath() {
		}

		@Override
		public void strokePath() {
		}

		@Override
		public void fillAndStrokePath(int windingRule) throws java.io.IOException {
			fillPath(windingRule);
		}

		@Override
		public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) {
		}

	}

	private MockHttpServletResponse download(String username, String path) throws Exception {
		return this.signedIn.as(username, get(path));
	}

}
