package be.aanboord.budget;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import be.aanboord.account.CurrentUser;
import be.aanboord.account.Role;
import be.aanboord.project.Projects.ProjectSummary;
import be.aanboord.project.SchoolYear;
import be.aanboord.system.NotFoundException;
import be.aanboord.system.Pages;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The budget's reading side: the school years, and the budget advice of one year with its
 * history (its print versions: {@link BudgetPrintController}).
 */
@Controller
class BudgetController {

	private static final int HISTORY_PAGE_SIZE = 25;

	private final BudgetYearRepository years;

	private final BudgetChangeRepository changes;

	private final BudgetProjects projects;

	private final BudgetOverview overview;

	private final BudgetPlanRepository plans;

	private final BudgetAdviceBodies bodies;

	BudgetController(BudgetYearRepository years, BudgetChangeRepository changes, BudgetProjects projects,
			BudgetOverview overview, BudgetPlanRepository plans, BudgetAdviceBodies bodies) {
		this.years = years;
		this.changes = changes;
		this.projects = projects;
		this.overview = overview;
		this.plans = plans;
		this.bodies = bodies;
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
			List<ProjectSummary> mine = this.projects.all(user.getProjectIds());
			List<BudgetLine> lines = new ArrayList<>();
			for (BudgetYear year : all.reversed()) {
				for (ProjectSummary project : mine) {
					lines.add(new BudgetLine(year, project, year.requestOf(project.id()).orElse(null)));
				}
			}
			model.addAttribute("myLines", lines);
		}
		model.addAttribute("seesAdvice", user.hasRole(Role.ADMIN) || user.hasRole(Role.CITY));
		if (user.hasRole(Role.ADMIN)) {
			Set<Integer> opened = new HashSet<>(all.stream().map(BudgetYear::getStartYear).toList());
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

	/**
	 * The advice of a school year. Its body is rendered apart and, for the city, kept
	 * until the budget data changes ({@link BudgetAdviceBodies}).
	 */
	@GetMapping("/budget/{year}")
	String advice(@PathVariable SchoolYear year, @AuthenticationPrincipal CurrentUser user, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		BudgetReader reader = BudgetReader.of(user);
		int startYear = year.getStartYear();
		Map<Long, ProjectSummary> projects = this.projects.byId();
		BudgetAdviceBodies.Lookup lookup = this.bodies.lookup(startYear, reader, user, projects);
		String body = lookup.body();
		if (body == null) {
			Optional<BudgetOverview.Advice> found = this.overview.of(startYear, reader, projects);
			if (found.isEmpty()) {
				return BudgetPages.notSent(this.overview.unsent(startYear), model);
			}
			model.addAttribute("advice", found.get());
			model.addAttribute("steps", BudgetStep.values());
			model.addAttribute("recentChanges", changes(reader, startYear, PageRequest.of(0, 10)));
			model.addAttribute("projectNames", BudgetOverview.names(projects));
			body = this.bodies.render(lookup, model, request, response);
		}
		model.addAttribute("yearLabel", year.getLabel());
		model.addAttribute("adviceBody", body);
		return "budget/advice";
	}

	@GetMapping("/budget/{year}/historiek")
	String history(@PathVariable SchoolYear year, @RequestParam(name = "pagina", defaultValue = "0") int page,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		BudgetReader reader = BudgetReader.of(user);
		BudgetYear budgetYear = this.years.findWithRequests(year.getStartYear())
			.orElseThrow(() -> new NotFoundException("budget year " + year));
		if (!reader.mayRead(budgetYear)) {
			return BudgetPages.notSent(this.overview.unsent(budgetYear.getStartYear()), model);
		}
		model.addAttribute("year", budgetYear);
		model.addAttribute("changes",
				Pages.of(page, HISTORY_PAGE_SIZE, (p) -> changes(reader, budgetYear.getStartYear(), p)));
		model.addAttribute("projectNames", BudgetOverview.names(this.projects.byId()));
		return "budget/history";
	}

	private Page<BudgetChange> changes(BudgetReader reader, int startYear, Pageable page) {
		return (reader == BudgetReader.LAB) ? this.changes.findByStartYearOrderByChangedAtDescIdDesc(startYear, page)
				: this.changes.findSentHistory(startYear, page);
	}

}
