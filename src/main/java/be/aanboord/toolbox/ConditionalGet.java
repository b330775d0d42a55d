package be.aanboord.toolbox;

import java.time.Instant;
import java.util.Collections;
import java.util.Enumeration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.springframework.http.ETag;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Conditional GET and HEAD of a representation that exists, by Spring's
 * {@link ServletWebRequest#checkNotModified(String, long)}: {@code If-None-Match} with a
 * list of strong and weak tags compared weakly, otherwise {@code If-Modified-Since} to
 * the second; a 304 (or 412 for {@code If-Unmodified-Since}) with the ETag and
 * Last-Modified headers. One rule Spring leaves out for safe methods:
 * {@code If-None-Match:
 * *} matches any current representation (RFC 9110, section 13.1.2), so the answer is 304;
 * here that wildcard is handed to Spring as the representation's own tag.
 */
final class ConditionalGet {

	private ConditionalGet() {
	}

	/**
	 * Whether the client's copy is current; then the status and headers are set and
	 * nothing more should be written.
	 * @param etag the representation's strong tag, quoted ({@code "abc"})
	 * @param lastModified when the representation last changed
	 */
	static boolean notModified(ServletWebRequest request, String etag, Instant lastModified) {
		HttpServletRequest servletRequest = request.getRequest();
		boolean wildcard = Collections.list(servletRequest.getHeaders(HttpHeaders.IF_NONE_MATCH))
			.stream()
			.flatMap((value) -> ETag.parse(value).stream())
			.anyMatch(ETag::isWildcard);
		ServletWebRequest evaluated = wildcard
				? new ServletWebRequest(new AnyCurrentTag(servletRequest, etag), request.getResponse()) : request;
		return evaluated.checkNotModified(etag, lastModified.toEpochMilli());
	}

	/** The request with {@code If-None-Match: *} read as the current tag. */
	private static final class AnyCurrentTag extends HttpServletRequestWrapper {

		private final String etag;

		AnyCurrentTag(HttpServletRequest request, String etag) {
			super(request);
			this.etag = etag;
		}

		@Override
		public String getHeader(String name) {
			return HttpHeaders.IF_NONE_MATCH.equalsIgnoreCase(name) ? this.etag : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return HttpHeaders.IF_NONE_MATCH.equalsIgnoreCase(name)
					? Collections.enumeration(java.util.List.of(this.etag)) : super.getHeaders(name);
		}

	}

}
