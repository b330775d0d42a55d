package be.aanboord.budget;

import java.math.BigDecimal;
import java.util.Optional;

import be.aanboord.account.CurrentUser;
import be.aanboord.project.SchoolYear;
import be.aanboord.system.NotFoundException;

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
 * The lab opens a school year of a multi-year plan with its envelope, and may change the
 * envelope until the city decided.
 */
@Controller
class BudgetEnvelopeController {

	private final BudgetProcess process;

	private final BudgetYearRepository years;

	private final BudgetPlanRepository plans;

	BudgetEnvelopeController(BudgetProcess process, BudgetYearRepository years, BudgetPlanRepository plans) {
		this.process = process;
		this.years = years;
		this.plans = plans;
	}

	@GetMapping("/budget/{year}/envelop")
	String envelopeForm(@PathVariable SchoolYear year, Model model) {
		String view = envelopePage(year, model);
		BudgetForms.EnvelopeForm form = new BudgetForms.EnvelopeForm();
		Optional.ofNullable((BudgetYear) model.getAttribute("year")).ifPresent((y) -> {
			form.setEnvelope(BudgetForms.text(y.getEnvelope()));
			form.setVersion(y.getVersion());
		});
		model.addAttribute("envelopeForm", form);
		return view;
	}

	@PostMapping("/budget/{year}/envelop")
	String saveEnvelope(@PathVariable SchoolYear year, @AuthenticationPrincipal CurrentUser user,
			@ModelAttribute("envelopeForm") BudgetForms.EnvelopeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		String view = envelopePage(year, model);
		BigDecimal envelope = BudgetForms.amount(form.getEnvelope(), "envelope", true, result);
		if (result.hasErrors()) {
			return view;
		}
		return BudgetEdits.save(model, result, () -> {
			BudgetYear saved = this.process.setEnvelope(year.getStartYear(), form.getVersion(), envelope,
					user.getDisplayName());
			redirect.addFlashAttribute("success", "budget.envelope.saved");
			if (saved.exceedsEnvelope(saved.totalAdvised())) {
				redirect.addFlashAttribute("warning", "budget.warning.adviceOverEnvelope");
			}
			return "redirect:/budget/" + year.getLabel();
		}, () -> envelopePage(year, model));
	}

	/**
	 * The envelope form of a school year (the plan covering it, and the year if opened).
	 * @throws NotFoundException when no plan covers the year
	 */
	private String envelopePage(SchoolYear year, Model model) {
		int startYear = year.getStartYear();
		BudgetPlan plan = this.plans.findCovering(startYear)
			.orElseThrow(() -> new NotFoundException("no plan covers " + startYear));
		model.addAttribute("label", year.getLabel());
		model.addAttribute("plan", plan);
		model.addAttribute("year", this.years.findWithRequests(startYear).orElse(null));
		return "budget/envelope-form";
	}

}
