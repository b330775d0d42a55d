package be.aanboord.system;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The pieces every Atom feed of the portal writes (RFC 4287), through the JDK's
 * {@link XMLStreamWriter}: a text element and a link, both without the characters XML 1.0
 * refuses ({@link XmlCharacters}), and a timestamp in RFC 3339 form
 * ({@code 2026-12-06T15:04:05Z}). Used by the toolbox's and the news's feeds.
 */
public final class AtomElements {

	private AtomElements() {
	}

	/** {@code <name>text</name>}, the text escaped and cleaned. */
	public static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(XmlCharacters.strip(text));
		xml.writeEndElement();
	}

	/** {@code <link rel="rel" href="href"/>}, the address cleaned. */
	public static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("href", XmlCharacters.strip(href));
	}

	/** The instant in UTC as Atom's date constructs want it. */
	public static String format(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant);
	}

}
