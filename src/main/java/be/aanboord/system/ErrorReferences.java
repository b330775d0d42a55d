package be.aanboord.system;

import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;

/**
 * Adds the request's reference to every error page, and for a client error the key of its
 * text ({@code statusKey}, used by {@code error/4xx.html}), and writes the same reference
 * to the log, with the exception for server errors. Nothing technical is handed to the
 * page.
 */
@Component
class ErrorReferences extends DefaultErrorAttributes {

	private static final Logger log = LoggerFactory.getLogger(ErrorReferences.class);

	/**
	 * Client errors with a text of their own ({@code error.<status>.title}); the others
	 * share {@code error.4xx.*}.
	 */
	private static final Set<Integer> EXPLAINED = Set.of(400, 405, 406, 413, 415);

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest webRequest, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(webRequest, ErrorAttributeOptions.defaults());
		HttpServletRequest request = ((ServletWebRequest) webRequest).getRequest();
		String reference = RequestIdFilter.idOrNew(request);
		attributes.put("reference", reference);
		Object status = attributes.get("status");
		attributes.put("statusKey", (status instanceof Integer code && EXPLAINED.contains(code)) ? code : "4xx");
		Object path = webRequest.getAttribute("jakarta.servlet.error.request_uri", RequestAttributes.SCOPE_REQUEST);
		Throwable error = getError(webRequest);
		if (status instanceof Integer code && code >= 500 && code < 600) {
			log.error("Error {} on {} (reference {})", code, path, reference, error);
		}
		else {
			log.info("Error {} on {} (reference {})", status, path, reference);
		}
		return attributes;
	}

}
