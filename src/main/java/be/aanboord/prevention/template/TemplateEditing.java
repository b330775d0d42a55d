package be.aanboord.prevention.template;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import be.aanboord.prevention.PlanTemplates;
import be.aanboord.system.EditConflict;
import be.aanboord.system.NotFoundException;
import be.aanboord.system.Pages;
import be.aanboord.toolbox.FicheLinks;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lab's editors' work on the template of the prevention plan (seed 003): a new draft
 * copied from the latest published version (goals, questions, fiche links, dialogue
 * steps) as version n+1, changes to the draft's goals, steps and note, and publishing it.
 * <ul>
 * <li>At most one draft at a time (the database's unique index); asking for a new draft
 * while one exists gives that one.</li>
 * <li>A published version never changes: every change to it is refused
 * ({@link Refused#READ_ONLY}) before anything is saved. Plans keep the version they
 * started from; a plan started after publishing starts from the new version
 * ({@link PlanTemplates#latestPublishedId()}).</li>
 * <li>Two editors: every change carries the lock version its form was opened on
 * ({@code plan_template.lock_version}, one for the whole draft), and raises it; a form
 * opened before another change is a conflict ({@link EditConflict}) and nothing is saved.
 * The check and the raise are one statement, so two saves at the same moment cannot both
 * pass.</li>
 * <li>Every change tells {@link PlanTemplates#forget(long)}.</li>
 * </ul>
 */
@Service
class TemplateEditing {

	/** Versions on a page of the list. */
	static final int PAGE_SIZE = 20;

	/**
	 * A version in the list: its id, number, note, when it was made and published (null:
	 * the draft) and how many plans use it.
	 */
	record VersionRow(long id, int version, String note, Instant createdAt, Instant publishedAt, long plans) {

		public boolean published() {
			return this.publishedAt != null;
		}

	}

	/** A version as its pages start from it, with its lock version. */
	record Version(long id, int version, String note, Instant createdAt, Instant publishedAt, int lockVersion) {

		public boolean published() {
			return this.publishedAt != null;
		}

	}

	private final JdbcClient jdbc;

	private final PlanTemplates templates;

	private final FicheLinks fiches;

	TemplateEditing(JdbcClient jdbc, PlanTemplates templates, FicheLinks fiches) {
		this.jdbc = jdbc;
		this.templates = templates;
		this.fiches = fiches;
	}

	/** A page of the versions, newest first, with the number of plans using each. */
	Page<VersionRow> versions(int requested) {
		return Pages.of(requested, PAGE_SIZE, (pageable) -> {
			long total = this.jdbc.sql("select count(*) from plan_template").query(Long.class).single();
			List<VersionRow> rows = this.jdbc.sql("""
					select t.id, t.version, t.note, t.created_at, t.published_at,
					       (select count(*) from prevention_plan p where p.template_id = t.id) as plans
					from plan_template t order by t.version desc limit :limit offset :offset
					""")
				.param("limit", pageable.getPageSize())
				.param("offset", pageable.getOffset())
				.query(VersionRow.class)
				.list();
			return new PageImpl<>(rows, pageable, total);
		});
	}

	/** The number of the draft, when there is one. */
	Optional<Integer> draftVersion() {
		return this.jdbc.sql("select version from plan_template where published_at is null")
			.query(Integer.class)
			.optional();
	}

	/**
	 * The version with this number.
	 * @throws NotFoundException when there is none
	 */
	Version find(int version) {
		return this.jdbc.sql(
				"select id, version, note, created_at, published_at, lock_version from plan_template where version = ?")
			.param(version)
			.query(Version.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("template version " + version));
	}

	/** The version with its goals, questions and steps ({@link PlanTemplates#get}). */
	PlanTemplates.Template content(Version version) {
		return this.templates.get(version.id());
	}

	/** The fiches each goal of the version links to: goal id → fiche ids. */
	Map<Long, List<Long>> ficheIds(long templateId) {
		Map<Long, List<Long>> links = new LinkedHashMap<>();
		this.jdbc.sql("""
				select l.goal_id, l.fiche_id from plan_goal_fiche l join plan_goal g on g.id = l.goal_id
				where g.template_id = ? order by l.goal_id, l.fiche_id
				""").param(templateId).query((row, n) -> {
			links.computeIfAbsent(row.getLong(1), (goal) -> new ArrayList<>()).add(row.getLong(2));
			return null;
		}).list();
		return links;
	}

	/**
	 * The draft: the existing one, or a new one (version n+1) copied from the latest
	 * published version with its goals, questions, fiche links and dialogue steps.
	 * @return the draft's version number
	 */
	@Transactional
	public int startDraft() {
		Optional<Integer> draft = draftVersion();
		if (draft.isPresent()) {
			return draft.get();
		}
		long from = this.templates.latestPublishedId();
		Long id = this.jdbc.sql("""
				insert into plan_template (version, note)
				select coalesce(max(version), 0) + 1, null from plan_template
				on conflict do nothing returning id
				""").query(Long.class).optional().orElse(null);
		if (id == null) {
			// another editor made the draft at the same moment
			return draftVersion().orElseThrow(() -> new EditConflict("template draft"));
		}
		this.jdbc
			.sql("""
					insert into plan_goal (template_id, phase, position, code, statement, label, explanation)
					select :to, phase, position, code, statement, label, explanation from plan_goal where template_id = :from
					""")
			.param("to", id)
			.param("from", from)
			.update();
		this.jdbc.sql("""
				insert into plan_question (goal_id, position, text)
				select n.id, q.position, q.text from plan_question q
				join plan_goal o on o.id = q.goal_id and o.template_id = :from
				join plan_goal n on n.template_id = :to and n.code = o.code
				""").param("to", id).param("from", from).update();
		this.jdbc.sql("""
				insert into plan_goal_fiche (goal_id, fiche_id)
				select n.id, l.fiche_id from plan_goal_fiche l
				join plan_goal o on o.id = l.goal_id and o.template_id = :from
				join plan_goal n on n.template_id = :to and n.code = o.code
				""").param("to", id).param("from", from).update();
		this.jdbc.sql("""
				insert into plan_dialogue_step (template_id, step, title, aim, guidance, clb_role)
				select :to, step, title, aim, guidance, clb_role from plan_dialogue_step where template_id = :from
				""").param("to", id).param("from", from).update();
		return this.jdbc.sql("select version from plan_template where id = ?").param(id).query(Integer.class).single();
	}

	/**
	 * Saves a goal of the draft: statement, label, explanation, its questions (replaced
	 * in the order typed) and its fiche links (the published ones among the chosen).
	 * @throws Refused when the version is published
	 * @throws EditConflict when the form's lock version is not the draft's
	 * @throws NotFoundException when the goal is not one of the version's
	 */
	@Transactional
	public void saveGoal(Version version, long goalId, GoalForm form) {
		lock(version, form.getLockVersion());
		int changed = this.jdbc.sql("""
				update plan_goal set statement = :statement, label = :label, explanation = :explanation
				where id = :goal and template_id = :template
				""")
			.param("statement", form.getStatement().strip())
			.param("label", form.getLabel().strip())
			.param("explanation", blankToNull(form.getExplanation()))
			.param("goal", goalId)
			.param("template", version.id())
			.update();
		if (changed == 0) {
			throw new NotFoundException("goal " + goalId + " of template version " + version.version());
		}
		writeQuestionsAndFiches(goalId, form);
		this.templates.forget(version.id());
	}

	/**
	 * Adds a goal to the draft, last in its phase.
	 * @return the new goal's id
	 * @throws Refused when the version is published
	 * @throws EditConflict when the form's lock version is not the draft's
	 * @throws CodeTaken when a goal of the version has the code
	 */
	@Transactional
	public long addGoal(Version version, GoalForm form) {
		lock(version, form.getLockVersion());
		String code = form.normalisedCode();
		boolean taken = this.jdbc.sql("select exists (select 1 from plan_goal where template_id = ? and code = ?)")
			.param(version.id())
			.param(code)
			.query(Boolean.class)
			.single();
		if (taken) {
			throw new CodeTaken(code);
		}
		long goalId = this.jdbc.sql("""
				insert into plan_goal (template_id, phase, position, code, statement, label, explanation)
				select :template, :phase, coalesce(max(position), 0) + 1, :code, :statement, :label, :explanation
				from plan_goal where template_id = :template and phase = :phase
				returning id
				""")
			.param("template", version.id())
			.param("phase", form.getPhase())
			.param("code", code)
			.param("statement", form.getStatement().strip())
			.param("label", form.getLabel().strip())
			.param("explanation", blankToNull(form.getExplanation()))
			.query(Long.class)
			.single();
		writeQuestionsAndFiches(goalId, form);
		this.templates.forget(version.id());
		return goalId;
	}

	/**
	 * Removes a goal from the draft, with its questions and fiche links.
	 * @throws Refused when the version is published
	 * @throws EditConflict when the form's lock version is not the draft's
	 * @throws NotFoundException when the goal is not one of the version's
	 */
	@Transactional
	public void removeGoal(Version version, long goalId, int lockVersion) {
		lock(version, lockVersion);
		int removed = this.jdbc.sql("delete from plan_goal where id = ? and template_id = ?")
			.param(goalId)
			.param(version.id())
			.update();
		if (removed == 0) {
			throw new NotFoundException("goal " + goalId + " of template version " + version.version());
		}
		this.templates.forget(version.id());
	}

	/**
	 * Saves a dialogue step (1–5) of the draft.
	 * @throws Refused when the version is published
	 * @throws EditConflict when the form's lock version is not the draft's
	 * @throws NotFoundException when the version has no such step
	 */
	@Transactional
	public void saveStep(Version version, int step, StepForm form) {
		lock(version, form.getLockVersion());
		int changed = this.jdbc.sql("""
				update plan_dialogue_step set title = :title, aim = :aim, guidance = :guidance, clb_role = :role
				where template_id = :template and step = :step
				""")
			.param("title", form.getTitle().strip())
			.param("aim", form.getAim().strip())
			.param("guidance", form.getGuidance().strip())
			.param("role", form.getClbRole().strip())
			.param("template", version.id())
			.param("step", step)
			.update();
		if (changed == 0) {
			throw new NotFoundException("step " + step + " of template version " + version.version());
		}
		this.templates.forget(version.id());
	}

	/**
	 * Saves the draft's note (what changed in this version).
	 * @throws Refused when the version is published
	 * @throws EditConflict when the form's lock version is not the draft's
	 */
	@Transactional
	public void saveNote(Version version, NoteForm form) {
		lock(version, form.getLockVersion());
		this.jdbc.sql("update plan_template set note = ? where id = ?")
			.param(blankToNull(form.getNote()))
			.param(version.id())
			.update();
		this.templates.forget(version.id());
	}

	/**
	 * Publishes the draft: from now on it never changes, and new plans start from it.
	 * @throws Refused when the version is published already, or has no goals
	 * @throws EditConflict when the form's lock version is not the draft's
	 */
	@Transactional
	public void publish(Version version, int lockVersion) {
		lock(version, lockVersion);
		boolean hasGoals = this.jdbc.sql("select exists (select 1 from plan_goal where template_id = ?)")
			.param(version.id())
			.query(Boolean.class)
			.single();
		if (!hasGoals) {
			throw new Refused(Refused.NO_GOALS, "template version " + version.version() + " has no goals");
		}
		this.jdbc.sql("update plan_template set published_at = now() where id = ?").param(version.id()).update();
		this.templates.forget(version.id());
	}

	/**
	 * Checks that the version is a draft and the form's lock version its own, and raises
	 * it, in one statement (the row stays locked until the transaction ends).
	 */
	private void lock(Version version, int formLockVersion) {
		int locked = this.jdbc.sql("""
				update plan_template set lock_version = lock_version + 1
				where id = ? and published_at is null and lock_version = ?
				""").param(version.id()).param(formLockVersion).update();
		if (locked == 1) {
			return;
		}
		boolean published = this.jdbc.sql("select published_at is not null from plan_template where id = ?")
			.param(version.id())
			.query(Boolean.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("template version " + version.version()));
		if (published) {
			throw new Refused(Refused.READ_ONLY, "template version " + version.version() + " is published");
		}
		throw new EditConflict("template version " + version.version());
	}

	private void writeQuestionsAndFiches(long goalId, GoalForm form) {
		this.jdbc.sql("delete from plan_question where goal_id = ?").param(goalId).update();
		List<String> lines = form.questionLines();
		for (int i = 0; i < lines.size(); i++) {
			this.jdbc.sql("insert into plan_question (goal_id, position, text) values (?, ?, ?)")
				.params(goalId, i + 1, lines.get(i))
				.update();
		}
		this.jdbc.sql("delete from plan_goal_fiche where goal_id = ?").param(goalId).update();
		for (long ficheId : publishedAmong(form.getFicheIds())) {
			this.jdbc.sql("insert into plan_goal_fiche (goal_id, fiche_id) values (?, ?)")
				.params(goalId, ficheId)
				.update();
		}
	}

	/** The published fiches among these ids (others are left out). */
	private Set<Long> publishedAmong(Collection<Long> ids) {
		Set<Long> published = new LinkedHashSet<>();
		if (!ids.isEmpty()) {
			this.fiches.published(ids).forEach((link) -> published.add(link.id()));
		}
		return published;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
