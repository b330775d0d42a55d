package be.aanboord.budget;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import be.aanboord.project.SchoolYear;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The school year in a budget address ({@code /budget/2021-2022/…}) is read by the
 * registered {@code SchoolYear} formatter; an address whose school year is not one
 * ({@code /budget/abc}, a blank one) or one the portal does not know
 * ({@code /budget/2015-2016}) is a page that does not exist: the Dutch 404 page, as for a
 * known year without a budget (rather than the 400 of a bad request parameter). Any other
 * unreadable value keeps its 400.
 */
@ControllerAdvice(basePackageClasses = BudgetYearAddresses.class)
class BudgetYearAddresses {

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	void unknownYear(MethodArgumentTypeMismatchException ex, HttpServletResponse response) throws IOException {
		if (ex.getRequiredType() != SchoolYear.class) {
			throw ex;
		}
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

	/** A blank school year ({@code /budget/%20}) is read as none at all. */
	@ExceptionHandler(MissingPathVariableException.class)
	void blankYear(MissingPathVariableException ex, HttpServletResponse response) throws Exception {
		if (ex.getParameter().getParameterType() != SchoolYear.class) {
			throw ex;
		}
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

}
