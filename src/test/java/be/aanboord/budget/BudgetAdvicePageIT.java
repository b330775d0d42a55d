package be.aanboord.budget;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import be.aanboord.IntegrationTest;
import be.aanboord.SignedIn;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The budget advice of 2019-2020 as the city reads it: on the page, in the PDF and in the
 * spreadsheet, with figures that reconcile with the database.
 */
@IntegrationTest
class BudgetAdvicePageIT {

	private static final String ADVICE = "/budget/2019-2020";

	@Autowired
	SignedIn signedIn;

	@Autowired
	BudgetFixture fixture;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void adviceSent() {
		this.fixture.adviceSent2019();
	}

	@Test
	void theAdviceOf2019ShowsTheTotalAgainstTheEnvelopeAndSaysTheSplitIsIllustrative() throws Exception {
		Document page = page(ADVICE);
		assertThat(page.title()).startsWith("Budgetadvies 2019-2020");
		assertThat(page.select("main").text()).contains("€ 80.390,00");
		assertThat(page.getElementById("totaal-advised").text()).isEqualTo("€ 80.390,00");
		assertThat(page.getElementById("totaal-requested").text()).isEqualTo("€ 86.820,00");
		assertThat(page.getElementById("budget-stap").text()).isEqualTo("Advies verstuurd");
		assertThat(page.text()).contains("de verdeling hier is illustratief")
			.contains("Meerjarenplanning 2019-2025")
			.contains("Ris+K basisonderwijs")
			.contains("€ 24.000,00")
			.contains("Besproken op het labo – afgerond op 12/05/2019")
			.contains("Advies verstuurd – huidige stap op 02/06/2019");
		assertThat(page.select("a[href='/budget/2019-2020/beslissing']")).isNotEmpty();
		// the advice is sent: the requests above the envelope no longer matter, the
		// advice made its choices
		assertThat(page.text()).doesNotContain("De aanvragen samen overschrijden de envelop");
		assertThat(page.getElementById("totaal-decided").text()).isEqualTo("nog niet beslist");
	}

	@Test
	void theProjectLinesAddUpToTheTotals() throws Exception {
		Document page = page(ADVICE);
		BigDecimal sum = page
			.select("section[aria-labelledby=per-project] > div > table > tbody > tr > td:nth-of-type(2)")
			.stream()
			.map((cell) -> amount(cell.text()))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(sum).isEqualByComparingTo("80390.00");
		assertThat(page.select("section[aria-labelledby=per-project] > div > table > tfoot td").get(1).text())
			.isEqualTo("€ 80.390,00");
	}

	@Test
	void eachProjectHasAChartOverEveryYearOfThePlanWithALegendAndExactFigures() throws Exception {
		Document page = page("/budget/2021-2022");
		var chart = page.select("#project-risk-bao svg.budget-chart").first();
		assertThat(chart).isNotNull();
		// every school year from the first plan (2017-2018) to the end of this one
		// (2025-2026),
		// also 2018-2019 which has no budget, in every series
		assertThat(chart.select("g")).hasSize(9);
		assertThat(chart.select("g > text.chart-label:first-child").eachText()).containsExactly("2017-2018",
				"2018-2019", "2019-2020", "2020-2021", "2021-2022", "2022-2023", "2023-2024", "2024-2025", "2025-2026");
		assertThat(chart.select("text").eachAttr("font-size")).allMatch((size) -> Integer.parseInt(size) >= 12);
		assertThat(chart.select("rect.series-decided").size()).isGreaterThanOrEqualTo(5);
		assertThat(chart.select("rect.series-spent").size()).isGreaterThanOrEqualTo(5);
		assertThat(chart.select("rect title").eachText()).contains("2020-2021 – Beslist: € 24.000,00");
		assertThat(page.select("#project-risk-bao .chart-legend li").eachText()).containsExactly("Gevraagd", "Advies",
				"Beslist", "Besteed");
		var figures = page.select("#project-risk-bao table.chart-table tbody tr");
		assertThat(figures).hasSize(9);
		assertThat(figures.get(1).select("td").eachText()).containsExactly("–", "–", "–", "–");
		assertThat(figures.get(3).select("td").eachText()).containsExactly("€ 25.920,00", "€ 24.000,00", "€ 24.000,00",
				"€ 23.280,00");
		// the city does not read 2025-2026 (requests open): no amounts, a dash
		assertThat(figures.get(8).select("td").eachText()).containsOnly("–");
		assertThat(page.select("section[aria-labelledby=vergelijking] tbody tr")).hasSize(4);
		assertThat(page.select("[style]")).isEmpty();
		assertThat(page.select("script:not([src])")).isEmpty();
	}

