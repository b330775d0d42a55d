package be.aanboord.prevention.template;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static be.aanboord.prevention.template.TemplateVersionController.BASE;

/**
 * A dialogue step (1–5) of a draft: title, aim, guiding questions and the CLB's role. A
 * published version's steps are read-only.
 */
@Controller
class TemplateStepController {

	private static final String STEP = BASE + "/{version:\\d{1,9}}/stappen/{step:[1-5]}";

	private final TemplateEditing editing;

	private final TemplatePages pages;

	TemplateStepController(TemplateEditing editing, TemplatePages pages) {
		this.editing = editing;
		this.pages = pages;
	}

	@GetMapping(STEP)
	String editForm(@PathVariable int version, @PathVariable int step, Model model, RedirectAttributes redirect) {
		TemplateEditing.Version found = this.editing.find(version);
		var current = this.pages.stepOf(found, step);
		if (found.published()) {
			return DraftSaves.refused(found, new Refused(Refused.READ_ONLY, "step form"), redirect);
		}
		model.addAttribute("stepForm", StepForm.from(current, found.lockVersion()));
		return this.pages.step(found, current, model);
	}

	@PostMapping(STEP)
	String update(@PathVariable int version, @PathVariable int step, @Valid @ModelAttribute StepForm stepForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		TemplateEditing.Version found = this.editing.find(version);
		var current = this.pages.stepOf(found, step);
		return DraftSaves.save(found, result, model, redirect, () -> this.pages.step(found, current, model), () -> {
			TemplateEditing.Version now = this.editing.find(version);
			stepForm.setLockVersion(now.lockVersion());
			return this.pages.step(now, this.pages.stepOf(now, step), model);
		}, () -> {
			this.editing.saveStep(found, step, stepForm);
			redirect.addFlashAttribute("success", "prevention.template.step.saved");
			return "redirect:" + BASE + "/" + version + "#stap-" + step;
		});
	}

}
