package be.aanboord.system;

import java.util.function.Supplier;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.ui.Model;

/**
 * The one way an edit form is saved. The save runs through the module's application
 * service, which owns the transaction; when another save came first, whether found by the
 * service's version check ({@link EditConflict}) or by the database at commit
 * (Hibernate's optimistic lock), nothing is saved and the form is shown again with
 * {@code conflict = true} (the {@code forms :: conflict} fragment) and the user's input,
 * which is still in the model.
 *
 * <pre>{@code
 * return Edits.save(model, () -> {
 *     this.schools.update(id, form);
 *     return "redirect:/scholen/" + id;
 * }, () -> prepareForm(id, model));
 * }</pre>
 */
public final class Edits {

	private Edits() {
	}

	/**
	 * Runs the save; on a conflict, marks the model and returns the form again.
	 * @param model the request's model, holding the bound form object
	 * @param save saves and returns the view to go to (usually a redirect)
	 * @param form prepares the form page again (the record as it is now) and returns its
	 * view
	 * @return the view of the save, or of the form after a conflict
	 */
	public static String save(Model model, Supplier<String> save, Supplier<String> form) {
		try {
			return save.get();
		}
		catch (EditConflict | OptimisticLockingFailureException savedMeanwhile) {
			model.addAttribute("conflict", true);
			return form.get();
		}
	}

}