	@Test
	void theHistoryIsVisible() throws Exception {
		Document page = page(ADVICE);
		assertThat(page.select("section[aria-labelledby=historiek] table").text()).contains("Bea Beheer (demo)")
			.contains("Besproken op het labo → Advies verstuurd");
		assertThat(page(ADVICE + "/historiek").text()).contains("Aanvragen ingediend → Besproken op het labo");
	}

	@Test
	void thePdfForTheCollegeReconcilesWithTheDatabase() throws Exception {
		MockHttpServletResponse response = this.signedIn.as("stad", get(ADVICE + "/advies.pdf"));
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		assertThat(response.getHeader("Content-Disposition")).contains("budgetadvies-2019-2020.pdf");
		String text;
		try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
			text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
		}
		assertThat(text).contains("Budgetadvies 2019-2020")
			.contains("college van burgemeester en schepenen")
			.contains("Centrum voor Leerzorg");
		for (Map.Entry<String, BigDecimal> advised : advisedByProject().entrySet()) {
			assertThat(text).as("advice of %s", advised.getKey())
				.containsPattern(java.util.regex.Pattern.quote(advised.getKey()) + " € [0-9.,]+ "
						+ java.util.regex.Pattern.quote(new Money().format(advised.getValue())));
		}
		assertThat(text).contains("Totaal € 86.820,00 € 80.390,00").contains("Envelop € 80.390,00");
	}

	@Test
	void theSpreadsheetReconcilesWithTheDatabase() throws Exception {
		MockHttpServletResponse response = this.signedIn.as("beheerder", get(ADVICE + "/advies.xlsx"));
		assertThat(response.getContentType()).startsWith("application/vnd.openxmlformats");
		Map<String, BigDecimal> advised = new TreeMap<>();
		BigDecimal total = null;
		BigDecimal envelope = null;
		try (ReadableWorkbook workbook = new ReadableWorkbook(
				new ByteArrayInputStream(response.getContentAsByteArray()))) {
			Sheet sheet = workbook.getFirstSheet();
			assertThat(sheet.getName()).isEqualTo("Budgetadvies 2019-2020");
			List<Row> rows = sheet.read();
			int header = 0;
			while (!rows.get(header).getCellText(0).equals("Project")) {
				header++;
			}
			assertThat(rows.get(header).getCellText(6)).isEqualTo("Advies van het labo");
			for (Row row : rows.subList(header + 1, rows.size())) {
				String label = row.getCellText(0);
				if (label.equals("Totaal")) {
					total = row.getCell(6).asNumber();
					assertThat(row.getCell(1).asNumber()).isEqualByComparingTo("86820.00");
				}
				else if (label.equals("Envelop")) {
					envelope = row.getCell(1).asNumber();
				}
				else if (total == null && !label.isEmpty()) {
					advised.put(label, row.getCell(6).asNumber());
					BigDecimal lines = row.getCell(2)
						.asNumber()
						.add(row.getCell(3).asNumber())
						.add(row.getCell(4).asNumber())
						.add(row.getCell(5).asNumber());
					assertThat(lines).as("budget lines of %s", label).isEqualByComparingTo(row.getCell(1).asNumber());
				}
			}
		}
		assertThat(total).isEqualByComparingTo("80390.00");
		assertThat(envelope).isEqualByComparingTo("80390.00");
		assertThat(advised).hasSize(6);
		assertThat(advised.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(total);
		assertThat(advised.keySet()).isEqualTo(advisedByProject().keySet());
		advisedByProject().forEach((project, amount) -> assertThat(advised.get(project)).isEqualByComparingTo(amount));
	}

	@Test
	void everyFormOfTheProcessOpens() throws Exception {
		assertThat(page("/budget/2019-2020/beslissing").select("input[name='lines[5].amount']").attr("value"))
			.isEqualTo("4.000,00");
		assertThat(this.signedIn.status("stad", get("/budget/2019-2020/opmerking/naft"))).isEqualTo(200);
		assertThat(this.signedIn.page("beheerder", get("/budget/2019-2020/advies/naft"))
			.select("main p.alert-info")
			.text()).contains("Het advies is al verstuurd");
		assertThat(this.signedIn.status("beheerder", get("/budget/2024-2025/heropenen"))).isEqualTo(200);
		assertThat(this.signedIn.page("coordinator", get("/budget/2024-2025/verslag/risk-bao"))
			.select("main h1 + p")
			.text()).contains("Door de stad beslist bedrag: €");
		assertThat(this.signedIn.status("coordinator", get("/budget/2025-2026/aanvraag/risk-so"))).isEqualTo(200);
		assertThat(page("/budget").select("a[href='/budget/2017-2018']").text()).isEqualTo("Budgetadvies 2017-2018");
		assertThat(page("/budget/2017-2018").getElementById("envelop").text()).isEqualTo("€ 72.000,00");
		assertThat(this.signedIn.status("stad", get("/budget/2015-2016"))).isEqualTo(404);
	}

	@Test
	void aHistoryPagePastTheLastShowsTheLastPage() throws Exception {
		Document first = page(ADVICE + "/historiek");
		for (String past : new String[] { "40", "2147483647" }) {
			Document last = page(ADVICE + "/historiek?pagina=" + past);
			assertThat(last.select("table").text()).as("page %s", past).isEqualTo(first.select("table").text());
		}
	}

	@Test
	void anAddressWhoseSchoolYearIsNoneOrUnknownIsNotFound() throws Exception {
		for (String path : new String[] { "/budget/abc", "/budget/2019-2021", "/budget/2015-2016/historiek",
				"/budget/2099-2100/advies.pdf", "/budget/%20/beslissing" }) {
			assertThat(this.signedIn.status("stad", get(java.net.URI.create(path)))).as(path).isEqualTo(404);
		}
		// any other value that cannot be read stays a bad request
		assertThat(this.signedIn.status("stad", get(ADVICE + "/historiek").param("pagina", "abc"))).isEqualTo(400);
	}

	@Test
	void aHistoryRowWhoseAmountIsNotReadableShowsItsTextAndThePageStillOpens() throws Exception {
		// the history is append-only, so the row stays (as rows written by an import
		// would)
		this.jdbc.sql("""
				insert into budget_change (school_year, changed_at, changed_by, what, old_value, new_value)
				values (2017, now(), 'Import (test)', 'envelope', '1,234.50', '72.000,00')""").update();
		Document page = page("/budget/2017-2018/historiek");
		assertThat(page.select("table tbody tr").first().text()).contains("Import (test)")
			.contains("1,234.50 → € 72.000,00");
	}

	@Test
	void theEnglishPageSaysTheSameFigures() throws Exception {
		Document page = this.signedIn.page("stad", get(ADVICE).param("lang", "en"));
		assertThat(page.select("h1").text()).contains("Budget advice 2019-2020");
		assertThat(page.select("main").text()).contains("€ 80.390,00");
	}

	private Map<String, BigDecimal> advisedByProject() {
		return this.jdbc.sql("""
				select p.name, r.advised from funding_request r join project p on p.id = r.project_id
				where r.school_year = 2019""")
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getBigDecimal(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
	}

	private static BigDecimal amount(String shown) {
		return new BigDecimal(shown.replace("€", "").replace(".", "").replace(",", ".").strip());
	}

	private Document page(String path) throws Exception {
		MockHttpServletResponse response = this.signedIn.as("stad", get(path));
		assertThat(response.getStatus()).as("%s: %s", path, response.getContentAsString()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

}
