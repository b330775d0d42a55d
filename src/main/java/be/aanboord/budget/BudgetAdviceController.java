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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The lab's side: its advice per project (until it is sent), the steps of the process,
 * and reopening a decision with a reason.
 */
@Controller
class BudgetAdviceController {

	private final BudgetLedger ledger;

	BudgetAdviceController(BudgetLedger ledger) {
		this.ledger = ledger;
	}

	@GetMapping("/budget/{year}/advies/{project}")
	@Transactional(readOnly = true)
	String adviceForm(@PathVariable String year, @PathVariable("project") String slug,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		BudgetYear budgetYear = this.ledger.year(year);
		Project project = this.ledger.project(slug, user);
		FundingRequest request = this.ledger.request(budgetYear, project);
		show(model, budgetYear, project, request);
		model.addAttribute("adviceForm", BudgetForms.AdviceForm.from(request));
		return "budget/advice-form";
	}

	@PostMapping("/budget/{year}/advies/{project}")
	@Transactional
	String saveAdvice(@PathVariable String year, @PathVariable("project") String slug,
			@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("adviceForm") BudgetForms.AdviceForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		BudgetYear budgetYear = this.ledger.year(year);
		Project project = this.ledger.project(slug, user);
		FundingRequest request = this.ledger.request(budgetYear, project);
		show(model, budgetYear, project, request);
		if (request.getVersion() != form.getVersion()) {
			model.addAttribute("conflict", true);
			return "budget/advice-form";
		}
		if (!budgetYear.isAdviceOpen()) {
			result.reject("budget.rule.adviceSent");
		}
		BigDecimal advised = BudgetForms.amount(form.getAdvised(), "advised", true, result);
		if (result.hasErrors()) {
			return "budget/advice-form";
		}
		budgetYear.advise(request, advised, form.getMotivation().strip(),
				(form.getConditions() != null) ? form.getConditions().strip() : null, this.ledger.actor(user));
		this.ledger.record(budgetYear);
		redirect.addFlashAttribute("success", "budget.advice.saved");
		if (budgetYear.exceedsEnvelope(budgetYear.totalAdvised())) {
			redirect.addFlashAttribute("warning", "budget.warning.adviceOverEnvelope");
		}
		return "redirect:/budget/" + budgetYear.getLabel();
	}

	/** Moves the year to the next step of the process. */
	@PostMapping("/budget/{year}/stap")
	@Transactional
	String step(@PathVariable String year, @RequestParam(name = "stap", required = false) BudgetStep step,
			@RequestParam(name = "version", defaultValue = "-1") int version, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		BudgetYear budgetYear = this.ledger.year(year);
		String back = "redirect:/budget/" + budgetYear.getLabel();
		if (version != budgetYear.getVersion()) {
			redirect.addFlashAttribute("budgetError", "form.conflict");
			return back;
		}
		Actor who = this.ledger.actor(user);
		try {
			if (step == null) {
				throw new BudgetRuleException("budget.rule.stepOutOfOrder");
			}
			switch (step) {
				case DISCUSSED -> budgetYear.markDiscussed(this.ledger.today(), who);
				case ADVICE_SENT -> budgetYear.sendAdvice(this.ledger.today(), who);
				case REPORTED -> budgetYear.markReported(this.ledger.today(), who);
				case EVALUATED -> budgetYear.markEvaluated(this.ledger.today(), who);
				default -> throw new BudgetRuleException("budget.rule.stepOutOfOrder");
			}
		}
		catch (BudgetRuleException ex) {
			redirect.addFlashAttribute("budgetError", ex.getMessageKey());
			return back;
		}
		this.ledger.record(budgetYear);
		redirect.addFlashAttribute("success", "budget.step.saved");
		return back;
	}

	@GetMapping("/budget/{year}/heropenen")
	@Transactional(readOnly = true)
	String reopenForm(@PathVariable String year, Model model) {
		BudgetYear budgetYear = this.ledger.year(year);
		model.addAttribute("year", budgetYear);
		BudgetForms.ReopenForm form = new BudgetForms.ReopenForm();
		form.setVersion(budgetYear.getVersion());
		model.addAttribute("reopenForm", form);
		return "budget/reopen-form";
	}

	@PostMapping("/budget/{year}/heropenen")
	@Transactional
	String reopen(@PathVariable String year, @AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute("reopenForm") BudgetForms.ReopenForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		BudgetYear budgetYear = this.ledger.year(year);
		model.addAttribute("year", budgetYear);
		if (budgetYear.getVersion() != form.getVersion()) {
			model.addAttribute("conflict", true);
			return "budget/reopen-form";
		}
		if (!budgetYear.isLocked()) {
			result.reject("budget.rule.notDecided");
		}
		if (result.hasErrors()) {
			return "budget/reopen-form";
		}
		budgetYear.reopen(form.getReason(), this.ledger.actor(user));
		this.ledger.record(budgetYear);
		redirect.addFlashAttribute("success", "budget.reopen.saved");
		return "redirect:/budget/" + budgetYear.getLabel();
	}

	private static void show(Model model, BudgetYear year, Project project, FundingRequest request) {
		model.addAttribute("year", year);
		model.addAttribute("project", project);
		model.addAttribute("request", request);
	}

}
