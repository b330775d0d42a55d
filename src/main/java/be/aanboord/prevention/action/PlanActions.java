package be.aanboord.prevention.action;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import be.aanboord.account.CurrentUser;
import be.aanboord.account.Role;
import be.aanboord.prevention.PlanAccess.PlanRef;
import be.aanboord.prevention.PlanTemplates;
import be.aanboord.system.EditConflict;
import be.aanboord.system.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PDCA table of a school's plan (seed 003: "Wat / Wie / Wanneer / Check", each action
 * serving a goal of the plan's template): the table filtered and paged, adding, editing
 * with the version the form was opened on, and deleting. The school and its CLB both add
 * and edit actions (the plan is worked on together, so two saves of one action are told
 * apart by {@code plan_action.version}); only the school deletes one. Every change also
 * sets the plan's {@code updated_at}. The caller has opened the plan with
 * {@code PlanAccess.open}, which decides who may work on it.
 */
@Service
public class PlanActions {

	/** Rows per page of the table. */
	public static final int PAGE_SIZE = 50;

	/**
	 * An action as stored: the goal it serves, what, who (may be null), when (may be
	 * null), the check (may be null), status and version.
	 */
	public record Action(long id, long goalId, String what, String who, LocalDate dueOn, String checkNote,
			ActionStatus status, int version) {

		/**
		 * Whether the action is overdue on this day: due before it and still planned or
		 * in progress.
		 */
		public boolean overdueOn(LocalDate today) {
			return this.dueOn != null && this.dueOn.isBefore(today) && this.status.isOpen();
		}

	}

	/**
	 * A row of the table: the action, its goal's code and short routekaart label, and
	 * whether it is overdue today (Brussels).
	 */
	public record Row(Action action, String goalCode, String goalLabel, boolean overdue) {
	}

	/** The table's filter: a status and a goal of the plan's template, each optional. */
	public record Filter(ActionStatus status, Long goalId) {
	}

	private static final String COLUMNS = "id, goal_id, what, who, due_on, check_note, status, version";

	private final JdbcClient jdbc;

	private final PlanTemplates templates;

	private final Clock clock;

	PlanActions(JdbcClient jdbc, PlanTemplates templates, Clock clock) {
		this.jdbc = jdbc;
		this.templates = templates;
		this.clock = clock;
	}

	/** The goals of the plan's template, in the template's order (phase, position). */
	public List<PlanTemplates.Goal> goals(PlanRef plan) {
		return this.templates.get(plan.templateId()).goals();
	}

	/** Whether the goal belongs to the plan's template. */
	public boolean isGoalOf(PlanRef plan, long goalId) {
		return this.templates.get(plan.templateId()).goal(goalId).isPresent();
	}

	/**
	 * A page of the plan's actions matching the filter, the earliest due first (actions
	 * without a date last), {@link #PAGE_SIZE} per page; a page past the last gives the
	 * last page. Two queries.
	 * @param page the page number, from 0
	 */
	public Page<Row> table(PlanRef plan, Filter filter, int page) {
		String status = (filter.status() != null) ? filter.status().name() : null;
		String where = " where plan_id = :plan and (cast(:status as varchar) is null or status = :status)"
				+ " and (cast(:goal as bigint) is null or goal_id = :goal)";
		long total = this.jdbc.sql("select count(*) from plan_action" + where)
			.param("plan", plan.id())
			.param("status", status)
			.param("goal", filter.goalId())
			.query(Long.class)
			.single();
		int last = (int) Math.max(0, (total - 1) / PAGE_SIZE);
		int number = Math.min(Math.max(page, 0), last);
		List<Action> actions = this.jdbc
			.sql("select " + COLUMNS + " from plan_action" + where + " order by due_on nulls last, id"
					+ " limit :limit offset :offset")
			.param("plan", plan.id())
			.param("status", status)
			.param("goal", filter.goalId())
			.param("limit", PAGE_SIZE)
			.param("offset", number * PAGE_SIZE)
			.query(PlanActions::action)
			.list();
		PlanTemplates.Template template = this.templates.get(plan.templateId());
		LocalDate today = today();
		List<Row> rows = actions.stream().map((action) -> {
			Optional<PlanTemplates.Goal> goal = template.goal(action.goalId());
			return new Row(action, goal.map(PlanTemplates.Goal::code).orElse(""),
					goal.map(PlanTemplates.Goal::label).orElse(""), action.overdueOn(today));
		}).toList();
		return new PageImpl<>(rows, PageRequest.of(number, PAGE_SIZE), total);
	}

