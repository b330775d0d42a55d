package be.aanboord.trajectory;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import be.aanboord.account.CurrentUser;
import be.aanboord.system.CsvCells;
import be.aanboord.system.SheetCells;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The trajectory list's exports, with the list's filters: CSV (semicolons, UTF-8 with a
 * byte order mark, for Excel) and XLSX (dates as dates, hours as numbers), at most 50,000
 * rows.
 */
@Controller
class TrajectoryExportController {

	private static final List<String> HEADERS = List.of("trajectory.field.id", "trajectory.field.kind",
			"trajectory.field.project", "trajectory.field.schoolYear", "trajectory.field.school",
			"trajectory.field.partner", "trajectory.field.status", "trajectory.field.questionType",
			"trajectory.field.pupilCode", "trajectory.field.startDate", "trajectory.field.endDate",
			"trajectory.field.plannedHours", "trajectory.field.loggedHours");

	private final TrajectoryListing listing;

	private final TrajectoryYears years;

	private final MessageSource messages;

	TrajectoryExportController(TrajectoryListing listing, TrajectoryYears years, MessageSource messages) {
		this.listing = listing;
		this.years = years;
		this.messages = messages;
	}

	@GetMapping("/trajecten/export.csv")
	void csv(TrajectoryQuery query, @AuthenticationPrincipal CurrentUser user, HttpSession session, Locale locale,
			HttpServletResponse response) throws IOException {
		TrajectoryListing.Export export = this.listing.export(this.years.filter(query, user, session), user);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"trajecten.csv\"");
		OutputStream out = response.getOutputStream();
		out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
				CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
			printer.printRecord(HEADERS.stream().map((key) -> CsvCells.text(message(key, locale))).toList());
			for (Trajectory t : export.rows()) {
				printer.printRecord(values(t, export.names(), locale).stream()
					.map((value) -> CsvCells.cell(value, locale))
					.toList());
			}
		}
	}

	@GetMapping("/trajecten/export.xlsx")
	void xlsx(TrajectoryQuery query, @AuthenticationPrincipal CurrentUser user, HttpSession session, Locale locale,
			HttpServletResponse response) throws IOException {
		TrajectoryListing.Export export = this.listing.export(this.years.filter(query, user, session), user);
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", "attachment; filename=\"trajecten.xlsx\"");
		Workbook workbook = new Workbook(response.getOutputStream(), "Aan Boord", "1.0");
		Worksheet sheet = workbook.newWorksheet(message("trajectory.list.title", locale));
		for (int c = 0; c < HEADERS.size(); c++) {
			SheetCells.text(sheet, 0, c, message(HEADERS.get(c), locale));
			sheet.style(0, c).bold().set();
		}
		int r = 1;
		for (Trajectory t : export.rows()) {
			List<Object> values = values(t, export.names(), locale);
			for (int c = 0; c < values.size(); c++) {
				Object value = values.get(c);
				if (value instanceof LocalDate date) {
					SheetCells.date(sheet, r, c, date);
				}
				else if (value instanceof BigDecimal hours) {
					SheetCells.hours(sheet, r, c, hours);
				}
				else if (value instanceof Number number) {
					sheet.value(r, c, number);
				}
				else if (value != null) {
					SheetCells.text(sheet, r, c, value.toString());
				}
			}
			r++;
		}
		workbook.finish();
	}

	/**
	 * One exported row, typed: the id as a number, texts, the dates as dates and the
	 * hours as {@link BigDecimal}s; each export writes them in its own way.
	 */
	private List<Object> values(Trajectory t, TrajectoryNames names, Locale locale) {
		QuestionType questionType = t.getRisk().getQuestionType();
		return Arrays.asList(t.getId(), message("TrajectoryKind." + t.getKind(), locale), names.project(t),
				t.getSchoolYearLabel(), names.school(t), names.partner(t),
				message("TrajectoryStatus." + t.getStatus(), locale),
				(questionType != null) ? message("QuestionType." + questionType, locale) : null,
				t.isAnonymised() ? message("trajectory.anonymised", locale) : t.getPupilCode(), t.getStartDate(),
				t.getEndDate(), t.getPlannedHours(), t.getLoggedHours());
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
