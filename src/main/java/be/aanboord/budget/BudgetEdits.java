package be.aanboord.budget;

import java.util.function.Supplier;

import be.aanboord.system.Edits;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.ObjectError;

/**
 * How a budget form is saved: through {@link Edits} (a conflict shows the form again with
 * the user's input), and a change the step of the process does not allow
 * ({@link BudgetRuleException}, thrown by the year inside {@link BudgetProcess}'s
 * transaction, which then rolls back) shows the form again with the rule's message above
 * it (as a global error of the form: {@code forms :: globalErrors}).
 */
final class BudgetEdits {

	private BudgetEdits() {
	}

	/**
	 * Runs the save; on a conflict or a broken rule, returns the form again.
	 * @param model the request's model, holding the bound form object
	 * @param result the form's binding result, which gets the rule's message as a global
	 * error
	 * @param save saves and returns the view to go to
	 * @param form prepares the form page again and returns its view
	 */
	static String save(Model model, BindingResult result, Supplier<String> save, Supplier<String> form) {
		return Edits.save(model, () -> {
			try {
				return save.get();
			}
			catch (BudgetRuleException broken) {
				// as result.reject(key, arguments, null); BudgetRuleMessagesTest
				// checks the keys against the bundles
				result.addError(new ObjectError(result.getObjectName(),
						result.resolveMessageCodes(broken.getMessageKey()), broken.getArguments(), null));
				return form.get();
			}
		}, form);
	}

}
