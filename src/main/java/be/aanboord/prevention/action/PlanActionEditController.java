package be.aanboord.prevention.action;

import jakarta.validation.Valid;

import be.aanboord.account.CurrentUser;
import be.aanboord.prevention.CommentForm;
import be.aanboord.prevention.PlanAccess;
import be.aanboord.prevention.PlanAccess.PlanRef;
import be.aanboord.prevention.PlanComments;
import be.aanboord.system.EditConflict;
import be.aanboord.system.Edits;

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
 * One action of the plan: its edit form (school and CLB, with the version it was opened
 * on: the second of two saves gets the conflict message with its input kept), the CLB's
 * comments with the CLB's form to add one, and the school's delete button.
 */
@Controller
class PlanActionEditController {

	private static final String ACTION = PlanActionController.PLAN + "/acties/{actionId:[0-9]{1,18}}";

	private final PlanAccess access;

	private final PlanActions actions;

	private final PlanComments comments;

	PlanActionEditController(PlanAccess access, PlanActions actions, PlanComments comments) {
		this.access = access;
		this.actions = actions;
		this.comments = comments;
	}

	@GetMapping(ACTION)
	String form(@PathVariable long id, @PathVariable long actionId, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		PlanRef plan = this.access.open(id, user);
		model.addAttribute("actionForm", ActionForm.from(this.actions.find(plan, actionId)));
		model.addAttribute("commentForm", new CommentForm());
		return page(plan, actionId, model);
	}

	@PostMapping(ACTION)
	String save(@PathVariable long id, @PathVariable long actionId,
			@Valid @ModelAttribute("actionForm") ActionForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		PlanRef plan = this.access.open(id, user);
		this.actions.find(plan, actionId);
		PlanActionController.checkGoal(this.actions, plan, form, result);
		model.addAttribute("commentForm", new CommentForm());
		if (result.hasErrors()) {
			return page(plan, actionId, model);
		}
		return Edits.save(model, () -> {
			this.actions.update(plan, actionId, form);
			redirect.addFlashAttribute("success", "prevention.action.saved");
			return "redirect:/preventieplan/" + id + "/acties/" + actionId;
		}, () -> page(plan, actionId, model));
	}

	@PostMapping(ACTION + "/verwijderen")
	String delete(@PathVariable long id, @PathVariable long actionId,
			@RequestParam(name = "versie", required = false) String version,
			@RequestParam(name = "bevestig", required = false) String confirmed,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		PlanRef plan = this.access.open(id, user);
		String back = "redirect:/preventieplan/" + id + "/acties/" + actionId;
		this.actions.find(plan, actionId);
		if (confirmed == null) {
			redirect.addFlashAttribute("warning", "prevention.action.delete.confirm");
			return back;
		}
		try {
			this.actions.delete(plan, actionId, PlanActions.versionOf(version), user);
		}
		catch (EditConflict changedMeanwhile) {
			redirect.addFlashAttribute("warning", "prevention.action.delete.conflict");
			return back;
		}
		redirect.addFlashAttribute("success", "prevention.action.deleted");
		return "redirect:/preventieplan/" + id + "/acties";
	}

	@PostMapping(ACTION + "/commentaar")
	String comment(@PathVariable long id, @PathVariable long actionId,
			@Valid @ModelAttribute("commentForm") CommentForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		PlanRef plan = this.access.open(id, user);
		PlanActions.Action action = this.actions.find(plan, actionId);
		if (result.hasErrors()) {
			model.addAttribute("actionForm", ActionForm.from(action));
			return page(plan, actionId, model);
		}
		this.comments.commentOnAction(plan, actionId, form.getBody().strip(), user);
		redirect.addFlashAttribute("success", "prevention.action.commented");
		return "redirect:/preventieplan/" + id + "/acties/" + actionId + "#commentaren";
	}

	/** The edit page with the action as stored now, its goal and its comments. */
	private String page(PlanRef plan, long actionId, Model model) {
		PlanActions.Action action = this.actions.find(plan, actionId);
		model.addAttribute("plan", plan);
		model.addAttribute("action", action);
		model.addAttribute("goal",
				this.actions.goals(plan).stream().filter((g) -> g.id() == action.goalId()).findFirst().orElse(null));
		model.addAttribute("goals", this.actions.goals(plan));
		model.addAttribute("statuses", ActionStatus.values());
		model.addAttribute("comments", this.comments.onAction(plan.id(), actionId));
		model.addAttribute("overdue", action.overdueOn(this.actions.today()));
		return "prevention/action/edit";
	}

}
