package be.aanboord.system;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * Renders a view (a template or a template fragment,
 * {@code "budget/advice-body :: body"}) to a string, through the same view resolver and
 * with the same request as the page, so that messages, links, formatting and CSRF fields
 * come out exactly as on the page. For a page part that a module keeps and inserts again
 * unchanged ({@code th:utext}) while the data behind it has not changed.
 */
@Component
public class RenderedViews {

	private final ViewResolver views;

	RenderedViews(ViewResolver thymeleafViewResolver) {
		this.views = thymeleafViewResolver;
	}

	/**
	 * @param viewName a view name as a controller would return it
	 * @param model the model of the request (the view reads nothing else)
	 * @return the rendered HTML in the language of the request
	 * @throws IllegalStateException when the view does not exist or fails to render
	 */
	public String render(String viewName, Map<String, ?> model, HttpServletRequest request,
			HttpServletResponse response) {
		Locale locale = LocaleContextHolder.getLocale();
		StringWriter html = new StringWriter(16 * 1024);
		try {
			View view = this.views.resolveViewName(viewName, locale);
			if (view == null) {
				throw new IllegalStateException("no view " + viewName);
			}
			view.render(model, request, new Capture(response, new PrintWriter(html)));
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException("view " + viewName + " failed to render", ex);
		}
		return html.toString();
	}

	/** The page's response, but what the view writes goes to a string. */
	private static final class Capture extends HttpServletResponseWrapper {

		private final PrintWriter writer;

		Capture(HttpServletResponse response, PrintWriter writer) {
			super(response);
			this.writer = writer;
		}

		@Override
		public PrintWriter getWriter() {
			return this.writer;
		}

		@Override
		public void setContentType(String type) {
			// the page sets its own
		}

		@Override
		public void setCharacterEncoding(String charset) {
			// the page sets its own
		}

		@Override
		public void setLocale(Locale locale) {
			// the page sets its own
		}

		@Override
		public void flushBuffer() {
			this.writer.flush();
		}

	}

}
