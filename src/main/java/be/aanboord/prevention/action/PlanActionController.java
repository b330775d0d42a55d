package be.aanboord.prevention.action;

import jakarta.validation.Valid;

import be.aanboord.account.CurrentUser;
import be.aanboord.prevention.PlanAccess;
import be.aanboord.prevention.PlanAccess.PlanRef;

import org.springframework.data.domain.Page;
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
 * The plan's PDCA table ({@code /preventieplan/{id}/acties}) with its filter by status
 * ({@code status}, a constant of {@link ActionStatus}) and goal ({@code doel}, a goal id
 * of the plan's template), its pages ({@code pagina}, from 0) and the form that adds an
 * action below it. Page numbers as in every list: before the first shows the first, past
 * the last the last, not a number the 400 page. A filter value that is not one of these
 * is left out, with a note on the page.
 */
@Controller
class PlanActionController {

	static final String PLAN = "/preventieplan/{id:[0-9]{1,18}}";

	private final PlanAccess access;

	private final PlanActions actions;

	PlanActionController(PlanAccess access, PlanActions actions) {
		this.access = access;
		this.actions = actions;
	}

	@GetMapping(PLAN + "/acties")
	String table(@PathVariable long id, @RequestParam(name = "status", required = false) String status,
			@RequestParam(name = "doel", required = false) String goal,
			@RequestParam(name = "pagina", defaultValue = "0") int page, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		PlanRef plan = this.access.open(id, user);
		model.addAttribute("actionForm", new ActionForm());
		return page(plan, status, goal, page, model);
	}

	@PostMapping(PLAN + "/acties")
	String add(@PathVariable long id, @Valid @ModelAttribute("actionForm") ActionForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		PlanRef plan = this.access.open(id, user);
		checkGoal(this.actions, plan, form, result);
		if (result.hasErrors()) {
			return page(plan, null, null, 0, model);
		}
		this.actions.add(plan, form);
		redirect.addFlashAttribute("success", "prevention.action.added");
		return "redirect:/preventieplan/" + id + "/acties";
	}

	/** Rejects a goal that is not one of the plan's template. */
	static void checkGoal(PlanActions actions, PlanRef plan, ActionForm form, BindingResult result) {
		if (form.getGoalId() != null && !actions.isGoalOf(plan, form.getGoalId())) {
			result.rejectValue("goalId", "prevention.action.error.goal");
		}
	}

	private String page(PlanRef plan, String status, String goal, int page, Model model) {
		ActionStatus chosenStatus = ActionStatus.parse(status).orElse(null);
		Long chosenGoal = (goal != null && goal.matches("[0-9]{1,18}")
				&& this.actions.isGoalOf(plan, Long.parseLong(goal))) ? Long.valueOf(goal) : null;
		boolean ignored = (status != null && !status.isEmpty() && chosenStatus == null)
				|| (goal != null && !goal.isEmpty() && chosenGoal == null);
		Page<PlanActions.Row> rows = this.actions.table(plan, new PlanActions.Filter(chosenStatus, chosenGoal), page);
		StringBuilder url = new StringBuilder("/preventieplan/" + plan.id() + "/acties");
		if (chosenStatus != null || chosenGoal != null) {
			url.append('?');
			url.append((chosenStatus != null) ? "status=" + chosenStatus.name() : "");
			url.append((chosenStatus != null && chosenGoal != null) ? "&" : "");
			url.append((chosenGoal != null) ? "doel=" + chosenGoal : "");
		}
		model.addAttribute("plan", plan);
		model.addAttribute("rows", rows);
		model.addAttribute("pageUrl", url.toString());
		model.addAttribute("status", chosenStatus);
		model.addAttribute("goal", chosenGoal);
		model.addAttribute("filterIgnored", ignored);
		model.addAttribute("filtered", chosenStatus != null || chosenGoal != null);
		model.addAttribute("today", this.actions.today());
		model.addAttribute("goals", this.actions.goals(plan));
		model.addAttribute("statuses", ActionStatus.values());
		return "prevention/action/list";
	}

}
