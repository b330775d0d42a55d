package be.aanboord.prevention.template;

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

/**
 * The template's versions for the lab's editors: the list, a version's page, a new draft
 * from the latest published version, the draft's note and publishing it. A published
 * version is read-only: a write to it is refused with a Dutch message.
 */
@Controller
class TemplateVersionController {

	static final String BASE = "/preventieplan/sjabloon";

	private final TemplateEditing editing;

	private final TemplatePages pages;

	TemplateVersionController(TemplateEditing editing, TemplatePages pages) {
		this.editing = editing;
		this.pages = pages;
	}

	@GetMapping(BASE)
	String list(@RequestParam(name = "pagina", defaultValue = "0") int page, Model model) {
		model.addAttribute("versions", this.editing.versions(page));
		model.addAttribute("draft", this.editing.draftVersion().orElse(null));
		return "prevention/template/versions";
	}

	@PostMapping(BASE + "/concept")
	String startDraft(RedirectAttributes redirect) {
		boolean existed = this.editing.draftVersion().isPresent();
		int draft = this.editing.startDraft();
		if (existed) {
			redirect.addFlashAttribute("success", "prevention.template.draft.existing");
		}
		else {
			redirect.addFlashAttribute("success", "prevention.template.draft.created");
		}
		return "redirect:" + BASE + "/" + draft;
	}

	@GetMapping(BASE + "/{version:\\d{1,9}}")
	String show(@PathVariable int version, Model model) {
		return this.pages.version(this.editing.find(version), model);
	}

	@PostMapping(BASE + "/{version:\\d{1,9}}/notitie")
	String saveNote(@PathVariable int version, @Valid @ModelAttribute("noteForm") NoteForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		TemplateEditing.Version found = this.editing.find(version);
		return DraftSaves.save(found, result, model, redirect, () -> this.pages.version(found, model), () -> {
			TemplateEditing.Version now = this.editing.find(version);
			form.setLockVersion(now.lockVersion());
			return this.pages.version(now, model);
		}, () -> {
			this.editing.saveNote(found, form);
			redirect.addFlashAttribute("success", "prevention.template.saved");
			return "redirect:" + BASE + "/" + version;
		});
	}

	@PostMapping(BASE + "/{version:\\d{1,9}}/publiceren")
	String publish(@PathVariable int version, @RequestParam(name = "lockVersion", defaultValue = "") String lock,
			@RequestParam(name = "bevestigd", defaultValue = "") String confirmed, RedirectAttributes redirect) {
		TemplateEditing.Version found = this.editing.find(version);
		try {
			if (!found.published() && !"ja".equals(confirmed)) {
				redirect.addFlashAttribute("refused", "prevention.template.publish.confirm");
				return "redirect:" + BASE + "/" + version;
			}
			this.editing.publish(found, DraftSaves.lockOf(lock));
			redirect.addFlashAttribute("success", "prevention.template.published");
			return "redirect:" + BASE + "/" + version;
		}
		catch (Refused refused) {
			return DraftSaves.refused(found, refused, redirect);
		}
		catch (EditConflict conflict) {
			redirect.addFlashAttribute("refused", "prevention.template.conflict");
			return "redirect:" + BASE + "/" + version;
		}
	}

}
