package be.aanboord.budget;

import be.aanboord.project.Projects.ProjectSummary;

import org.springframework.ui.Model;

/** What several budget pages put in their model in the same way. */
final class BudgetPages {

	private BudgetPages() {
	}

	/** What a form about one project's request shows: the year, project and request. */
	static void show(Model model, BudgetYear year, ProjectSummary project, FundingRequest request) {
		model.addAttribute("year", year);
		model.addAttribute("project", project);
		model.addAttribute("request", request);
	}

	/**
	 * The page of a year whose advice is not sent yet, in place of anything that would
	 * show its requests or advice (see {@link BudgetReader}): its label, plan, step and
	 * envelope.
	 * @return the view
	 */
	static String notSent(BudgetYear year, Model model) {
		model.asMap().remove("request");
		model.asMap().remove("project");
		model.addAttribute("year", year);
		model.addAttribute("steps", BudgetStep.values());
		return "budget/not-sent";
	}

}
