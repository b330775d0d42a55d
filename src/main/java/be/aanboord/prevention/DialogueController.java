package be.aanboord.prevention;

import java.util.ArrayList;
import java.util.List;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The dialogue with the CLB in five steps (seed 003, "Aanwezig op school"): each step's
 * aim, guiding questions by topic and the CLB's role from the plan's template, and a form
 * per step (status, dates, note) saved one step at a time with its version.
 */
@Controller
class DialogueController {

	private static final String DIALOGUE = "/preventieplan/{id:\\d{1,18}}/dialoog";

	private final PlanAccess access;

	private final Plans plans;

	private final PlanTemplates templates;

	DialogueController(PlanAccess access, Plans plans, PlanTemplates templates) {
		this.access = access;
		this.plans = plans;
		this.templates = templates;
	}

	@GetMapping(DIALOGUE)
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		return page(this.access.open(id, user), null, model);
	}

	@PostMapping(DIALOGUE)
	String save(@PathVariable long id, @Valid @ModelAttribute DialogueForm dialogueForm, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		PlanAccess.PlanRef plan = this.access.open(id, user);
		if (result.hasFieldErrors("step")) {
			throw new be.aanboord.system.NotFoundException("dialogue step of plan " + id);
		}
		if (result.hasErrors()) {
			return page(plan, dialogueForm, model);
		}
		return Edits.save(model, () -> {
			this.plans.saveDialogue(plan, dialogueForm);
			redirect.addFlashAttribute("success", "prevention.dialogue.saved");
			return "redirect:/preventieplan/" + id + "/dialoog#stap-" + dialogueForm.getStep();
		}, () -> page(plan, dialogueForm, model));
	}

	/** The page, with the posted form (errors or a conflict) in place of its step's. */
	private String page(PlanAccess.PlanRef plan, DialogueForm posted, Model model) {
		List<Plans.DialogueEntry> stored = this.plans.dialogue(plan.id());
		List<DialogueForm> forms = new ArrayList<>();
		for (Plans.DialogueEntry entry : stored) {
			boolean isPosted = posted != null && posted.getStep() == entry.step();
			forms.add(isPosted ? posted : DialogueForm.from(entry));
		}
		model.addAttribute("plan", plan);
		model.addAttribute("steps", this.templates.get(plan.templateId()).steps());
		model.addAttribute("forms", forms);
		model.addAttribute("stored", stored);
		model.addAttribute("postedStep", (posted != null) ? posted.getStep() : null);
		model.addAttribute("statuses", DialogueStatus.values());
		return "prevention/dialogue";
	}

}
