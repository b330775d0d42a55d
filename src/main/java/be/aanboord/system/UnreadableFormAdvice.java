package be.aanboord.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A form field name that no form of the portal sends, such as a list index far beyond any
 * row ({@code lines[100000].amount}), cannot be bound: the request is answered with the
 * Dutch 400 page rather than a server error. (Field values that cannot be read are errors
 * next to their field, as ever.)
 */
@ControllerAdvice
class UnreadableFormAdvice {

	private static final Logger log = LoggerFactory.getLogger(UnreadableFormAdvice.class);

	@ExceptionHandler(InvalidPropertyException.class)
	void unreadable(InvalidPropertyException ex, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		log.info("Form field {} refused (reference {})", ex.getPropertyName(), RequestIdFilter.idOf(request));
		response.sendError(HttpStatus.BAD_REQUEST.value());
	}

}
