package be.aanboord.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * When the database cannot be reached the user gets the 503 page ("try again later"),
 * written by {@link DatabaseOutage} at once (not through the error dispatch, which would
 * wait for the session store again). Whatever else Hibernate throws for a lost connection
 * ({@code JDBCConnectionException} and the like, not translated by Spring) passes out of
 * Spring MVC and is answered by the filter itself.
 */
@ControllerAdvice
class UnavailableDatabaseAdvice {

	private static final Logger log = LoggerFactory.getLogger(UnavailableDatabaseAdvice.class);

	private final DatabaseOutage outage;

	UnavailableDatabaseAdvice(DatabaseOutage outage) {
		this.outage = outage;
	}

	@ExceptionHandler({ DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
			QueryTimeoutException.class, TransientDataAccessResourceException.class })
	void unavailable(Exception ex, HttpServletRequest request, HttpServletResponse response) throws Exception {
		if (!DatabaseOutage.isOutage(ex) || response.isCommitted()) {
			throw ex;
		}
		log.error("Database unavailable (reference {})", RequestIdFilter.idOf(request), ex);
		this.outage.answer(request, response);
	}

}
