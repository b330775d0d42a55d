package be.aanboord.toolbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;

/**
 * An attachment far larger than the toolbox accepts leads back to the contributor's form
 * with the same message as any file over the toolbox's limit, before anything of it is
 * parsed or stored. This is what happens to a file over the server's own multipart limit
 * ({@code spring.servlet.multipart.*}, set higher): without it, the first code to read a
 * parameter of such a request (the CSRF check) fails on it, and the contributor gets the
 * container's bare error page or, in a browser still sending the file, a connection
 * error. Runs before Spring Security, which checks every upload let through.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1)
class AttachmentUploadLimit extends OncePerRequestFilter {

	/** The query parameter of the form's address that reports the refusal. */
	static final String TOO_LARGE = "bijlage=te-groot";

	/** Room for the form's other fields and the multipart framing around the file. */
	private static final long FORM_OVERHEAD_BYTES = DataSize.ofKilobytes(64).toBytes();

	/** Larger requests are not read to their end: the connection is closed on them. */
	private static final long MAX_DRAINED_BYTES = DataSize.ofGigabytes(1).toBytes();

	private static final Pattern UPLOAD = Pattern.compile("/toolbox/mijn-fiches/(?:([0-9]{1,18})/bijlagen|nieuw)");

	private static final Logger log = LoggerFactory.getLogger(AttachmentUploadLimit.class);

	private final StandardServletMultipartResolver multipart = new StandardServletMultipartResolver();

	private final long maxRequestBytes;

	AttachmentUploadLimit(@Value("${aanboord.toolbox.max-upload-size:20MB}") DataSize maxUploadSize) {
		this.maxRequestBytes = maxUploadSize.toBytes() + FORM_OVERHEAD_BYTES;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !this.multipart.isMultipart(request)
				|| !UPLOAD.matcher(path(request)).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > this.maxRequestBytes) {
			log.info("Upload of {} bytes refused: over the toolbox's limit", request.getContentLengthLong());
			if (drained(request)) {
				backToTheForm(request, response);
			}
			return;
		}
		try {
			// the container keeps the parts it reads here for the rest of the request
			this.multipart.resolveMultipart(request);
		}
		catch (MaxUploadSizeExceededException ex) {
			// the server's own limits are set below the toolbox's, or the size was not
			// announced
			log.warn("Upload refused: over the server's multipart limits ({})", ex.getMessage());
			backToTheForm(request, response);
			return;
		}
		catch (MultipartException ex) {
			// a body that is not the multipart it announces: the client's mistake
			log.info("Upload refused: malformed multipart body ({})", ex.getMessage());
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		chain.doFilter(request, response);
	}

	private static void backToTheForm(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Matcher upload = UPLOAD.matcher(path(request));
		upload.matches();
		String form = (upload.group(1) != null) ? upload.group(1) : "nieuw";
		response
			.sendRedirect(request.getContextPath() + "/toolbox/mijn-fiches/" + form + "?" + TOO_LARGE + "#bijlagen");
	}

	/**
	 * Reads the rest of the refused request, up to a point: a browser that is still
	 * sending a file when the server closes the connection shows a connection error of
	 * its own instead of the answer.
	 */
	private static boolean drained(HttpServletRequest request) {
		if (request.getContentLengthLong() > MAX_DRAINED_BYTES) {
			return true;
		}
		try (InputStream rest = request.getInputStream()) {
			rest.transferTo(OutputStream.nullOutputStream());
			return true;
		}
		catch (IOException ex) {
			log.info("The client abandoned the refused upload: {}", ex.toString());
			return false;
		}
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
