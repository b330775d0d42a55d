package be.aanboord.trajectory;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import be.aanboord.IntegrationTest;
import be.aanboord.SignedIn;
import be.aanboord.PdfInspection;
import be.aanboord.system.Formats;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The exports of the trajectory list and the annual report's PDF whatever the database
 * holds: a school named like a formula, a negative number, characters XML refuses, other
 * scripts.
 */
@IntegrationTest
class TrajectoryOutputsIT {

	@Autowired
	SignedIn signedIn;

	@Autowired
	JdbcClient jdbc;

	private Map<String, Object> trajectory;

	private String schoolName;

	private String partnerName;

	@BeforeEach
	void remember() {
		this.trajectory = this.jdbc.sql("""
				select t.id, t.school_id, t.partner_id, t.logged_hours, t.start_date from trajectory t
				join project p on p.id = t.project_id
				where p.code = 'RISK_SO' and t.school_year = 2021 and t.partner_id is not null
				and t.start_date is not null order by t.id limit 1""").query().singleRow();
		this.schoolName = this.jdbc.sql("select name from school where id = ?")
			.param(this.trajectory.get("school_id"))
			.query(String.class)
			.single();
		this.partnerName = this.jdbc.sql("select name from organisation where id = ?")
			.param(this.trajectory.get("partner_id"))
			.query(String.class)
			.single();
	}

	@AfterEach
	void restore() {
		this.jdbc.sql("update school set name = ? where id = ?")
			.params(this.schoolName, this.trajectory.get("school_id"))
			.update();
		this.jdbc.sql("update organisation set name = ? where id = ?")
			.params(this.partnerName, this.trajectory.get("partner_id"))
			.update();
		this.jdbc.sql("update trajectory set logged_hours = ? where id = ?")
			.params(this.trajectory.get("logged_hours"), this.trajectory.get("id"))
			.update();
	}

