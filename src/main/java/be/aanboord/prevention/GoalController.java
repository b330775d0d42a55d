package be.aanboord.prevention;

import java.time.Clock;
import java.time.Instant;

import jakarta.validation.Valid;

import be.aanboord.account.CurrentUser;
import be.aanboord.system.Edits;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A goal of the plan: its page and its form, saved by htmx as the user types (the answer
 * is the save status and the new version, never the fields) or by a normal POST without
 * JavaScript; a conflict keeps the user's input and shows what is stored now. The CLB
 * comments on the goal.
 */
@Controller
class GoalController {

	private static final String GOAL = "/preventieplan/{id:\\d{1,18}}/doelen/{goalId:\\d{1,18}}";

	private final PlanAccess access;

	private final Plans plans;

	private final PlanComments comments;

	private final GoalPage page;

	private final Clock clock;

	GoalController(PlanAccess access, Plans plans, PlanComments comments, GoalPage page, Clock clock) {
		this.access = access;
		this.plans = plans;
		this.comments = comments;
		this.page = page;
		this.clock = clock;
	}

	@GetMapping(GOAL)
	String show(@PathVariable long id, @PathVariable long goalId, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		PlanAccess.PlanRef plan = this.access.open(id, user);
		PlanTemplates.Goal goal = this.page.goal(plan, goalId);
		Plans.GoalEntry stored = this.plans.goal(id, goalId);
		model.addAttribute("goalForm", GoalForm.from(stored));
		model.addAttribute("commentForm", new CommentForm());
		return this.page.show(plan, goal, stored, user, model);
	}

	@PostMapping(GOAL)
	String save(@PathVariable long id, @PathVariable long goalId, @Valid @ModelAttribute GoalForm goalForm,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		PlanAccess.PlanRef plan = this.access.open(id, user);
		PlanTemplates.Goal goal = this.page.goal(plan, goalId);
		goalForm.checkNotes(result);
		boolean background = "true".equals(htmx);
		model.addAttribute("goal", goal);
		model.addAttribute("goalUrl", "/preventieplan/" + id + "/doelen/" + goalId);
		model.addAttribute("background", background ? true : null);
		if (result.hasErrors()) {
			return background ? "prevention/goal :: autosave" : form(plan, goal, user, model);
		}
		return Edits.save(model, () -> {
			int version = this.plans.saveGoal(plan, goal, goalForm, goalForm.expectedVersion(), user);
			if (background) {
				model.addAttribute("savedAt", Instant.now(this.clock));
				model.addAttribute("newVersion", version);
				return "prevention/goal :: autosave";
			}
			redirect.addFlashAttribute("success", "prevention.goal.saved");
			return "redirect:/preventieplan/" + id + "/doelen/" + goalId;
		}, () -> {
			model.addAttribute("stored", this.plans.goal(id, goalId));
			return background ? "prevention/goal :: autosave" : form(plan, goal, user, model);
		});
	}

	@PostMapping(GOAL + "/commentaar")
	String comment(@PathVariable long id, @PathVariable long goalId, @Valid @ModelAttribute CommentForm commentForm,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		PlanAccess.PlanRef plan = this.access.open(id, user);
		PlanTemplates.Goal goal = this.page.goal(plan, goalId);
		if (result.hasErrors()) {
			Plans.GoalEntry stored = this.plans.goal(id, goalId);
			model.addAttribute("goalForm", GoalForm.from(stored));
			return this.page.show(plan, goal, stored, user, model);
		}
		this.comments.commentOnGoal(plan, goalId, commentForm.getBody(), user);
		redirect.addFlashAttribute("success", "prevention.comment.saved");
		return "redirect:/preventieplan/" + id + "/doelen/" + goalId + "#commentaren";
	}

	private String form(PlanAccess.PlanRef plan, PlanTemplates.Goal goal, CurrentUser user, Model model) {
		model.addAttribute("commentForm", new CommentForm());
		Plans.GoalEntry stored = (Plans.GoalEntry) model.getAttribute("stored");
		return this.page.show(plan, goal, (stored != null) ? stored : this.plans.goal(plan.id(), goal.id()), user,
				model);
	}

}
