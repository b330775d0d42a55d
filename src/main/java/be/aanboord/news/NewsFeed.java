package be.aanboord.news;

import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import be.aanboord.system.PublicPage;
import be.aanboord.system.SafeMarkdown;
import be.aanboord.system.XmlCharacters;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import static be.aanboord.system.AtomElements.element;
import static be.aanboord.system.AtomElements.format;
import static be.aanboord.system.AtomElements.link;

/**
 * An Atom feed (RFC 4287) of the 20 newest published news items, written with the JDK's
 * XML stream writer as the toolbox's feed is. Text passes through {@link XmlCharacters},
 * so the feed stays well-formed whatever an item holds; the body goes out as sanitised
 * HTML in {@code content type="html"} (escaped by the writer).
 */
@Controller
class NewsFeed {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	private static final Locale DUTCH = Locale.forLanguageTag("nl-BE");

	private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	private final NewsItemRepository items;

	private final MessageSource messages;

	private final String baseUrl;

	NewsFeed(NewsItemRepository items, MessageSource messages,
			@Value("${aanboord.base-url:http://localhost:8080}") String baseUrl) {
		this.items = items;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	@PublicPage
	@GetMapping("/nieuws/feed.atom")
	ResponseEntity<String> feed() throws XMLStreamException {
		List<NewsItem> entries = this.items.findLatest();
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("feed");
		xml.writeDefaultNamespace(ATOM);
		element(xml, "id", this.baseUrl + "/nieuws");
		element(xml, "title", this.messages.getMessage("news.feed.title", null, DUTCH));
		element(xml, "updated",
				format(entries.stream()
					.map(NewsItem::getUpdatedAt)
					.max(Instant::compareTo)
					.orElse(Instant.parse("2021-09-01T00:00:00Z"))));
		link(xml, "self", this.baseUrl + "/nieuws/feed.atom");
		link(xml, "alternate", this.baseUrl + "/nieuws");
		xml.writeStartElement("author");
		element(xml, "name", this.messages.getMessage("app.owner", null, DUTCH));
		xml.writeEndElement();
		for (NewsItem item : entries) {
			String url = this.baseUrl + "/nieuws/" + item.getSlug();
			xml.writeStartElement("entry");
			element(xml, "id", url);
			element(xml, "title", item.getTitle());
			link(xml, "alternate", url);
			element(xml, "published", format(published(item)));
			element(xml, "updated", format(item.getUpdatedAt()));
			xml.writeStartElement("content");
			xml.writeAttribute("type", "html");
			xml.writeCharacters(XmlCharacters.strip(SafeMarkdown.toSafeHtml(item.getBody())));
			xml.writeEndElement();
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
			.cacheControl(CacheControl.maxAge(15, TimeUnit.MINUTES).cachePublic())
			.body(out.toString());
	}

	/** When the item was first published, else the start of its date in Brussels. */
	private static Instant published(NewsItem item) {
		LocalDate date = item.getDate();
		return (item.getPublishedAt() != null) ? item.getPublishedAt() : date.atStartOfDay(BRUSSELS).toInstant();
	}

}
