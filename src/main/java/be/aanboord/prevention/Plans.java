package be.aanboord.prevention;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import be.aanboord.account.CurrentUser;
import be.aanboord.project.SchoolYear;
import be.aanboord.system.EditConflict;
import be.aanboord.system.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work on a school's prevention plan (seed 003): starting the plan of a school year,
 * saving a goal (rating out of ten, the improvement, focus and the notes on its checklist
 * questions, all together) and saving a step of the dialogue with the CLB. The school and
 * its CLB both write, so every save checks the version the form was opened on
 * ({@link EditConflict} when the other saved meanwhile; nothing is saved then) and
 * touches the plan's {@code updated_at}. Who may open a plan is {@link PlanAccess}'s
 * rule; the callers pass the plan it opened.
 */
@Service
public class Plans {

	/** Most characters in a note, an improvement or a dialogue note (design). */
	public static final int MAX_TEXT = 4000;

	/** A plan of the school: its id, school year, and how many goals have a rating. */
	public record Summary(long id, int startYear, int goalsRated, Instant updatedAt) {

		/** The school year, e.g. 2026-2027. */
		public SchoolYear schoolYear() {
			return new SchoolYear(this.startYear);
		}

	}

	/**
	 * A school the CLB serves with its plan of the school year, if any: {@code planId}
	 * null when there is none yet, {@code goalsRated} 0 then.
	 */
	public record SchoolStatus(long schoolId, String name, String city, Long planId, int goalsRated) {
	}

	/**
	 * A goal as stored for the plan: rating 0–10 or null, improvement, focus, the notes
	 * by question id, when and by whom it was last saved (null before the first save),
	 * whether that was a user of the plan's school (else the CLB) and its version (0
	 * before the first save).
	 */
	public record GoalEntry(Integer rating, String improvement, boolean focus, Map<Long, String> notes,
			Instant updatedAt, String updatedByName, boolean updatedBySchool, int version) {
	}

	/**
	 * A dialogue step as stored for the plan (status NOT_STARTED and version 0 before the
	 * first save).
	 */
	public record DialogueEntry(int step, DialogueStatus status, LocalDate startedOn, LocalDate completedOn,
			String note, int version) {
	}

	private final JdbcClient jdbc;

	private final PlanTemplates templates;

	private final PlanAccess access;

	private final Clock clock;

	Plans(JdbcClient jdbc, PlanTemplates templates, PlanAccess access, Clock clock) {
		this.jdbc = jdbc;
		this.templates = templates;
		this.access = access;
		this.clock = clock;
	}

	/** The school year of today (Brussels): its start year. */
	public int currentStartYear() {
		return SchoolYear.startYearOf(LocalDate.now(this.clock));
	}

	/**
	 * The school years a plan may be started for today: the current one, and from 1 June
	 * until the end of the school year also the next one (design: "the next one allowed
	 * from 1 June").
	 */
	public List<Integer> startableYears() {
		LocalDate today = LocalDate.now(this.clock);
		int current = SchoolYear.startYearOf(today);
		boolean summer = today.getMonthValue() >= Month.JUNE.getValue()
				&& today.getMonthValue() < Month.SEPTEMBER.getValue();
		return summer ? List.of(current, current + 1) : List.of(current);
	}

	/**
	 * Starts the school's plan of a school year from the latest published template, or
	 * returns the plan it already has for that year (one per school and year).
	 * @return the plan's id
	 * @throws NotFoundException when the user may not open the school's plans
	 * @throws IllegalArgumentException when the year is not one of
	 * {@link #startableYears()} (the caller checks first)
	 */
	@Transactional
	public long start(long schoolId, int startYear, CurrentUser user) {
		if (!this.access.mayOpenSchool(schoolId, user)) {
			throw new NotFoundException("school " + schoolId);
		}
		if (!startableYears().contains(startYear)) {
			throw new IllegalArgumentException("Not a year to start a plan for: " + startYear);
		}
		this.jdbc.sql("""
				insert into prevention_plan (school_id, start_year, template_id) values (?, ?, ?)
				on conflict (school_id, start_year) do nothing
				""").params(schoolId, startYear, this.templates.latestPublishedId()).update();
		return this.jdbc.sql("select id from prevention_plan where school_id = ? and start_year = ?")
			.params(schoolId, startYear)
			.query(Long.class)
			.single();
	}

