package be.aanboord.prevention.monitoring;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * A plan id in a monitoring address that is digits but too large for a number names no
 * plan: the Dutch 404 page (an id that is not digits is not mapped at all, so it is 404
 * too).
 */
@ControllerAdvice(basePackageClasses = MonitoringAddresses.class)
class MonitoringAddresses {

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	void unknown(MethodArgumentTypeMismatchException ex, HttpServletResponse response) throws IOException {
		if (ex.getParameter().hasParameterAnnotation(PathVariable.class)) {
			response.sendError(HttpStatus.NOT_FOUND.value());
			return;
		}
		throw ex;
	}

}
