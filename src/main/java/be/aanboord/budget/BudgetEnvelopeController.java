package be.aanboord.budget;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import be.aanboord.account.CurrentUser;
import be.aanboord.system.NotFoundException;

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
 * The lab opens a school year of a multi-year plan with its envelope, and may change the
 * envelope until the city decided.
 */
@Controller
class BudgetEnvelopeController {

	private final BudgetYearRepository years;

	private final BudgetPlanRepository plans;

	private final BudgetLedger ledger;

	BudgetEnvelopeController(BudgetYearRepository years, BudgetPlanRepository plans, BudgetLedger ledger) {
		this.years = years;
		this.plans = plans;
		this.ledger = ledger;
	}

	@GetMapping("/budget/{year}/envelop")
	@Transactional(readOnly = true)
	String envelopeForm(@PathVariable String year, Model model) {
		int startYear = BudgetController.startYear(year);
		BudgetPlan plan = plan(startYear);
		Optional<BudgetYear> existing = this.years.findWithRequests(startYear);
		BudgetForms.EnvelopeForm form = new BudgetForms.EnvelopeForm();
		existing.ifPresent((y) -> {
			form.setEnvelope(BudgetForms.text(y.getEnvelope()));
			form.setVersion(y.getVersion());
		});
		show(model, startYear, plan, existing.orElse(null));
		model.addAttribute("envelopeForm", form);
		return "budget/envelope-form";
	}

	@PostMapping("/budget/{year}/envelop")
	@Transactional
	String saveEnvelope(@PathVariable String year, @AuthenticationPrincipal CurrentUser user,
			@ModelAttribute("envelopeForm") BudgetForms.EnvelopeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		int startYear = BudgetController.startYear(year);
		BudgetPlan plan = plan(startYear);
		BudgetYear existing = this.years.findWithRequests(startYear).orElse(null);
		show(model, startYear, plan, existing);
		if (existing != null && existing.getVersion() != form.getVersion()) {
			model.addAttribute("conflict", true);
			return "budget/envelope-form";
		}
		if (existing != null && existing.isLocked()) {
			result.reject("budget.rule.locked");
		}
		BigDecimal envelope = BudgetForms.amount(form.getEnvelope(), "envelope", true, result);
		if (result.hasErrors()) {
			return "budget/envelope-form";
		}
		Actor who = this.ledger.actor(user);
		BudgetYear budgetYear = existing;
		if (budgetYear == null) {
			BudgetYear opened = BudgetYear.open(startYear, plan, envelope, this.ledger.today(), who);
			List<BudgetChange> changes = opened.takeChanges();
			budgetYear = this.years.saveAndFlush(opened);
			this.ledger.record(changes);
		}
		else {
			budgetYear.changeEnvelope(envelope, who);
			this.ledger.record(budgetYear);
		}
		redirect.addFlashAttribute("success", "budget.envelope.saved");
		if (budgetYear.exceedsEnvelope(budgetYear.totalAdvised())) {
			redirect.addFlashAttribute("warning", "budget.warning.adviceOverEnvelope");
		}
		return "redirect:/budget/" + budgetYear.getLabel();
	}

	private BudgetPlan plan(int startYear) {
		return this.plans.findCovering(startYear)
			.orElseThrow(() -> new NotFoundException("no plan covers " + startYear));
	}

	private static void show(Model model, int startYear, BudgetPlan plan, BudgetYear year) {
		model.addAttribute("label", startYear + "-" + (startYear + 1));
		model.addAttribute("plan", plan);
		model.addAttribute("year", year);
	}

}
