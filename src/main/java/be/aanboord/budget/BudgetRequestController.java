package be.aanboord.budget;

import java.math.BigDecimal;

import jakarta.validation.Valid;

import be.aanboord.account.CurrentUser;
import be.aanboord.project.Project;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
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

	private final BudgetLedger ledger;

	BudgetRequestController(BudgetLedger ledger) {
		this.ledger = ledger;
	}

	@GetMapping("/budget/{year}/aanvraag/{project}")
	@Transactional(readOnly = true)
	String requestForm(@PathVariable String year, @PathVariable("project") String slug,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		BudgetYear budgetYear = this.ledger.year(year);
		Project project = this.ledger.project(slug, user);
		FundingRequest request = budgetYear.requestOf(project.getId()).orElse(null);
		show(model, budgetYear, project, request);
		model.addAttribute("requestForm",
				(request != null) ? BudgetForms.RequestForm.from(request) : new BudgetForms.RequestForm());
		return "budget/request-form";
	}

	@PostMapping("/budget/{year}/aanvraag/{project}")
	@Transactional
	String saveRequest(@PathVariable String year, @PathVariable("project") String slug,
			@AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute("requestForm") BudgetForms.RequestForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		BudgetYear budgetYear = this.ledger.year(year);
		Project project = this.ledger.project(slug, user);
		FundingRequest request = budgetYear.requestOf(project.getId()).orElse(null);
		show(model, budgetYear, project, request);
		if (request != null && request.getVersion() != form.getVersion()) {
			model.addAttribute("conflict", true);
			return "budget/request-form";
		}
		if (budgetYear.getStep() != BudgetStep.REQUESTS_OPEN) {
			result.reject("budget.rule.requestsClosed");
		}
		BudgetLines lines = form.lines(result);
		if (result.hasErrors()) {
			return "budget/request-form";
		}
		budgetYear.draftRequest(project, this.ledger.actionPlanId(project, budgetYear), lines,
				form.getMotivation().strip(), this.ledger.actor(user));
		this.ledger.record(budgetYear);
		redirect.addFlashAttribute("success", "budget.request.saved");
		if (budgetYear.exceedsEnvelope(budgetYear.totalRequested())) {
			redirect.addFlashAttribute("warning", "budget.warning.requestsOverEnvelope");
		}
		return "redirect:/budget";
	}

	@GetMapping("/budget/{year}/verslag/{project}")
	@Transactional(readOnly = true)
	String reportForm(@PathVariable String year, @PathVariable("project") String slug,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		BudgetYear budgetYear = this.ledger.year(year);
		Project project = this.ledger.project(slug, user);
		FundingRequest request = this.ledger.request(budgetYear, project);
		show(model, budgetYear, project, request);
		model.addAttribute("reportForm", BudgetForms.ReportForm.from(request));
		return "budget/report-form";
	}

	@PostMapping("/budget/{year}/verslag/{project}")
	@Transactional
	String saveReport(@PathVariable String year, @PathVariable("project") String slug,
			@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("reportForm") BudgetForms.ReportForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		BudgetYear budgetYear = this.ledger.year(year);
		Project project = this.ledger.project(slug, user);
		FundingRequest request = this.ledger.request(budgetYear, project);
		show(model, budgetYear, project, request);
		if (request.getVersion() != form.getVersion()) {
			model.addAttribute("conflict", true);
			return "budget/report-form";
		}
		if (budgetYear.getStep() != BudgetStep.DECIDED) {
			result.reject("budget.rule.reportNotNow");
		}
		BigDecimal spent = BudgetForms.amount(form.getSpent(), "spent", true, result);
		if (result.hasErrors()) {
			return "budget/report-form";
		}
		budgetYear.reportSpending(request, spent, form.getReport().strip(), this.ledger.actor(user));
		this.ledger.record(budgetYear);
		redirect.addFlashAttribute("success", "budget.report.saved");
		if (request.getDecided() != null && spent.compareTo(request.getDecided()) > 0) {
			redirect.addFlashAttribute("warning", "budget.warning.spentOverDecided");
		}
		return "redirect:/budget";
	}

	private static void show(Model model, BudgetYear year, Project project, FundingRequest request) {
		model.addAttribute("year", year);
		model.addAttribute("project", project);
		model.addAttribute("request", request);
	}

}
