package be.aanboord.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Two saves of the same record raced past the form's own version check: the second is
 * refused and the user is told, rather than overwriting silently.
 */
@ControllerAdvice
class ConcurrentEditAdvice {

	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	void conflict(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.CONFLICT.value());
	}

}
