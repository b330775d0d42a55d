package be.aanboord.prevention.template;

import java.util.function.Supplier;

import be.aanboord.system.Edits;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one way the template editor's forms save: a published version is refused (back to
 * its page with the Dutch message, nothing saved), a form with errors is shown again, and
 * a conflict ({@link Edits}) shows the form again with the input.
 */
final class DraftSaves {

	private DraftSaves() {
	}

	/**
	 * Saves unless the version is published or the form has errors.
	 * @param form the form page again, after errors
	 * @param again the form page after a conflict (with the draft as it is now)
	 * @param save saves and returns the view to go to
	 */
	static String save(TemplateEditing.Version version, BindingResult result, Model model, RedirectAttributes redirect,
			Supplier<String> form, Supplier<String> again, Supplier<String> save) {
		if (version.published()) {
			return refused(version, new Refused(Refused.READ_ONLY, "form of version " + version.version()), redirect);
		}
		if (result.hasErrors()) {
			return form.get();
		}
		try {
			return Edits.save(model, save, again);
		}
		catch (Refused refused) {
			return refused(version, refused, redirect);
		}
	}

	/** Back to the version's page with the refusal's message. */
	static String refused(TemplateEditing.Version version, Refused refused, RedirectAttributes redirect) {
		redirect.addFlashAttribute("refused", refused.messageKey());
		return "redirect:" + TemplateVersionController.BASE + "/" + version.version();
	}

	/** The lock version a button's form carried; -1 (a conflict) when it is no number. */
	static int lockOf(String lock) {
		return (lock != null && lock.matches("\\d{1,9}")) ? Integer.parseInt(lock) : -1;
	}

}
