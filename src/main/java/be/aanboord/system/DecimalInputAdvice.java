package be.aanboord.system;

import java.math.BigDecimal;

import org.springframework.format.support.FormatterPropertyEditorAdapter;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Binds every {@link BigDecimal} of every form and request parameter through
 * {@link DecimalInput}, in the language of the request. Registered as the binders'
 * editor, not only in the conversion service: when a converter refuses a value, the
 * binder falls back to its default editor, which would read {@code 1e999999999} and then
 * write it out a billion digits long when the form is shown again.
 */
@ControllerAdvice
class DecimalInputAdvice {

	@InitBinder
	void decimals(WebDataBinder binder) {
		binder.registerCustomEditor(BigDecimal.class, new FormatterPropertyEditorAdapter(new DecimalInput()));
	}

}
