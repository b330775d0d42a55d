package be.aanboord.system;

import java.io.IOException;
import java.io.Writer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The page for a request that Tomcat refuses before the application sees it, such as an
 * address with an encoded NUL ({@code %00}) or another character it does not accept: the
 * same Dutch text, reference and security headers as the application's own error pages
 * (which cannot be used: no servlet runs for such a request), instead of Tomcat's English
 * report. Texts come from the Dutch message bundle ({@code error.<status>.*}). What
 * Tomcat answers with 501 or 505 (the method {@code CONNECT}, an unknown transfer coding,
 * an HTTP version other than 1.0 or 1.1) is the client's doing and gets the 400 page: the
 * portal answers no request with a 5xx status that is not its own failure.
 */
public class ServerErrorReport extends ErrorReportValve {

	private static final Logger log = LoggerFactory.getLogger(ServerErrorReport.class);

	private static final Set<Integer> EXPLAINED = Set.of(400, 403, 404, 405, 406, 409, 413, 415, 500, 503);

	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
			+ "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

	private final ResourceBundle dutch = ResourceBundle.getBundle("i18n/messages", Locale.ROOT,
			ServerErrorReport.class.getClassLoader(),
			ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		if (status == HttpServletResponse.SC_NOT_IMPLEMENTED
				|| status == HttpServletResponse.SC_HTTP_VERSION_NOT_SUPPORTED) {
			// a method (CONNECT), transfer coding or protocol version no client of the
			// portal uses: the client's request, not a fault of the server
			status = HttpServletResponse.SC_BAD_REQUEST;
			response.setStatus(status);
		}
		String reference = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
		log.info("Error {} on a request the server refused (reference {})", status, reference);
		String key = "error." + (EXPLAINED.contains(status) ? status : (status < 500) ? "4xx" : "500");
		String title = text(key + ".title");
		String html = """
				<!DOCTYPE html>
				<html lang="nl">
				<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
				<title>%s · %s</title><link rel="stylesheet" href="/static/css/aanboord.css"></head>
				<body><main class="container narrow">
				<h1>%s</h1>
				<p>%s</p>
				<p><a href="/">%s</a></p>
				<p class="small">%s: <code>%s</code></p>
				</main></body>
				</html>
				""".formatted(title, text("app.name"), title, text(key + ".text"), text("error.home"),
				text("error.reference"), reference);
		try {
			response.setContentType("text/html");
			response.setCharacterEncoding("UTF-8");
			response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
			response.setHeader("X-Content-Type-Options", "nosniff");
			response.setHeader("X-Frame-Options", "DENY");
			response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
			response.setHeader("Cache-Control", "no-store");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(html);
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			log.debug("Could not write the error page (reference {})", reference, ex);
		}
	}

	private String text(String key) {
		return HtmlUtils.htmlEscape(this.dutch.getString(key));
	}

	/** Puts this report in place of Tomcat's own on the host that serves the portal. */
	@Component
	static class Installation implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

		@Override
		public void customize(ConfigurableTomcatWebServerFactory factory) {
			factory.addContextCustomizers((context) -> {
				if (context.getParent() instanceof StandardHost host) {
					host.setErrorReportValveClass(ServerErrorReport.class.getName());
				}
			});
		}

	}

}
