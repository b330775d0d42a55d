package be.aanboord.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** When the database cannot be reached the user gets the 503 page ("try again later"). */
@ControllerAdvice
class UnavailableDatabaseAdvice {

	private static final Logger log = LoggerFactory.getLogger(UnavailableDatabaseAdvice.class);

	@ExceptionHandler({ DataAccessResourceFailureException.class, CannotCreateTransactionException.class })
	void unavailable(Exception ex, HttpServletRequest request, HttpServletResponse response) throws IOException {
		log.error("Database unavailable (reference {})", RequestIdFilter.idOf(request), ex);
		response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
	}

}
