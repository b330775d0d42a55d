package be.aanboord.prevention.template;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * A version, goal or step number in a template address that is digits but too large for a
 * number ({@code /preventieplan/sjabloon/99999999999}) names nothing: the Dutch 404 page,
 * as for a version that does not exist (other addresses that are not digits are not
 * mapped at all, so they are 404 too).
 */
@ControllerAdvice(basePackageClasses = TemplateAddresses.class)
class TemplateAddresses {

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	void unknown(MethodArgumentTypeMismatchException ex, HttpServletResponse response) throws IOException {
		if (ex.getParameter().hasParameterAnnotation(PathVariable.class)) {
			response.sendError(HttpStatus.NOT_FOUND.value());
			return;
		}
		throw ex;
	}

}
