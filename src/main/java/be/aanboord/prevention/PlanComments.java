package be.aanboord.prevention;

import java.time.Instant;
import java.util.List;

import be.aanboord.account.CurrentUser;
import be.aanboord.account.Role;
import be.aanboord.system.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CLB's comments on a plan's goals and actions, which the school reads beside them
 * (seed 003: the CLB as critical friend in the dialogue). Only a CLB worker serving the
 * plan's school writes one; a comment is kept as written (no edits), with the author's
 * name as it was then.
 */
@Service
public class PlanComments {

	/** Most characters in a comment (the column's size). */
	public static final int MAX_LENGTH = 4000;

	/** A comment: who wrote it (their name then), when, and the text. */
	public record Comment(long id, String authorName, Instant createdAt, String body) {
	}

	private final JdbcClient jdbc;

	PlanComments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The comments on a goal of the plan, oldest first. */
	public List<Comment> onGoal(long planId, long goalId) {
		return this.jdbc
			.sql("select id, author_name, created_at, body from plan_comment where plan_id = ? and goal_id = ?"
					+ " order by created_at, id")
			.param(planId)
			.param(goalId)
			.query(Comment.class)
			.list();
	}

	/** The comments on an action of the plan, oldest first. */
	public List<Comment> onAction(long planId, long actionId) {
		return this.jdbc
			.sql("select id, author_name, created_at, body from plan_comment where plan_id = ? and action_id = ?"
					+ " order by created_at, id")
			.param(planId)
			.param(actionId)
			.query(Comment.class)
			.list();
	}

	/**
	 * Adds the CLB's comment on a goal of the plan's template.
	 * @param body the text, 1 to {@link #MAX_LENGTH} characters (checked by the form)
	 * @throws NotFoundException when the user is not a CLB worker or the goal is not in
	 * the plan's template
	 */
	@Transactional
	public void commentOnGoal(PlanAccess.PlanRef plan, long goalId, String body, CurrentUser author) {
		requireClb(plan, author);
		int added = this.jdbc.sql("""
				insert into plan_comment (plan_id, goal_id, author_id, author_name, body)
				select :plan, g.id, :author, :name, :body from plan_goal g
				where g.id = :goal and g.template_id = :template
				""")
			.param("plan", plan.id())
			.param("goal", goalId)
			.param("template", plan.templateId())
			.param("author", author.getId())
			.param("name", author.getDisplayName())
			.param("body", body)
			.update();
		if (added == 0) {
			throw new NotFoundException("goal " + goalId);
		}
	}

	/**
	 * Adds the CLB's comment on an action of the plan.
	 * @throws NotFoundException when the user is not a CLB worker or the action is not
	 * the plan's
	 */
	@Transactional
	public void commentOnAction(PlanAccess.PlanRef plan, long actionId, String body, CurrentUser author) {
		requireClb(plan, author);
		int added = this.jdbc.sql("""
				insert into plan_comment (plan_id, action_id, author_id, author_name, body)
				select :plan, a.id, :author, :name, :body from plan_action a
				where a.id = :action and a.plan_id = :plan
				""")
			.param("plan", plan.id())
			.param("action", actionId)
			.param("author", author.getId())
			.param("name", author.getDisplayName())
			.param("body", body)
			.update();
		if (added == 0) {
			throw new NotFoundException("action " + actionId);
		}
	}

	private static void requireClb(PlanAccess.PlanRef plan, CurrentUser author) {
		if (!plan.readByClb() || !author.hasRole(Role.CLB)) {
			throw new NotFoundException("comment form of plan " + plan.id());
		}
	}

}