	/** The school's plans, newest school year first (one query). */
	public List<Summary> ofSchool(long schoolId) {
		return this.jdbc.sql("""
				select p.id, p.start_year,
				       (select count(*) from plan_goal_entry e where e.plan_id = p.id and e.rating is not null)
				           as goals_rated,
				       p.updated_at
				from prevention_plan p where p.school_id = ? order by p.start_year desc
				""").param(schoolId).query(Summary.class).list();
	}

	/**
	 * The schools the CLB serves, by name, with their plan of the school year (two
	 * queries: the page and the count).
	 */
	public Page<SchoolStatus> ofClb(long clbId, int startYear, Pageable page) {
		List<SchoolStatus> rows = this.jdbc
			.sql("""
					select s.id as school_id, s.name, s.city, p.id as plan_id,
					       coalesce((select count(*) from plan_goal_entry e where e.plan_id = p.id and e.rating is not null),
					                0) as goals_rated
					from school s left join prevention_plan p on p.school_id = s.id and p.start_year = :year
					where s.clb_id = :clb
					order by lower(s.name), s.id limit :limit offset :offset
					""")
			.param("year", startYear)
			.param("clb", clbId)
			.param("limit", page.getPageSize())
			.param("offset", page.getOffset())
			.query(SchoolStatus.class)
			.list();
		long total = this.jdbc.sql("select count(*) from school where clb_id = ?")
			.param(clbId)
			.query(Long.class)
			.single();
		return new PageImpl<>(rows, page, total);
	}

	/** The goal as stored for the plan (two queries), version 0 before the first save. */
	public GoalEntry goal(long planId, long goalId) {
		Map<Long, String> notes = new HashMap<>();
		this.jdbc.sql("""
				select a.question_id, a.note from plan_answer a join plan_question q on q.id = a.question_id
				where a.plan_id = ? and q.goal_id = ?
				""").params(planId, goalId).query((rs) -> {
			notes.put(rs.getLong(1), rs.getString(2));
		});
		return this.jdbc.sql("""
				select e.rating, e.improvement, e.focus, e.updated_at, a.display_name,
				       coalesce(a.school_id = p.school_id, false), e.version
				from plan_goal_entry e join prevention_plan p on p.id = e.plan_id
				left join account a on a.id = e.updated_by
				where e.plan_id = ? and e.goal_id = ?
				""")
			.params(planId, goalId)
			.query((rs, row) -> new GoalEntry(rs.getObject(1, Integer.class), rs.getString(2), rs.getBoolean(3), notes,
					rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getBoolean(6), rs.getInt(7)))
			.optional()
			.orElse(new GoalEntry(null, null, false, notes, null, null, false, 0));
	}

	/**
	 * The rating of the goal with the same code in the school's plan of the school year
	 * before, if that plan exists and rated it.
	 */
	public Optional<Integer> lastYearsRating(PlanAccess.PlanRef plan, String goalCode) {
		return this.jdbc.sql("""
				select e.rating from prevention_plan p
				join plan_goal g on g.template_id = p.template_id and g.code = ?
				join plan_goal_entry e on e.plan_id = p.id and e.goal_id = g.id
				where p.school_id = ? and p.start_year = ? and e.rating is not null
				""").params(goalCode, plan.schoolId(), plan.startYear() - 1).query(Integer.class).optional();
	}

