package be.aanboord.prevention;

import java.util.List;

import be.aanboord.account.CurrentUser;
import be.aanboord.account.Role;
import be.aanboord.system.NotFoundException;
import be.aanboord.toolbox.FicheLinks;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What a goal's page shows besides its form: the goal of the plan's template with the
 * goals before and after it, the published toolbox fiches linked to it, last school
 * year's rating of the goal with the same code, the CLB's comments, and whether the
 * reader may comment (the CLB). A fixed number of queries (the template from memory).
 */
@Component
class GoalPage {

	private final PlanTemplates templates;

	private final Plans plans;

	private final PlanComments comments;

	private final FicheLinks fiches;

	private final JdbcClient jdbc;

	GoalPage(PlanTemplates templates, Plans plans, PlanComments comments, FicheLinks fiches, JdbcClient jdbc) {
		this.templates = templates;
		this.plans = plans;
		this.comments = comments;
		this.fiches = fiches;
		this.jdbc = jdbc;
	}

	/**
	 * The goal, when it belongs to the plan's template.
	 * @throws NotFoundException otherwise
	 */
	PlanTemplates.Goal goal(PlanAccess.PlanRef plan, long goalId) {
		return this.templates.get(plan.templateId())
			.goal(goalId)
			.orElseThrow(() -> new NotFoundException("goal " + goalId + " of plan " + plan.id()));
	}

	/** Fills the model of the page around the bound forms and returns its view. */
	String show(PlanAccess.PlanRef plan, PlanTemplates.Goal goal, Plans.GoalEntry stored, CurrentUser user,
			Model model) {
		List<PlanTemplates.Goal> goals = this.templates.get(plan.templateId()).goals();
		int at = goals.indexOf(goal);
		List<Long> ficheIds = this.jdbc.sql("select fiche_id from plan_goal_fiche where goal_id = ?")
			.param(goal.id())
			.query(Long.class)
			.list();
		model.addAttribute("plan", plan);
		model.addAttribute("goal", goal);
		model.addAttribute("previous", (at > 0) ? goals.get(at - 1) : null);
		model.addAttribute("next", (at < goals.size() - 1) ? goals.get(at + 1) : null);
		model.addAttribute("position", at + 1);
		model.addAttribute("goalCount", goals.size());
		model.addAttribute("stored", stored);
		model.addAttribute("fiches", ficheIds.isEmpty() ? List.of() : this.fiches.published(ficheIds));
		model.addAttribute("lastYear", this.plans.lastYearsRating(plan, goal.code()).orElse(null));
		model.addAttribute("comments", this.comments.onGoal(plan.id(), goal.id()));
		model.addAttribute("canComment", plan.readByClb() && user.hasRole(Role.CLB));
		model.addAttribute("goalUrl", "/preventieplan/" + plan.id() + "/doelen/" + goal.id());
		return "prevention/goal";
	}

}