	/** Today in Brussels, the day against which actions are overdue. */
	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * The plan's action.
	 * @throws NotFoundException when the plan has no action with this id
	 */
	public Action find(PlanRef plan, long actionId) {
		return this.jdbc.sql("select " + COLUMNS + " from plan_action where id = ? and plan_id = ?")
			.param(actionId)
			.param(plan.id())
			.query(PlanActions::action)
			.optional()
			.orElseThrow(() -> new NotFoundException("action " + actionId + " of plan " + plan.id()));
	}

	/**
	 * Adds an action to the plan; returns its id.
	 * @throws NotFoundException when the goal is not one of the plan's template (the form
	 * checks it first, with {@link #isGoalOf})
	 */
	@Transactional
	public long add(PlanRef plan, ActionForm form) {
		Long id = this.jdbc.sql("""
				insert into plan_action (plan_id, goal_id, what, who, due_on, check_note, status)
				select :plan, g.id, :what, cast(:who as varchar), cast(:due as date), cast(:check as text), :status
				from plan_goal g
				where g.id = :goal and g.template_id = :template
				returning id
				""")
			.params(params(plan, form))
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("goal " + form.getGoalId()));
		touch(plan);
		return id;
	}

	/**
	 * Saves the edited action, when nobody saved it since the form was opened.
	 * @throws EditConflict when the action's version is no longer the form's
	 * @throws NotFoundException when the plan has no such action, or the goal is not one
	 * of the plan's template
	 */
	@Transactional
	public void update(PlanRef plan, long actionId, ActionForm form) {
		int updated = this.jdbc
			.sql("""
					update plan_action a set goal_id = g.id, what = :what, who = cast(:who as varchar), due_on = cast(:due as date),
					       check_note = cast(:check as text), status = :status, version = a.version + 1, updated_at = now()
					from plan_goal g
					where a.id = :id and a.plan_id = :plan and a.version = :version
					  and g.id = :goal and g.template_id = :template
					""")
			.params(params(plan, form))
			.param("id", actionId)
			.param("version", form.getVersion())
			.update();
		if (updated == 0) {
			Action current = find(plan, actionId);
			EditConflict.check("action " + actionId, form.getVersion(), current.version());
			throw new NotFoundException("goal " + form.getGoalId());
		}
		touch(plan);
	}

	/**
	 * Deletes the plan's action with its comments: only the school does.
	 * @throws NotFoundException when the user is not the plan's school user or the plan
	 * has no such action
	 */
	@Transactional
	public void delete(PlanRef plan, long actionId, Integer version, CurrentUser user) {
		if (plan.readByClb() || !user.hasRole(Role.SCHOOL)) {
			throw new NotFoundException("delete action " + actionId);
		}
		int deleted = this.jdbc.sql("delete from plan_action where id = ? and plan_id = ? and version = ?")
			.param(actionId)
			.param(plan.id())
			.param((version != null) ? version : -1)
			.update();
		if (deleted == 0) {
			find(plan, actionId);
			throw new EditConflict("action " + actionId);
		}
		touch(plan);
	}

	/** The version a form sent, or null when it is missing or no number. */
	static Integer versionOf(String text) {
		return (text != null && text.strip().matches("\\d{1,9}")) ? Integer.valueOf(text.strip()) : null;
	}

	private void touch(PlanRef plan) {
		this.jdbc.sql("update prevention_plan set updated_at = now() where id = ?").param(plan.id()).update();
	}

	private static Map<String, Object> params(PlanRef plan, ActionForm form) {
		Map<String, Object> params = new HashMap<>();
		params.put("plan", plan.id());
		params.put("template", plan.templateId());
		params.put("goal", form.getGoalId());
		params.put("what", form.getWhat().strip());
		params.put("who", blankAsNull(form.getWho()));
		params.put("due", form.getDueOn());
		params.put("check", blankAsNull(form.getCheckNote()));
		params.put("status", form.getStatus().name());
		return params;
	}

	private static String blankAsNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private static Action action(ResultSet rs, int row) throws SQLException {
		return new Action(rs.getLong("id"), rs.getLong("goal_id"), rs.getString("what"), rs.getString("who"),
				rs.getObject("due_on", LocalDate.class), rs.getString("check_note"),
				ActionStatus.valueOf(rs.getString("status")), rs.getInt("version"));
	}

}
