package be.aanboord.budget;

import java.math.BigDecimal;

import jakarta.validation.Valid;

import be.aanboord.account.CurrentUser;
import be.aanboord.project.Projects.ProjectSummary;
import be.aanboord.project.SchoolYear;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A project's side: its coordinator drafts the funding request while requests are open,
 * and reports the spending after the city decided.
 */
@Controller
class BudgetRequestController {

	private final BudgetProcess process;

	private final BudgetYearRepository years;

	private final BudgetProjects projects;

	BudgetRequestController(BudgetProcess process, BudgetYearRepository years, BudgetProjects projects) {
		this.process = process;
		this.years = years;
		this.projects = projects;
	}

	@GetMapping("/budget/{year}/aanvraag/{project}")
	String requestForm(@PathVariable SchoolYear year, @PathVariable("project") String slug,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		String view = requestPage(year, slug, user, model);
		FundingRequest request = (FundingRequest) model.getAttribute("request");
		model.addAttribute("requestForm",
				(request != null) ? BudgetForms.RequestForm.from(request) : new BudgetForms.RequestForm());
		return view;
	}

	@PostMapping("/budget/{year}/aanvraag/{project}")
	String saveRequest(@PathVariable SchoolYear year, @PathVariable("project") String slug,
			@AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute("requestForm") BudgetForms.RequestForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ProjectSummary project = this.projects.find(slug, user);
		BudgetLines lines = form.lines(result);
		if (result.hasErrors()) {
			return requestPage(year, slug, user, model);
		}
		return BudgetEdits.save(model, result, () -> {
			BudgetYear saved = this.process.draftRequest(year.getStartYear(), project.id(), form.getVersion(), lines,
					form.getMotivation().strip(), user.getDisplayName());
			redirect.addFlashAttribute("success", "budget.request.saved");
			if (saved.exceedsEnvelope(saved.totalRequested())) {
				redirect.addFlashAttribute("warning", "budget.warning.requestsOverEnvelope");
			}
			return "redirect:/budget";
		}, () -> requestPage(year, slug, user, model));
	}

	@GetMapping("/budget/{year}/verslag/{project}")
	String reportForm(@PathVariable SchoolYear year, @PathVariable("project") String slug,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		String view = reportPage(year, slug, user, model);
		model.addAttribute("reportForm", BudgetForms.ReportForm.from((FundingRequest) model.getAttribute("request")));
		return view;
	}

	@PostMapping("/budget/{year}/verslag/{project}")
	String saveReport(@PathVariable SchoolYear year, @PathVariable("project") String slug,
			@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("reportForm") BudgetForms.ReportForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		String view = reportPage(year, slug, user, model);
		FundingRequest request = (FundingRequest) model.getAttribute("request");
		BigDecimal spent = BudgetForms.amount(form.getSpent(), "spent", true, result);
		if (result.hasErrors()) {
			return view;
		}
		return BudgetEdits.save(model, result, () -> {
			this.process.reportSpending(year.getStartYear(), request.getProjectId(), form.getVersion(), spent,
					form.getReport().strip(), user.getDisplayName());
			redirect.addFlashAttribute("success", "budget.report.saved");
			if (request.getDecided() != null && spent.compareTo(request.getDecided()) > 0) {
				redirect.addFlashAttribute("warning", "budget.warning.spentOverDecided");
			}
			return "redirect:/budget";
		}, () -> reportPage(year, slug, user, model));
	}

	/**
	 * The request form with its year, project and request (null before the first draft).
	 */
	private String requestPage(SchoolYear year, String slug, CurrentUser user, Model model) {
		BudgetYear budgetYear = this.years.get(year.getStartYear());
		ProjectSummary project = this.projects.find(slug, user);
		BudgetPages.show(model, budgetYear, project, budgetYear.requestOf(project.id()).orElse(null));
		return "budget/request-form";
	}

	/** The report form with its year, project and request (404 without a request). */
	private String reportPage(SchoolYear year, String slug, CurrentUser user, Model model) {
		BudgetYear budgetYear = this.years.get(year.getStartYear());
		ProjectSummary project = this.projects.find(slug, user);
		BudgetPages.show(model, budgetYear, project, BudgetProjects.request(budgetYear, project));
		return "budget/report-form";
	}

}
