package be.aanboord.prevention.view;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import be.aanboord.prevention.Phase;
import be.aanboord.prevention.PlanAccess.PlanRef;
import be.aanboord.prevention.PlanTemplates;
import be.aanboord.prevention.PlanTemplates.Goal;
import be.aanboord.prevention.PlanTemplates.Template;
import be.aanboord.prevention.monitoring.MonitoringCounts;
import be.aanboord.prevention.monitoring.MonitoringCounts.MonthCounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the plan page shows, read in a fixed number of grouped queries whatever the plan
 * holds (no query per goal, action or month): the ratings of all the school's plans by
 * goal code (this year's, last year's and the year comparison in one), the open actions,
 * the dialogue's steps, the monitoring counts of the plan's school year, the attachments
 * and the CLB's comments (their number and the latest few). The template comes from
 * {@link PlanTemplates} (in memory once published). The PDF reads the same and, in two
 * more queries, the notes on the questions and all comments ({@link #full}).
 */
@Component
class PlanPage {

	/** How many of the latest CLB comments the page shows. */
	static final int LATEST_COMMENTS = 3;

	/** How many school years the year comparison shows at most (the latest). */
	static final int COMPARED_YEARS = 5;

	/**
	 * Action statuses that count as open (seed 003's PDCA table: not done or dropped).
	 */
	static final List<String> OPEN = List.of("PLANNED", "IN_PROGRESS");

	/**
	 * A goal of the plan as the routekaart and its table show it: the template's goal,
	 * this plan's rating (0–10, null when not rated), whether it is a focus goal, the
	 * improvement text (null when none), last school year's rating for the same code
	 * (null when none) and the number of open actions.
	 */
	record GoalRow(Goal goal, Integer rating, boolean focus, String improvement, Integer lastYear, int openActions) {

		/** The colour band of the rating (see {@link Routekaart#band(Integer)}). */
		public String band() {
			return Routekaart.band(this.rating);
		}

	}

	/**
	 * An open action (PLANNED or IN_PROGRESS) with the code and label of its goal;
	 * overdue when it was due before today.
	 */
	record OpenAction(long id, long goalId, String code, String label, String what, String who, LocalDate dueOn,
			String status, boolean overdue) {
	}

	/** An action of the PDCA table (the PDF lists all, whatever their status). */
	record Action(long id, long goalId, String what, String who, LocalDate dueOn, String checkNote, String status) {
	}

	/**
	 * A step of the dialogue with its title from the template and where the plan stands
	 * (NOT_STARTED when the plan has no row for it yet).
	 */
	record Step(int step, String title, String status, LocalDate startedOn, LocalDate completedOn, String note) {
	}

	/** A month's monitoring counts (null when not filled in). */
	/** An attachment's title, file name and size in bytes. */
	record Attachment(long id, String title, String fileName, long sizeBytes) {
	}

	/** A CLB comment on a goal or on an action (exactly one of the two ids is set). */
	record Comment(Long goalId, Long actionId, String authorName, String body, Instant createdAt) {
	}

	/**
	 * The page: the plan, its template, goals in the template's order, open actions (the
	 * earliest due first), steps 1–5, the months that hold counts, attachments, the
	 * number of CLB comments and the latest of them, and the year comparison.
	 */
	record View(PlanRef plan, Template template, List<GoalRow> goals, List<OpenAction> openActions, List<Step> steps,
			List<MonthCounts> months, List<Attachment> attachments, int commentCount, List<Comment> latestComments,
			YearComparison comparison) {

		/** The goals of a phase, in order. */
		public List<GoalRow> goals(Phase phase) {
			return this.goals.stream().filter((row) -> row.goal().phase() == phase).toList();
		}

		/** The phases from the top of the routekaart (3) to its bottom (0). */
		public List<Phase> phasesTopDown() {
			return List.of(Phase.ADAPTED_CURRICULUM, Phase.EXTENDED_CARE, Phase.INCREASED_CARE, Phase.BROAD_BASIC_CARE);
		}

		/** The phases in the order of the zorgcontinuüm (0 first). */
		public List<Phase> phases() {
			return List.of(Phase.values());
		}

		/** How many open actions are overdue. */
		public long overdueCount() {
			return this.openActions.stream().filter(OpenAction::overdue).count();
		}

	}

	/**
	 * What the PDF adds to the page: the notes on the questions by question id, all
	 * actions (by due date) and all comments (oldest first).
	 */
	record Full(View view, Map<Long, String> notes, List<Action> actions, List<Comment> comments) {

		/** The comments on a goal. */
		public List<Comment> onGoal(long goalId) {
			return this.comments.stream()
				.filter((comment) -> comment.goalId() != null && comment.goalId() == goalId)
				.toList();
		}

		/** The comments on an action. */
		public List<Comment> onAction(long actionId) {
			return this.comments.stream()
				.filter((comment) -> comment.actionId() != null && comment.actionId() == actionId)
				.toList();
		}

		/** The goal of an action, from the plan's template. */
		public Goal goal(Action action) {
			return this.view.template().goal(action.goalId()).orElse(null);
		}

		/** The note on a question, or null. */
		public String note(long questionId) {
			return this.notes.get(questionId);
		}

	}

	private record Rating(long planId, int startYear, long goalId, String code, Integer rating, boolean focus,
			String improvement) {
	}

	private record StepRow(int step, String status, LocalDate startedOn, LocalDate completedOn, String note) {
	}

	private record CommentRow(Long goalId, Long actionId, String authorName, String body, Instant createdAt,
			int total) {
	}

	private final JdbcClient jdbc;

	private final PlanTemplates templates;

	private final Clock clock;

	private final MonitoringCounts monitoring;

	PlanPage(JdbcClient jdbc, PlanTemplates templates, Clock clock, MonitoringCounts monitoring) {
		this.monitoring = monitoring;
		this.jdbc = jdbc;
		this.templates = templates;
		this.clock = clock;
	}

	/**
	 * The page of a plan the user may open (checked by the caller with
	 * {@code PlanAccess.open}): six queries, plus the template's three the first time.
	 */
	@Transactional(readOnly = true)
	View read(PlanRef plan) {
		Template template = this.templates.get(plan.templateId());
		List<Rating> ratings = ratings(plan);
		List<OpenAction> open = openActions(plan);
		Map<Long, Integer> openPerGoal = new HashMap<>();
		open.forEach((action) -> openPerGoal.merge(action.goalId(), 1, Integer::sum));
		Map<Long, Rating> mine = new HashMap<>();
		Map<String, Integer> lastYear = new HashMap<>();
		for (Rating rating : ratings) {
			if (rating.planId() == plan.id()) {
				mine.put(rating.goalId(), rating);
			}
			else if (rating.startYear() == plan.startYear() - 1 && rating.rating() != null) {
				lastYear.put(rating.code(), rating.rating());
			}
		}
		List<GoalRow> goals = template.goals().stream().map((goal) -> {
			Rating entry = mine.get(goal.id());
			return new GoalRow(goal, (entry != null) ? entry.rating() : null, entry != null && entry.focus(),
					(entry != null) ? entry.improvement() : null, lastYear.get(goal.code()),
					openPerGoal.getOrDefault(goal.id(), 0));
		}).toList();
		List<CommentRow> comments = this.jdbc.sql("""
				select goal_id, action_id, author_name, body, created_at, count(*) over () as total
				from plan_comment where plan_id = ? order by created_at desc, id desc limit ?""")
			.param(plan.id())
			.param(LATEST_COMMENTS)
			.query(CommentRow.class)
			.list();
		return new View(plan, template, goals, open, steps(plan, template),
				this.monitoring.forSchoolYear(plan.schoolId(), plan.startYear()), attachments(plan),
				comments.isEmpty() ? 0 : comments.get(0).total(),
				comments.stream()
					.map((row) -> new Comment(row.goalId(), row.actionId(), row.authorName(), row.body(),
							row.createdAt()))
					.toList(),
				comparison(template, ratings));
	}

	/** The page's content and what the PDF adds: three more queries. */
	@Transactional(readOnly = true)
	Full full(PlanRef plan) {
		View view = read(plan);
		Map<Long, String> notes = new LinkedHashMap<>();
		this.jdbc.sql("select question_id, note from plan_answer where plan_id = ?")
			.param(plan.id())
			.query((rs, n) -> notes.put(rs.getLong(1), rs.getString(2)))
			.list();
		List<Action> actions = this.jdbc.sql("""
				select id, goal_id, what, who, due_on, check_note, status from plan_action
				where plan_id = ? order by due_on nulls last, id""").param(plan.id()).query(Action.class).list();
		List<Comment> comments = this.jdbc.sql("""
				select goal_id, action_id, author_name, body, created_at from plan_comment
				where plan_id = ? order by created_at, id""").param(plan.id()).query(Comment.class).list();
		return new Full(view, notes, actions, comments);
	}

	/** The entries of all the school's plans, with the code of their goal. */
	private List<Rating> ratings(PlanRef plan) {
		return this.jdbc.sql("""
				select p.id as plan_id, p.start_year, e.goal_id, g.code, e.rating, e.focus, e.improvement
				from prevention_plan p
				join plan_goal_entry e on e.plan_id = p.id
				join plan_goal g on g.id = e.goal_id
				where p.school_id = ? and p.start_year <= ?
				order by p.start_year, g.code""")
			.param(plan.schoolId())
			.param(plan.startYear())
			.query(Rating.class)
			.list();
	}

	private List<OpenAction> openActions(PlanRef plan) {
		LocalDate today = LocalDate.now(this.clock);
		return this.jdbc.sql("""
				select a.id, a.goal_id, g.code, g.label, a.what, a.who, a.due_on, a.status,
				       coalesce(a.due_on < ?, false) as overdue
				from plan_action a join plan_goal g on g.id = a.goal_id
				where a.plan_id = ? and a.status in ('PLANNED', 'IN_PROGRESS')
				order by a.due_on nulls last, a.id""").param(today).param(plan.id()).query(OpenAction.class).list();
	}

	private List<Step> steps(PlanRef plan, Template template) {
		Map<Integer, StepRow> rows = new HashMap<>();
		this.jdbc.sql(
				"select step, status, started_on, completed_on, note from plan_dialogue where plan_id = ? order by step")
			.param(plan.id())
			.query(StepRow.class)
			.list()
			.forEach((row) -> rows.put(row.step(), row));
		return template.steps().stream().map((step) -> {
			StepRow row = rows.get(step.step());
			return (row != null)
					? new Step(step.step(), step.title(), row.status(), row.startedOn(), row.completedOn(), row.note())
					: new Step(step.step(), step.title(), "NOT_STARTED", null, null, null);
		}).toList();
	}

	private List<Attachment> attachments(PlanRef plan) {
		return this.jdbc
			.sql("select id, title, file_name, size_bytes from plan_attachment where plan_id = ? order by id")
			.param(plan.id())
			.query(Attachment.class)
			.list();
	}

	/**
	 * The ratings by code over the school's latest {@value #COMPARED_YEARS} school years
	 * up to this plan's, in the order of this plan's template.
	 */
	private static YearComparison comparison(Template template, List<Rating> ratings) {
		TreeSet<Integer> years = new TreeSet<>();
		ratings.forEach((rating) -> years.add(rating.startYear()));
		while (years.size() > COMPARED_YEARS) {
			years.pollFirst();
		}
		Map<String, Map<Integer, Integer>> byCode = new HashMap<>();
		for (Rating rating : ratings) {
			if (rating.rating() != null && years.contains(rating.startYear())) {
				byCode.computeIfAbsent(rating.code(), (code) -> new HashMap<>())
					.put(rating.startYear(), rating.rating());
			}
		}
		List<YearComparison.Series> series = new ArrayList<>();
		for (Goal goal : template.goals()) {
			Map<Integer, Integer> byYear = byCode.getOrDefault(goal.code(), Map.of());
			List<Integer> values = years.stream().map(byYear::get).toList();
			series.add(new YearComparison.Series(goal.code(), goal.label(), values));
		}
		return YearComparison.draw(List.copyOf(years), series);
	}

}
