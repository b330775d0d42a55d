package be.aanboord.budget;

import java.math.BigDecimal;

import jakarta.validation.Valid;

import be.aanboord.account.CurrentUser;
import be.aanboord.project.Projects.ProjectSummary;
import be.aanboord.project.SchoolYear;
import be.aanboord.system.EditConflict;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
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

	private final BudgetProcess process;

	private final BudgetYearRepository years;

	private final BudgetProjects projects;

	BudgetAdviceController(BudgetProcess process, BudgetYearRepository years, BudgetProjects projects) {
		this.process = process;
		this.years = years;
		this.projects = projects;
	}

	@GetMapping("/budget/{year}/advies/{project}")
	String adviceForm(@PathVariable SchoolYear year, @PathVariable("project") String slug,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		String view = advicePage(year, slug, user, model);
		model.addAttribute("adviceForm", BudgetForms.AdviceForm.from((FundingRequest) model.getAttribute("request")));
		return view;
	}

	@PostMapping("/budget/{year}/advies/{project}")
	String saveAdvice(@PathVariable SchoolYear year, @PathVariable("project") String slug,
			@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("adviceForm") BudgetForms.AdviceForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		String view = advicePage(year, slug, user, model);
		ProjectSummary project = (ProjectSummary) model.getAttribute("project");
		BigDecimal advised = BudgetForms.amount(form.getAdvised(), "advised", true, result);
		if (result.hasErrors()) {
			return view;
		}
		return BudgetEdits.save(model, result, () -> {
			BudgetYear saved = this.process.advise(year.getStartYear(), project.id(), form.getVersion(), advised,
					form.getMotivation().strip(), (form.getConditions() != null) ? form.getConditions().strip() : null,
					user.getDisplayName());
			redirect.addFlashAttribute("success", "budget.advice.saved");
			if (saved.exceedsEnvelope(saved.totalAdvised())) {
				redirect.addFlashAttribute("warning", "budget.warning.adviceOverEnvelope");
			}
			return "redirect:/budget/" + year.getLabel();
		}, () -> advicePage(year, slug, user, model));
	}

	/**
	 * Moves the year to the next step of the process; a refusal or a conflict is a flash
	 * message on the year's page ({@code refused}, shown by {@code forms :: refused}).
	 */
	@PostMapping("/budget/{year}/stap")
	String step(@PathVariable SchoolYear year, @RequestParam(name = "stap", required = false) BudgetStep step,
			@RequestParam(name = "version", defaultValue = "-1") int version, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		String back = "redirect:/budget/" + year.getLabel();
		try {
			this.process.moveTo(year.getStartYear(), version, step, user.getDisplayName());
		}
		catch (EditConflict conflict) {
			redirect.addFlashAttribute("refused", "form.conflict");
			return back;
		}
		catch (BudgetRuleException ex) {
			redirect.addFlashAttribute("refused", ex.getMessageKey());
			return back;
		}
		redirect.addFlashAttribute("success", "budget.step.saved");
		return back;
	}

	@GetMapping("/budget/{year}/heropenen")
	String reopenForm(@PathVariable SchoolYear year, Model model) {
		BudgetYear budgetYear = this.years.get(year.getStartYear());
		BudgetForms.ReopenForm form = new BudgetForms.ReopenForm();
		form.setVersion(budgetYear.getVersion());
		model.addAttribute("reopenForm", form);
		return reopenPage(year, model);
	}

	@PostMapping("/budget/{year}/heropenen")
	String reopen(@PathVariable SchoolYear year, @AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute("reopenForm") BudgetForms.ReopenForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return reopenPage(year, model);
		}
		return BudgetEdits.save(model, result, () -> {
			this.process.reopen(year.getStartYear(), form.getVersion(), form.getReason(), user.getDisplayName());
			redirect.addFlashAttribute("success", "budget.reopen.saved");
			return "redirect:/budget/" + year.getLabel();
		}, () -> reopenPage(year, model));
	}

	private String advicePage(SchoolYear year, String slug, CurrentUser user, Model model) {
		BudgetYear budgetYear = this.years.get(year.getStartYear());
		ProjectSummary project = this.projects.find(slug, user);
		BudgetPages.show(model, budgetYear, project, BudgetProjects.request(budgetYear, project));
		return "budget/advice-form";
	}

	private String reopenPage(SchoolYear year, Model model) {
		model.addAttribute("year", this.years.get(year.getStartYear()));
		return "budget/reopen-form";
	}

}