	/**
	 * Saves the goal of the plan: rating, improvement, focus and the notes of its
	 * questions (an empty note is removed), all or nothing.
	 * @param expectedVersion the version the form was opened on (0 before the first save)
	 * @return the goal's new version
	 * @throws EditConflict when someone saved the goal since that version
	 */
	@Transactional
	public int saveGoal(PlanAccess.PlanRef plan, PlanTemplates.Goal goal, GoalForm form, int expectedVersion,
			CurrentUser user) {
		this.jdbc.sql("insert into plan_goal_entry (plan_id, goal_id) values (?, ?) on conflict do nothing")
			.params(plan.id(), goal.id())
			.update();
		int current = this.jdbc.sql("select version from plan_goal_entry where plan_id = ? and goal_id = ? for update")
			.params(plan.id(), goal.id())
			.query(Integer.class)
			.single();
		EditConflict.check("goal " + goal.id() + " of plan " + plan.id(), expectedVersion, current);
		this.jdbc.sql("""
				update plan_goal_entry set rating = ?, improvement = ?, focus = ?, updated_at = now(),
				       updated_by = ?, version = version + 1
				where plan_id = ? and goal_id = ?
				""")
			.params(form.getRating(), blankToNull(form.getImprovement()), form.isFocus(), user.getId(), plan.id(),
					goal.id())
			.update();
		List<Long> cleared = new ArrayList<>();
		List<Long> answered = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		for (PlanTemplates.Question question : goal.questions()) {
			String note = blankToNull(form.getNotes().get(question.id()));
			if (note == null) {
				cleared.add(question.id());
			}
			else {
				answered.add(question.id());
				notes.add(note);
			}
		}
		this.jdbc.sql("delete from plan_answer where plan_id = ? and question_id = any (?)")
			.params(plan.id(), cleared.toArray(Long[]::new))
			.update();
		this.jdbc.sql("""
				insert into plan_answer (plan_id, question_id, note)
				select ?, question, note from unnest(?::bigint[], ?::text[]) as typed (question, note)
				on conflict (plan_id, question_id) do update set note = excluded.note
				""").params(plan.id(), answered.toArray(Long[]::new), notes.toArray(String[]::new)).update();
		touch(plan);
		return current + 1;
	}

	/** The plan's five dialogue steps as stored, in order (one query). */
	public List<DialogueEntry> dialogue(long planId) {
		Map<Integer, DialogueEntry> stored = new HashMap<>();
		this.jdbc
			.sql("select step, status, started_on, completed_on, note, version from plan_dialogue where plan_id = ?")
			.param(planId)
			.query(DialogueEntry.class)
			.list()
			.forEach((entry) -> stored.put(entry.step(), entry));
		return java.util.stream.IntStream.rangeClosed(1, 5)
			.mapToObj((step) -> stored.getOrDefault(step,
					new DialogueEntry(step, DialogueStatus.NOT_STARTED, null, null, null, 0)))
			.toList();
	}

	/**
	 * Saves a dialogue step of the plan (status, dates, note).
	 * @param form a valid form (completed on or after started, step 1–5, checked by the
	 * form)
	 * @return the step's new version
	 * @throws EditConflict when someone saved the step since the form's version
	 */
	@Transactional
	public int saveDialogue(PlanAccess.PlanRef plan, DialogueForm form) {
		this.jdbc.sql("insert into plan_dialogue (plan_id, step) values (?, ?) on conflict do nothing")
			.params(plan.id(), form.getStep())
			.update();
		int current = this.jdbc.sql("select version from plan_dialogue where plan_id = ? and step = ? for update")
			.params(plan.id(), form.getStep())
			.query(Integer.class)
			.single();
		EditConflict.check("dialogue step " + form.getStep() + " of plan " + plan.id(), form.getVersion(), current);
		this.jdbc.sql("""
				update plan_dialogue set status = ?, started_on = ?, completed_on = ?, note = ?, updated_at = now(),
				       version = version + 1
				where plan_id = ? and step = ?
				""")
			.params(form.getStatus().name(), form.getStartedOn(), form.getCompletedOn(), blankToNull(form.getNote()),
					plan.id(), form.getStep())
			.update();
		touch(plan);
		return current + 1;
	}

	private void touch(PlanAccess.PlanRef plan) {
		this.jdbc.sql("update prevention_plan set updated_at = now() where id = ?").param(plan.id()).update();
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

}
