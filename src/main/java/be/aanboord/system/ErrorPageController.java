package be.aanboord.system;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.autoconfigure.error.AbstractErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error page for every status, whatever the request accepts: the Dutch error layout
 * ({@code templates/error/<status>.html}, {@code 4xx.html} or {@code 5xx.html}) with its
 * reference ({@link ErrorReferences}) and the security headers, also for a client that
 * asks for JSON, an image or anything else (the portal has no JSON interface, and
 * Spring's JSON error body is English and technical), and also for a request that never
 * passed Spring Security's header writer ({@link SecurityHeaders}). A request for
 * {@code /error} itself, outside an error dispatch, is answered as an address that does
 * not exist (404).
 */
@Controller
@RequestMapping("${spring.web.error.path:/error}")
class ErrorPageController extends AbstractErrorController {

	ErrorPageController(ErrorAttributes errorAttributes, ObjectProvider<ErrorViewResolver> errorViewResolvers) {
		super(errorAttributes, errorViewResolvers.orderedStream().toList());
	}

	@RequestMapping
	ModelAndView error(HttpServletRequest request, HttpServletResponse response) {
		if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
			request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpStatus.NOT_FOUND.value());
		}
		HttpStatus status = getStatus(request);
		Map<String, Object> model = Collections
			.unmodifiableMap(getErrorAttributes(request, ErrorAttributeOptions.defaults()));
		response.setStatus(status.value());
		SecurityHeaders.addMissing(response);
		ModelAndView page = resolveErrorView(request, response, status, model);
		return (page != null) ? page : new ModelAndView(status.is5xxServerError() ? "error/5xx" : "error/4xx", model);
	}

}
