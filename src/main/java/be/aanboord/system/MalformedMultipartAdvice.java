package be.aanboord.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.util.WebUtils;

/**
 * A request that announces a multipart body ({@code Content-Type: multipart/…}) it does
 * not have, on any address and with any method, is the client's mistake: the 400 page,
 * not a 500. A body over the server's multipart limit stays a 413. The exception is kept
 * on the request, so that the error dispatch that shows the page does not try to read the
 * same body again (and fail again, leaving the 400 without a page).
 */
@ControllerAdvice
class MalformedMultipartAdvice {

	private static final Logger log = LoggerFactory.getLogger(MalformedMultipartAdvice.class);

	@ExceptionHandler(MultipartException.class)
	void malformed(MultipartException ex, HttpServletRequest request, HttpServletResponse response) throws IOException {
		request.setAttribute(WebUtils.ERROR_EXCEPTION_ATTRIBUTE, ex);
		if (ex instanceof MaxUploadSizeExceededException) {
			response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
			return;
		}
		log.info("Malformed multipart request refused (reference {}): {}", RequestIdFilter.idOf(request),
				ex.getMessage());
		response.sendError(HttpStatus.BAD_REQUEST.value());
	}

}
