package be.aanboord.budget;

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
 * The city's comments per project on a year's advice, once the advice is sent (before,
 * the city sees that it is not sent: {@link BudgetReader}).
 */
@Controller
class BudgetCommentController {

	private final BudgetProcess process;

	private final BudgetYearRepository years;

	private final BudgetProjects projects;

	BudgetCommentController(BudgetProcess process, BudgetYearRepository years, BudgetProjects projects) {
		this.process = process;
		this.years = years;
		this.projects = projects;
	}

	@GetMapping("/budget/{year}/opmerking/{project}")
	String commentForm(@PathVariable SchoolYear year, @PathVariable("project") String slug,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		BudgetYear budgetYear = show(model, year, slug, user);
		if (!BudgetReader.of(user).mayRead(budgetYear)) {
			return BudgetPages.notSent(budgetYear, model);
		}
		model.addAttribute("commentForm", new BudgetForms.CommentForm());
		return "budget/comment-form";
	}

	@PostMapping("/budget/{year}/opmerking/{project}")
	String comment(@PathVariable SchoolYear year, @PathVariable("project") String slug,
			@AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute("commentForm") BudgetForms.CommentForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		BudgetYear budgetYear = show(model, year, slug, user);
		if (!BudgetReader.of(user).mayRead(budgetYear)) {
			return BudgetPages.notSent(budgetYear, model);
		}
		if (result.hasErrors()) {
			return "budget/comment-form";
		}
		ProjectSummary project = (ProjectSummary) model.getAttribute("project");
		this.process.comment(budgetYear.getStartYear(), project.id(), form.getText().strip(), user.getDisplayName());
		redirect.addFlashAttribute("success", "budget.comment.saved");
		return "redirect:/budget/" + budgetYear.getLabel() + "#project-" + project.slug();
	}

	/** The year, project (within the user's scope) and its request, or 404. */
	private BudgetYear show(Model model, SchoolYear year, String slug, CurrentUser user) {
		BudgetYear budgetYear = this.years.get(year.getStartYear());
		ProjectSummary project = this.projects.find(slug, user);
		BudgetPages.show(model, budgetYear, project, BudgetProjects.request(budgetYear, project));
		return budgetYear;
	}

}
