package be.aanboord.prevention.template;

import java.util.function.Supplier;

import jakarta.validation.Valid;

import be.aanboord.system.EditConflict;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static be.aanboord.prevention.template.TemplateVersionController.BASE;

/**
 * A draft's goals: edit one (statement, label, explanation, questions one per line, fiche
 * links), add one (with its phase and a code unique in the version), remove one. The
 * forms of a published version are not shown: the editor is sent back to the version's
 * page with the Dutch message that it is read-only.
 */
@Controller
class TemplateGoalController {

	private static final String GOALS = BASE + "/{version:\\d{1,9}}/doelen";

	private final TemplateEditing editing;

	private final TemplatePages pages;

	TemplateGoalController(TemplateEditing editing, TemplatePages pages) {
		this.editing = editing;
		this.pages = pages;
	}

	@GetMapping(GOALS + "/{goalId:\\d{1,18}}")
	String editForm(@PathVariable int version, @PathVariable long goalId, Model model, RedirectAttributes redirect) {
		TemplateEditing.Version found = this.editing.find(version);
		var goal = this.pages.goalOf(found, goalId);
		if (found.published()) {
			return DraftSaves.refused(found, new Refused(Refused.READ_ONLY, "goal form"), redirect);
		}
		model.addAttribute("goalForm", GoalForm.from(goal, this.pages.ficheIdsOf(found, goalId), found.lockVersion()));
		return this.pages.goal(found, goal, model);
	}

	@PostMapping(GOALS + "/{goalId:\\d{1,18}}")
	String update(@PathVariable int version, @PathVariable long goalId, @Valid @ModelAttribute GoalForm goalForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		TemplateEditing.Version found = this.editing.find(version);
		var goal = this.pages.goalOf(found, goalId);
		Supplier<String> form = () -> this.pages.goal(found, goal, model);
		Supplier<String> again = () -> {
			TemplateEditing.Version now = this.editing.find(version);
			goalForm.setLockVersion(now.lockVersion());
			return this.pages.goal(now, this.pages.goalOf(now, goalId), model);
		};
		goalForm.checkQuestions(result);
		return DraftSaves.save(found, result, model, redirect, form, again, () -> {
			this.editing.saveGoal(found, goalId, goalForm);
			redirect.addFlashAttribute("success", "prevention.template.goal.saved");
			return "redirect:" + BASE + "/" + version + "#doel-" + goalId;
		});
	}

	@GetMapping(GOALS + "/nieuw")
	String newForm(@PathVariable int version, @RequestParam(name = "fase", defaultValue = "0") String phase,
			Model model, RedirectAttributes redirect) {
		TemplateEditing.Version found = this.editing.find(version);
		if (found.published()) {
			return DraftSaves.refused(found, new Refused(Refused.READ_ONLY, "new goal"), redirect);
		}
		GoalForm form = new GoalForm();
		form.setLockVersion(found.lockVersion());
		form.setPhase(phase.matches("[0-3]") ? Integer.parseInt(phase) : 0);
		model.addAttribute("goalForm", form);
		return this.pages.goal(found, null, model);
	}

	@PostMapping(GOALS + "/nieuw")
	String create(@PathVariable int version, @Valid @ModelAttribute GoalForm goalForm, BindingResult result,
			Model model, RedirectAttributes redirect) {
		TemplateEditing.Version found = this.editing.find(version);
		Supplier<String> form = () -> this.pages.goal(found, null, model);
		Supplier<String> again = () -> {
			TemplateEditing.Version now = this.editing.find(version);
			goalForm.setLockVersion(now.lockVersion());
			return this.pages.goal(now, null, model);
		};
		goalForm.checkNew(result);
		goalForm.checkQuestions(result);
		return DraftSaves.save(found, result, model, redirect, form, again, () -> {
			try {
				long goalId = this.editing.addGoal(found, goalForm);
				redirect.addFlashAttribute("success", "prevention.template.goal.added");
				return "redirect:" + BASE + "/" + version + "#doel-" + goalId;
			}
			catch (CodeTaken taken) {
				result.rejectValue("code", "prevention.template.error.codeTaken");
				return form.get();
			}
		});
	}

	@PostMapping(GOALS + "/{goalId:\\d{1,18}}/verwijderen")
	String remove(@PathVariable int version, @PathVariable long goalId,
			@RequestParam(name = "lockVersion", defaultValue = "") String lock, RedirectAttributes redirect) {
		TemplateEditing.Version found = this.editing.find(version);
		try {
			this.editing.removeGoal(found, goalId, DraftSaves.lockOf(lock));
			redirect.addFlashAttribute("success", "prevention.template.goal.removed");
		}
		catch (Refused refused) {
			return DraftSaves.refused(found, refused, redirect);
		}
		catch (EditConflict conflict) {
			redirect.addFlashAttribute("refused", "prevention.template.conflict");
		}
		return "redirect:" + BASE + "/" + version;
	}

}
