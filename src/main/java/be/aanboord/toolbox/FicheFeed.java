package be.aanboord.toolbox;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import be.aanboord.system.PublicPage;
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
 * An Atom feed of the newest published fiches, written with the JDK's XML stream writer.
 * An entry is updated when a new version of its fiche is published. Its text passes
 * through {@link XmlCharacters}, so that the feed stays well-formed whatever a fiche
 * holds.
 */
@Controller
class FicheFeed {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	private static final Locale DUTCH = Locale.forLanguageTag("nl-BE");

	private final PublishedFiches fiches;

	private final MessageSource messages;

	private final String baseUrl;

	private final ToolboxCache cache;

	FicheFeed(PublishedFiches fiches, MessageSource messages, ToolboxCache cache,
			@Value("${aanboord.base-url:http://localhost:8080}") String baseUrl) {
		this.fiches = fiches;
		this.cache = cache;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	@PublicPage
	@GetMapping("/toolbox/nieuw.atom")
	ResponseEntity<String> feed() throws XMLStreamException {
		List<PublishedFiches.Latest> entries = this.cache.get("feed", () -> this.fiches.latest(20));
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("feed");
		xml.writeDefaultNamespace(ATOM);
		element(xml, "id", this.baseUrl + "/toolbox");
		element(xml, "title", this.messages.getMessage("toolbox.feed.title", null, DUTCH));
		element(xml, "updated",
				format(entries.stream()
					.map(PublishedFiches.Latest::updatedAt)
					.max(Instant::compareTo)
					.orElse(Instant.parse("2021-09-01T00:00:00Z"))));
		link(xml, "self", this.baseUrl + "/toolbox/nieuw.atom");
		link(xml, "alternate", this.baseUrl + "/toolbox");
		xml.writeStartElement("author");
		element(xml, "name", this.messages.getMessage("app.owner", null, DUTCH));
		xml.writeEndElement();
		for (PublishedFiches.Latest entry : entries) {
			String url = this.baseUrl + "/toolbox/" + entry.slug();
			xml.writeStartElement("entry");
			element(xml, "id", url);
			element(xml, "title", entry.title());
			link(xml, "alternate", url);
			element(xml, "published", format(entry.publishedAt()));
			element(xml, "updated", format(entry.updatedAt()));
			xml.writeStartElement("author");
			element(xml, "name", entry.source());
			xml.writeEndElement();
			element(xml, "summary", entry.summary());
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

}
