package be.aanboord.trajectory;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import be.aanboord.account.CurrentUser;
import be.aanboord.partner.OrganisationRepository;
import be.aanboord.project.Project;
import be.aanboord.project.ProjectRepository;
import be.aanboord.project.SchoolYears;
import be.aanboord.school.SchoolRepository;
import be.aanboord.system.CsvCells;
import be.aanboord.system.Pages;
import be.aanboord.system.SheetCells;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The filtered, sorted, paginated list of trajectories and its exports. */
@Controller
class TrajectoryListController {

	private static final int PAGE_SIZE = 25;

	private static final int EXPORT_MAX = 50_000;

	private final TrajectoryRepository trajectories;

	private final ProjectRepository projects;

	private final SchoolRepository schools;

	private final OrganisationRepository organisations;

	private final SchoolYears schoolYears;

	private final TrajectoryAccessLog accessLog;

	private final MessageSource messages;

	private final TrajectoryYears years;

	TrajectoryListController(TrajectoryRepository trajectories, ProjectRepository projects, SchoolRepository schools,
			OrganisationRepository organisations, SchoolYears schoolYears, TrajectoryAccessLog accessLog,
			MessageSource messages, TrajectoryYears years) {
		this.years = years;
		this.trajectories = trajectories;
		this.projects = projects;
		this.schools = schools;
		this.organisations = organisations;
		this.schoolYears = schoolYears;
		this.accessLog = accessLog;
		this.messages = messages;
	}

	/**
	 * Not one transaction: the list is read in a read-only one (no dirty checking of what
	 * it loaded), and the access log is written after it.
	 */
	@GetMapping("/trajecten")
	String list(TrajectoryQuery query, @RequestParam(name = "pagina", defaultValue = "0") int page,
			@AuthenticationPrincipal CurrentUser user, HttpSession session, Model model) {
		TrajectoryFilter filter = filter(query, user, session);
		Page<Trajectory> result = Pages.of(page, PAGE_SIZE, filter.toSort(),
				(p) -> this.trajectories.findAll(filter.specification(TrajectoryScope.readable(user)), p));
		this.accessLog.recordAll(user, result.getContent(), TrajectoryAccessLog.Action.LIST);
		model.addAttribute("filter", filter);
		model.addAttribute("trajectories", result);
		model.addAttribute("pageUrl", filter.url("/trajecten", null));
		model.addAttribute("csvUrl", filter.url("/trajecten/export.csv", null));
		model.addAttribute("xlsxUrl", filter.url("/trajecten/export.xlsx", null));
		model.addAttribute("sorts", TrajectoryFilter.SORTS);
		List<Project> trajectoryProjects = this.projects.findAllByOrderByPosition()
			.stream()
			.filter((p) -> TrajectoryKind.ofProject(p.getCode()) != null)
			.toList();
		model.addAttribute("allProjects", trajectoryProjects);
		model.addAttribute("creatableKinds", creatableKinds(trajectoryProjects, user));
		model.addAttribute("allPartners", this.trajectories.findPartners());
		model.addAttribute("allSchoolYears", this.schoolYears.all());
		return "trajectories/list";
	}

	@GetMapping("/trajecten/export.csv")
	@Transactional
	void csv(TrajectoryQuery query, @AuthenticationPrincipal CurrentUser user, HttpSession session, Locale locale,
			HttpServletResponse response) throws IOException {
		List<Trajectory> rows = export(filter(query, user, session), user);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"trajecten.csv\"");
		OutputStream out = response.getOutputStream();
		out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
				CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
			printer.printRecord(headers(locale).stream().map(CsvCells::text).toList());
			for (Trajectory t : rows) {
				printer.printRecord(values(t, locale).stream().map((value) -> CsvCells.cell(value, locale)).toList());
			}
		}
	}

	@GetMapping("/trajecten/export.xlsx")
	@Transactional
	void xlsx(TrajectoryQuery query, @AuthenticationPrincipal CurrentUser user, HttpSession session, Locale locale,
			HttpServletResponse response) throws IOException {
		List<Trajectory> rows = export(filter(query, user, session), user);
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", "attachment; filename=\"trajecten.xlsx\"");
		Workbook workbook = new Workbook(response.getOutputStream(), "Aan Boord", "1.0");
		Worksheet sheet = workbook.newWorksheet(message("trajectory.list.title", locale));
		List<String> headers = headers(locale);
		for (int c = 0; c < headers.size(); c++) {
			SheetCells.text(sheet, 0, c, headers.get(c));
			sheet.style(0, c).bold().set();
		}
		int r = 1;
		for (Trajectory t : rows) {
			List<Object> values = values(t, locale);
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
	 * Every year, or the one asked for, or else the user's default
	 * ({@link TrajectoryYears}).
	 */
	private TrajectoryFilter filter(TrajectoryQuery query, CurrentUser user, HttpSession session) {
		return query.filter(query.allYears() ? null
				: this.years.resolve(query.schoolYear(), session, TrajectoryScope.readable(user)));
	}

	/**
	 * The kinds of trajectory the user may create: all for an admin, else the kinds of
	 * the projects they coordinate.
	 */
	static Set<TrajectoryKind> creatableKinds(List<Project> projects, CurrentUser user) {
		TrajectoryScope scope = TrajectoryScope.editable(user);
		Set<TrajectoryKind> kinds = EnumSet.noneOf(TrajectoryKind.class);
		projects.stream()
			.filter((p) -> scope.mayCoordinate(p.getId()))
			.map((p) -> TrajectoryKind.ofProject(p.getCode()))
			.filter(Objects::nonNull)
			.forEach(kinds::add);
		return kinds;
	}

	private List<Trajectory> export(TrajectoryFilter filter, CurrentUser user) {
		List<Trajectory> rows = this.trajectories
			.findAll(filter.specification(TrajectoryScope.readable(user)),
					PageRequest.of(0, EXPORT_MAX, filter.toSort()))
			.getContent();
		this.accessLog.recordAll(user, rows, TrajectoryAccessLog.Action.EXPORT);
		return rows;
	}

	private List<String> headers(Locale locale) {
		return List
			.of("trajectory.field.id", "trajectory.field.kind", "trajectory.field.project",
					"trajectory.field.schoolYear", "trajectory.field.school", "trajectory.field.partner",
					"trajectory.field.status", "trajectory.field.questionType", "trajectory.field.pupilCode",
					"trajectory.field.startDate", "trajectory.field.endDate", "trajectory.field.plannedHours",
					"trajectory.field.loggedHours")
			.stream()
			.map((key) -> message(key, locale))
			.toList();
	}

	/**
	 * One exported row, typed: the id as a number, texts, the dates as dates and the
	 * hours as {@link BigDecimal}s; each export writes them in its own way.
	 */
	private List<Object> values(Trajectory t, Locale locale) {
		return java.util.Arrays.asList(t.getId(), message("TrajectoryKind." + t.getKind(), locale),
				t.getProject().getName(), t.getSchoolYearLabel(), t.getSchool().getName(),
				(t.getPartner() != null) ? t.getPartner().getName() : null,
				message("TrajectoryStatus." + t.getStatus(), locale),
				(t.getQuestionType() != null) ? message("QuestionType." + t.getQuestionType(), locale) : null,
				t.getPupilCode(), t.getStartDate(), t.getEndDate(), t.getPlannedHours(), t.getLoggedHours());
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
