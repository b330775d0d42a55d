package be.aanboord.prevention;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The template of the prevention plan as the plan's pages read it: a version's goals by
 * phase with their checklist questions, and its five dialogue steps (seed 003). A
 * published version never changes, so it is read once and kept; a draft is read each
 * time. Writes to the template go through the template editor, which calls
 * {@link #forget(long)} for the draft it changes.
 */
@Service
public class PlanTemplates {

	/** A checklist question of a goal. */
	public record Question(long id, int position, String text) {
	}

	/**
	 * A goal of a template version: its phase, position in the phase, stable code (G0.1 …
	 * G3.2, the same across versions), statement, short routekaart label, explanation
	 * (may be null) and its questions in order.
	 */
	public record Goal(long id, Phase phase, int position, String code, String statement, String label,
			String explanation, List<Question> questions) {
	}

	/**
	 * A step of the dialogue with the CLB (1–5): title, aim, guiding lines (one per line;
	 * "## topic" starts a topic) and the CLB's role.
	 */
	public record DialogueStep(int step, String title, String aim, String guidance, String clbRole) {

		/** The guiding lines grouped by topic (a topic "" when the step has none). */
		public Map<String, List<String>> guidanceByTopic() {
			Map<String, List<String>> topics = new LinkedHashMap<>();
			String topic = "";
			for (String line : this.guidance.split("\\R")) {
				String text = line.strip();
				if (text.startsWith("##")) {
					topic = text.substring(2).strip();
					topics.putIfAbsent(topic, new ArrayList<>());
				}
				else if (!text.isEmpty()) {
					topics.computeIfAbsent(topic, (key) -> new ArrayList<>()).add(text);
				}
			}
			return topics;
		}

	}

	/** A template version: id, version number, whether published, its goals and steps. */
	public record Template(long id, int version, boolean published, List<Goal> goals, List<DialogueStep> steps) {

		/** The goal with this id, if it belongs to this version. */
		public Optional<Goal> goal(long goalId) {
			return this.goals.stream().filter((goal) -> goal.id() == goalId).findFirst();
		}

		/** The goals of a phase, in order. */
		public List<Goal> goals(Phase phase) {
			return this.goals.stream().filter((goal) -> goal.phase() == phase).toList();
		}

	}

	private final JdbcClient jdbc;

	private final Map<Long, Template> published = new ConcurrentHashMap<>();

	PlanTemplates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The id of the latest published version: a new plan starts from it. */
	public long latestPublishedId() {
		return this.jdbc
			.sql("select id from plan_template where published_at is not null order by version desc limit 1")
			.query(Long.class)
			.single();
	}

	/**
	 * A template version with its goals and steps (three queries the first time; a
	 * published version from memory afterwards).
	 * @throws be.aanboord.system.NotFoundException when there is no such version
	 */
	public Template get(long templateId) {
		Template kept = this.published.get(templateId);
		if (kept != null) {
			return kept;
		}
		Template template = read(templateId);
		if (template.published()) {
			this.published.put(templateId, template);
		}
		return template;
	}

	/**
	 * Forgets what is kept of a version (called after the template editor changes it).
	 */
	public void forget(long templateId) {
		this.published.remove(templateId);
	}

	private record Head(long id, int version, boolean published) {
	}

	private record GoalRow(long id, int phase, int position, String code, String statement, String label,
			String explanation) {
	}

	private record QuestionRow(long goalId, long id, int position, String text) {
	}

	private Template read(long templateId) {
		Head head = this.jdbc
			.sql("select id, version, published_at is not null as published from plan_template where id = ?")
			.param(templateId)
			.query(Head.class)
			.optional()
			.orElseThrow(() -> new be.aanboord.system.NotFoundException("template " + templateId));
		List<GoalRow> goalRows = this.jdbc
			.sql("select id, phase, position, code, statement, label, explanation from plan_goal"
					+ " where template_id = ? order by phase, position, id")
			.param(templateId)
			.query(GoalRow.class)
			.list();
		Map<Long, List<Question>> questions = new LinkedHashMap<>();
		this.jdbc
			.sql("select q.goal_id, q.id, q.position, q.text from plan_question q join plan_goal g on g.id = q.goal_id"
					+ " where g.template_id = ? order by q.goal_id, q.position, q.id")
			.param(templateId)
			.query(QuestionRow.class)
			.list()
			.forEach((row) -> questions.computeIfAbsent(row.goalId(), (key) -> new ArrayList<>())
				.add(new Question(row.id(), row.position(), row.text())));
		List<Goal> goals = goalRows.stream()
			.map((row) -> new Goal(row.id(), Phase.of(row.phase()), row.position(), row.code(), row.statement(),
					row.label(), row.explanation(), List.copyOf(questions.getOrDefault(row.id(), List.of()))))
			.toList();
		List<DialogueStep> steps = this.jdbc
			.sql("select step, title, aim, guidance, clb_role from plan_dialogue_step where template_id = ?"
					+ " order by step")
			.param(templateId)
			.query(DialogueStep.class)
			.list();
		return new Template(head.id(), head.version(), head.published(), goals, steps);
	}

}
