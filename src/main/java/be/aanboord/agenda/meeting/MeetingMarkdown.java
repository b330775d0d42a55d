package be.aanboord.agenda.meeting;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Minutes in Markdown to HTML that is safe to show: CommonMark renders them (raw HTML is
 * escaped) and the OWASP sanitizer keeps only formatting, lists, headings and http(s)
 * links.
 */
final class MeetingMarkdown {

	private static final Parser PARSER = Parser.builder().build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

	private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
		.and(new HtmlPolicyBuilder().allowElements("a")
			.allowUrlProtocols("https", "http", "mailto")
			.allowAttributes("href")
			.onElements("a")
			.requireRelNofollowOnLinks()
			.allowElements("hr")
			.toFactory());

	private MeetingMarkdown() {
	}

	static String toSafeHtml(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
	}

}
