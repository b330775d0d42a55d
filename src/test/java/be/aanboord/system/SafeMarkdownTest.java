package be.aanboord.system;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SafeMarkdownTest {

	@Test
	void markdownBecomesHeadingsListsTablesAndLinks() {
		String html = SafeMarkdown.toSafeHtml("""
				## Wat?

				- **één** punt
				- [SOM](https://www.samenonderwijsmaken.be)

				| a | b |
				| --- | --- |
				| 1 | 2 |
				""");
		Document document = Jsoup.parseBodyFragment(html);
		assertThat(document.select("h2").eachText()).containsExactly("Wat?");
		assertThat(document.select("li strong").eachText()).containsExactly("één");
		var link = document.selectFirst("li a");
		assertThat(link.text()).isEqualTo("SOM");
		assertThat(link.attributes().asList())
			.extracting((attribute) -> attribute.getKey() + "=" + attribute.getValue())
			.containsExactly("href=https://www.samenonderwijsmaken.be", "rel=nofollow");
		assertThat(document.select("table tr")).hasSize(2);
	}

	@Test
	void scriptInTheMarkdownNeverBecomesMarkup() {
		String html = SafeMarkdown.toSafeHtml("""
				Hallo <script>alert('x')</script>

				<img src=x onerror="alert(1)">

				[klik](javascript:alert(1)) <a href="https://x" onclick="alert(1)">a</a>
				""");
		Document document = Jsoup.parseBodyFragment(html);
		assertThat(document.select("script, img, iframe, style")).isEmpty();
		assertThat(document.getAllElements())
			.allSatisfy((element) -> assertThat(element.attributes().asList()).noneMatch(
					(attribute) -> attribute.getKey().startsWith("on") || attribute.getValue().contains("javascript")));
		assertThat(document.text()).contains("<script>alert('x')</script>");
	}

}