	@Test
	void theCsvExportNeutralisesFormulasAndKeepsNumbersNumbers() throws Exception {
		this.jdbc.sql("update school set name = '=1+1' where id = ?").param(this.trajectory.get("school_id")).update();
		this.jdbc.sql("update organisation set name = '@SUM(A1)' where id = ?")
			.param(this.trajectory.get("partner_id"))
			.update();
		this.jdbc.sql("update trajectory set logged_hours = -1.5 where id = ?")
			.param(this.trajectory.get("id"))
			.update();
		String csv = download("/trajecten/export.csv?schooljaar=2021-2022").getContentAsString();
		List<CSVRecord> records = CSVFormat.DEFAULT.builder()
			.setDelimiter(';')
			.get()
			.parse(new StringReader(csv.substring(1)))
			.getRecords();
		CSVRecord row = records.stream()
			.filter((record) -> record.get(0).equals(this.trajectory.get("id").toString()))
			.findFirst()
			.orElseThrow();
		assertThat(row.get(4)).isEqualTo("'=1+1");
		assertThat(row.get(5)).isEqualTo("'@SUM(A1)");
		assertThat(row.get(12)).isEqualTo("-1,5");
		assertThat(row.get(11)).matches("\\d+(,\\d+)?");
		assertThat(row.get(9)).matches("\\d\\d/\\d\\d/\\d{4}");
		assertThat(records).allSatisfy((record) -> assertThat(record.stream()).noneMatch((cell) -> !cell.isEmpty()
				&& "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !cell.matches("-\\d+(,\\d+)?")));
	}

	@Test
	void theCsvExportWritesDecimalsWithACommaInDutchAndAPointInEnglish() throws Exception {
		this.jdbc.sql("update trajectory set logged_hours = 4.50 where id = ?")
			.param(this.trajectory.get("id"))
			.update();
		CSVRecord dutch = exported("/trajecten/export.csv?schooljaar=2021-2022");
		assertThat(dutch.get(12)).isEqualTo("4,5");
		assertThat(dutch.get(9)).matches("\\d\\d/\\d\\d/\\d{4}")
			.isEqualTo(Formats.of(Locale.forLanguageTag("nl-BE")).date(startDate()));
		CSVRecord english = exported("/trajecten/export.csv?schooljaar=2021-2022&lang=en");
		assertThat(english.get(12)).isEqualTo("4.5");
	}

	private CSVRecord exported(String path) throws Exception {
		String csv = download(path).getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		return CSVFormat.DEFAULT.builder()
			.setDelimiter(';')
			.get()
			.parse(new StringReader(csv.substring(1)))
			.getRecords()
			.stream()
			.filter((record) -> record.get(0).equals(this.trajectory.get("id").toString()))
			.findFirst()
			.orElseThrow();
	}

	private LocalDate startDate() {
		return (this.trajectory.get("start_date") instanceof java.sql.Date d) ? d.toLocalDate()
				: (LocalDate) this.trajectory.get("start_date");
	}

	@Test
	void theXlsxExportHasTextDateAndNumberCellsWhateverTheDatabaseHolds() throws Exception {
		this.jdbc.sql("update school set name = ? where id = ?")
			.params("=1+1" + REFUSED_BY_XML + " " + GLYPHS, this.trajectory.get("school_id"))
			.update();
		MockHttpServletResponse response = download("/trajecten/export.xlsx?schooljaar=2021-2022");
		assertThat(response.getStatus()).isEqualTo(200);
		try (ReadableWorkbook workbook = new ReadableWorkbook(
				new ByteArrayInputStream(response.getContentAsByteArray()), new ReadingOptions(true, false))) {
			Row row = workbook.getFirstSheet()
				.read()
				.stream()
				.filter((r) -> r.getCell(0).getType() == CellType.NUMBER
						&& r.getCell(0).asNumber().longValue() == ((Number) this.trajectory.get("id")).longValue())
				.findFirst()
				.orElseThrow();
			Cell school = row.getCell(4);
			assertThat(school.getType()).isEqualTo(CellType.STRING);
			assertThat(school.asString()).isEqualTo("=1+1 " + GLYPHS);
			Cell start = row.getCell(9);
			assertThat(start.getType()).isEqualTo(CellType.NUMBER);
			assertThat(start.getDataFormatString()).isEqualTo("dd/mm/yyyy");
			assertThat(start.asDate().toLocalDate())
				.isEqualTo(this.trajectory.get("start_date") instanceof java.sql.Date d ? d.toLocalDate()
						: (LocalDate) this.trajectory.get("start_date"));
			Cell logged = row.getCell(12);
			assertThat(logged.getType()).isEqualTo(CellType.NUMBER);
			assertThat(logged.getDataFormatString()).isEqualTo("#,##0.00");
		}
	}

	@Test
	void theAnnualReportPdfPrintsOtherScriptsWhateverThePartnerIsCalled() throws Exception {
		this.jdbc.sql("update organisation set name = ? where id = ?")
			.params("Partner" + REFUSED_BY_XML + " " + GLYPHS + " " + PdfInspection.ARABIC,
					this.trajectory.get("partner_id"))
			.update();
		long project = this.jdbc.sql("select id from project where code = 'RISK_SO'").query(Long.class).single();
		MockHttpServletResponse response = download(
				"/trajecten/jaarverslag.pdf?project=" + project + "&schooljaar=2021-2022");
		assertThat(response.getStatus()).isEqualTo(200);
		PdfInspection pdf = new PdfInspection(response.getContentAsByteArray());
		String text = pdf.text();
		assertThat(text).contains("Partner " + GLYPHS, "Jaarverslag Ris+K secundair onderwijs");
		assertThat(PdfInspection.holdsArabic(text)).as(text).isTrue();
		assertThat(pdf.fonts()).isNotEmpty().allMatch((font) -> font.contains("DejaVuSans"));
		assertThat(pdf.embeddedFonts()).isEqualTo(pdf.fonts());
	}

	private MockHttpServletResponse download(String path) throws Exception {
		return this.signedIn.as("beheerder", get(path));
	}

}
