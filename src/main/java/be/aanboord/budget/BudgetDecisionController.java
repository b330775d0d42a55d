package be.aanboord.budget;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import be.aanboord.account.CurrentUser;
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

/** The city's decision on a year's advice, which locks the amounts. */
@Controller
class BudgetDecisionController {

	private final BudgetProcess process;

	private final BudgetYearRepository years;

	private final BudgetProjects projects;

	private final Clock clock;

	BudgetDecisionController(BudgetProcess process, BudgetYearRepository years, BudgetProjects projects, Clock clock) {
		this.process = process;
		this.years = years;
		this.projects = projects;
		this.clock = clock;
	}

	@GetMapping("/budget/{year}/beslissing")
	String decisionForm(@PathVariable SchoolYear year, @AuthenticationPrincipal CurrentUser user, Model model) {
		BudgetYear budgetYear = this.years.get(year.getStartYear());
		if (!BudgetReader.of(user).mayRead(budgetYear)) {
			return BudgetPages.notSent(budgetYear, model);
		}
		BudgetForms.DecisionForm form = new BudgetForms.DecisionForm();
		form.setVersion(budgetYear.getVersion());
		form.setDecidedOn((budgetYear.getDecidedOn() != null) ? budgetYear.getDecidedOn() : LocalDate.now(this.clock));
		form.setRemarks(budgetYear.getDecisionRemarks());
		model.addAttribute("decisionForm", form);
		return decisionPage(budgetYear, form, model);
	}

	@PostMapping("/budget/{year}/beslissing")
	String decide(@PathVariable SchoolYear year, @AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute("decisionForm") BudgetForms.DecisionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		BudgetYear budgetYear = this.years.get(year.getStartYear());
		if (!BudgetReader.of(user).mayRead(budgetYear)) {
			return BudgetPages.notSent(budgetYear, model);
		}
		Map<Long, BudgetYear.Decision> decisions = new HashMap<>();
		List<BudgetForms.DecisionLine> lines = form.getLines();
		if (lines.size() != budgetYear.getRequests().size()) {
			form.getLines().clear();
			result.reject("budget.rule.decisionIncomplete");
		}
		for (int i = 0; i < lines.size(); i++) {
			BudgetForms.DecisionLine line = lines.get(i);
			if (line.getRequestId() == null) {
				result.reject("budget.rule.decisionIncomplete");
				break;
			}
			BigDecimal amount = BudgetForms.amount(line.getAmount(), "lines[" + i + "].amount", true, result);
			decisions.put(line.getRequestId(), new BudgetYear.Decision(amount,
					(line.getRemarks() != null && !line.getRemarks().isBlank()) ? line.getRemarks().strip() : null));
		}
		if (result.hasErrors()) {
			return decisionPage(budgetYear, form, model);
		}
		return BudgetEdits.save(model, result, () -> {
			this.process.decide(year.getStartYear(), form.getVersion(), form.getDecidedOn(),
					(form.getRemarks() != null) ? form.getRemarks().strip() : null, decisions, user.getDisplayName());
			redirect.addFlashAttribute("success", "budget.decision.saved");
			return "redirect:/budget/" + year.getLabel();
		}, () -> decisionPage(this.years.get(year.getStartYear()), form, model));
	}

	/**
	 * The decision form: the year and its requests in the projects' order, a line per
	 * request; a form without its lines gets them proposed (the decided amount if any,
	 * else the advice).
	 */
	private String decisionPage(BudgetYear year, BudgetForms.DecisionForm form, Model model) {
		List<BudgetProjects.ProjectRequest> requests = BudgetProjects.inOrder(year, this.projects.byId());
		if (form.getLines().isEmpty()) {
			List<BudgetForms.DecisionLine> lines = new ArrayList<>();
			for (BudgetProjects.ProjectRequest each : requests) {
				FundingRequest request = each.request();
				BudgetForms.DecisionLine line = new BudgetForms.DecisionLine();
				line.setRequestId(request.getId());
				BigDecimal proposal = (request.getDecided() != null) ? request.getDecided() : request.getAdvised();
				line.setAmount(BudgetForms.text(proposal));
				line.setRemarks(request.getDecisionRemarks());
				lines.add(line);
			}
			form.setLines(lines);
		}
		model.addAttribute("year", year);
		model.addAttribute("requests", requests);
		return "budget/decision-form";
	}

}
