package be.aanboord.prevention.template;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import be.aanboord.prevention.Phase;
import be.aanboord.prevention.PlanTemplates;
import be.aanboord.system.NotFoundException;
import be.aanboord.toolbox.FicheLinks;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the template editor's pages show besides their form: a version with its goals by
 * phase (each with its linked fiches, published ones only) and its dialogue steps; the
 * fiches to choose from for a goal. A fixed number of queries per page: the version, its
 * content (four, none for a published version read before), its fiche links and the
 * fiches' titles.
 */
@Component
class TemplatePages {

	/** Most published fiches offered as links of a goal. */
	static final int FICHE_CHOICES = 500;

	/** A goal as the version's page shows it: with the published fiches it links to. */
	record GoalView(PlanTemplates.Goal goal, List<FicheLinks.Link> fiches) {
	}

	/** A phase of the zorgcontinuüm (0–3) with its goals in order. */
	record PhaseGoals(int number, List<GoalView> goals) {
	}

	private final TemplateEditing editing;

	private final FicheLinks fiches;

	TemplatePages(TemplateEditing editing, FicheLinks fiches) {
		this.editing = editing;
		this.fiches = fiches;
	}

	/** The version's page; the note's form unless the model holds one already. */
	String version(TemplateEditing.Version version, Model model) {
		PlanTemplates.Template template = this.editing.content(version);
		Map<Long, List<Long>> links = this.editing.ficheIds(version.id());
		Set<Long> all = new LinkedHashSet<>();
		links.values().forEach(all::addAll);
		Map<Long, FicheLinks.Link> published = this.fiches.published(all)
			.stream()
			.collect(Collectors.toMap(FicheLinks.Link::id, Function.identity()));
		List<PhaseGoals> phases = new ArrayList<>();
		for (Phase phase : Phase.values()) {
			phases.add(new PhaseGoals(phase.number(),
					template.goals(phase)
						.stream()
						.map((goal) -> new GoalView(goal,
								links.getOrDefault(goal.id(), List.of())
									.stream()
									.map(published::get)
									.filter(java.util.Objects::nonNull)
									.toList()))
						.toList()));
		}
		model.addAttribute("version", version);
		model.addAttribute("phases", phases);
		model.addAttribute("steps", template.steps());
		model.addAttribute("goalCount", template.goals().size());
		if (!model.containsAttribute("noteForm")) {
			model.addAttribute("noteForm", NoteForm.of(version.note(), version.lockVersion()));
		}
		return "prevention/template/version";
	}

	/** The goal's form of a version; {@code goal} is null for a new goal. */
	String goal(TemplateEditing.Version version, PlanTemplates.Goal goal, Model model) {
		model.addAttribute("version", version);
		model.addAttribute("goal", goal);
		model.addAttribute("phaseNumbers", List.of(0, 1, 2, 3));
		model.addAttribute("ficheChoices", this.fiches.choices(FICHE_CHOICES));
		return "prevention/template/goal";
	}

	/** The step's form of a version. */
	String step(TemplateEditing.Version version, PlanTemplates.DialogueStep step, Model model) {
		model.addAttribute("version", version);
		model.addAttribute("step", step);
		return "prevention/template/step";
	}

	/**
	 * A goal of the version.
	 * @throws NotFoundException when it is not one of the version's goals
	 */
	PlanTemplates.Goal goalOf(TemplateEditing.Version version, long goalId) {
		return this.editing.content(version)
			.goal(goalId)
			.orElseThrow(() -> new NotFoundException("goal " + goalId + " of version " + version.version()));
	}

	/**
	 * A dialogue step of the version.
	 * @throws NotFoundException when the version has no such step
	 */
	PlanTemplates.DialogueStep stepOf(TemplateEditing.Version version, int step) {
		return this.editing.content(version)
			.steps()
			.stream()
			.filter((candidate) -> candidate.step() == step)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("step " + step + " of version " + version.version()));
	}

	/** The fiches the goal links to (ids, any state). */
	List<Long> ficheIdsOf(TemplateEditing.Version version, long goalId) {
		return this.editing.ficheIds(version.id()).getOrDefault(goalId, List.of());
	}

}
