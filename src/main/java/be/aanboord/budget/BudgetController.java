package be.aanboord.budget;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import be.aanboord.account.CurrentUser;
import be.aanboord.account.Role;
import be.aanboord.project.Project;
import be.aanboord.project.ProjectRepository;
import be.aanboord.project.SchoolYear;
import be.aanboord.system.NotFoundException;
import be.aanboord.system.Pages;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The budget's reading side: the school years, the budget advice of one year with its
 * history, and its print versions (PDF and spreadsheet).
 */
@Controller
class BudgetController {

	private static final int HISTORY_PAGE_SIZE = 25;

	private final BudgetYearRepository years;

	private final BudgetChangeRepository changes;

	private final ProjectRepository projects;

	private final BudgetOverview overview;

	private final BudgetPrints prints;

	private final BudgetPlanRepository plans;

	BudgetController(BudgetYearRepository years, BudgetChangeRepository changes, ProjectRepository projects,
			BudgetOverview overview, BudgetPrints prints, BudgetPlanRepository plans) {
		this.plans = plans;
		this.years = years;
		this.changes = changes;
		this.projects = projects;
		this.overview = overview;
		this.prints = prints;
	}

	/** Parses a school year from the path ("2019-2020") or answers 404. */
	static int startYear(String label) {
		Integer year = SchoolYear.parseLabel(label);
		if (year == null) {
			throw new NotFoundException("school year " + label);
		}
		return year;
	}

	@GetMapping("/budget")
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		List<BudgetYear> all = this.years.findAllWithRequests();
		BudgetReader reader = BudgetReader.of(user);
		model.addAttribute("years",
				all.stream()
					.sorted(Comparator.comparing(BudgetYear::getStartYear).reversed())
					.map((year) -> BudgetOverview.YearTotals.of(year, reader))
					.toList());
		if (user.hasRole(Role.COORDINATOR)) {
			List<Project> mine = this.projects.findAllByIdIn(user.getProjectIds())
				.stream()
				.sorted(Comparator.comparingInt(Project::getPosition))
				.toList();
			List<MyLine> lines = new ArrayList<>();
			for (BudgetYear year : all.reversed()) {
				for (Project project : mine) {
					lines.add(new MyLine(year, project, year.requestOf(project.getId()).orElse(null)));
				}
			}
			model.addAttribute("myLines", lines);
		}
		model.addAttribute("seesAdvice", user.hasRole(Role.ADMIN) || user.hasRole(Role.CITY));
		if (user.hasRole(Role.ADMIN)) {
			java.util.Set<Integer> opened = new java.util.HashSet<>(
					all.stream().map(BudgetYear::getStartYear).toList());
			List<String> unopened = new ArrayList<>();
			for (BudgetPlan plan : this.plans.findAllByOrderByFirstYear()) {
				for (int y = plan.getFirstYear(); y <= plan.getLastYear(); y++) {
					if (!opened.contains(y)) {
						unopened.add(new SchoolYear(y).getLabel());
					}
				}
			}
			model.addAttribute("unopened", unopened);
		}
		return "budget/list";
	}

	@GetMapping("/budget/{year}")
	String advice(@PathVariable String year, @AuthenticationPrincipal CurrentUser user, Model model) {
		BudgetReader reader = BudgetReader.of(user);
		int startYear = startYear(year);
		Optional<BudgetOverview.Advice> found = this.overview.of(startYear, reader);
		if (found.isEmpty()) {
			return notSent(startYear, model);
		}
		BudgetOverview.Advice advice = found.get();
		model.addAttribute("advice", advice);
		model.addAttribute("steps", BudgetStep.values());
		model.addAttribute("recentChanges", changes(reader, startYear, PageRequest.of(0, 10)));
		model.addAttribute("projectNames", projectNames());
		return "budget/advice";
	}

	@GetMapping("/budget/{year}/historiek")
	String history(@PathVariable String year, @RequestParam(name = "pagina", defaultValue = "0") int page,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		BudgetReader reader = BudgetReader.of(user);
		BudgetYear budgetYear = this.years.findWithRequests(startYear(year))
			.orElseThrow(() -> new NotFoundException("budget year " + year));
		if (!reader.mayRead(budgetYear)) {
			return notSent(budgetYear.getStartYear(), model);
		}
		model.addAttribute("year", budgetYear);
		model.addAttribute("changes",
				Pages.of(page, HISTORY_PAGE_SIZE, (p) -> changes(reader, budgetYear.getStartYear(), p)));
		model.addAttribute("projectNames", projectNames());
		return "budget/history";
	}

	/**
	 * The advice as a PDF; a reader who may not read the year yet is sent to its page,
	 * which says so.
	 */
	@GetMapping("/budget/{year}/advies.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String year, @AuthenticationPrincipal CurrentUser user, Locale locale) {
		Optional<BudgetOverview.Advice> found = this.overview.of(startYear(year), BudgetReader.of(user));
		if (found.isEmpty()) {
			return toPage(year);
		}
		BudgetOverview.Advice advice = found.get();
		return download(this.prints.pdf(advice, locale), MediaType.APPLICATION_PDF,
				"budgetadvies-" + advice.year().getLabel() + ".pdf");
	}

	/**
	 * The advice as a spreadsheet; a reader who may not read the year yet is sent to its
	 * page, which says so.
	 */
	@GetMapping("/budget/{year}/advies.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable String year, @AuthenticationPrincipal CurrentUser user, Locale locale) {
		Optional<BudgetOverview.Advice> found = this.overview.of(startYear(year), BudgetReader.of(user));
		if (found.isEmpty()) {
			return toPage(year);
		}
		BudgetOverview.Advice advice = found.get();
		return download(this.prints.xlsx(advice, locale),
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
				"budgetadvies-" + advice.year().getLabel() + ".xlsx");
	}

	/** The page of a year whose advice the reader may not read yet. */
	private String notSent(int startYear, Model model) {
		model.addAttribute("year", this.overview.unsent(startYear));
		model.addAttribute("steps", BudgetStep.values());
		return "budget/not-sent";
	}

	private static ResponseEntity<byte[]> toPage(String year) {
		return ResponseEntity.status(HttpStatus.SEE_OTHER)
			.location(URI.create("/budget/" + new SchoolYear(startYear(year)).getLabel()))
			.build();
	}

	private Page<BudgetChange> changes(BudgetReader reader, int startYear, Pageable page) {
		return (reader == BudgetReader.LAB) ? this.changes.findByStartYearOrderByChangedAtDescIdDesc(startYear, page)
				: this.changes.findSentHistory(startYear, page);
	}

	private java.util.Map<Long, String> projectNames() {
		java.util.Map<Long, String> names = new java.util.HashMap<>();
		this.projects.findAllByOrderByPosition().forEach((p) -> names.put(p.getId(), p.getName()));
		return names;
	}

	private static ResponseEntity<byte[]> download(byte[] content, MediaType type, String filename) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(content);
	}

	/** A coordinator's project in one school year, with its request if there is one. */
	record MyLine(BudgetYear year, Project project, FundingRequest request) {

		public boolean canDraft() {
			return this.year.getStep() == BudgetStep.REQUESTS_OPEN;
		}

		public boolean canReport() {
			return this.request != null && this.year.getStep() == BudgetStep.DECIDED;
		}

	}

}
