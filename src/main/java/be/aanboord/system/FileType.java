package be.aanboord.system;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.tika.Tika;

/**
 * The type of an uploaded file (a toolbox attachment, an activity's document), from its
 * content alone (the name plays no part), and only when the content is what that type
 * promises:
 * <ul>
 * <li>a PDF is a document PDFBox opens, with at least one page (a file that merely starts
 * with {@code %PDF} is not);</li>
 * <li>Word, PowerPoint and Excel files are Office Open XML packages (ECMA-376 part 2,
 * Open Packaging Conventions): a ZIP whose package relationships ({@code _rels/.rels})
 * name a main document, whose {@code [Content_Types].xml} gives that part the content
 * type of a document, presentation or workbook, and whose part exists with the matching
 * root element ({@code w:document}, {@code p:presentation}, {@code workbook}); a ZIP is
 * not enough. Only the package's directory and these three small parts are read, never
 * the rest, so a compressed bomb costs nothing;</li>
 * <li>PNG, JPEG and GIF images decode with the JDK's readers (subsampled, so a huge image
 * needs little memory); WebP, which the JDK cannot read, must have a consistent RIFF
 * header.</li>
 * </ul>
 * Apache Tika's magic-number detection ({@code tika-core}) chooses which check applies.
 * Tika's own container detection for Office files needs its Microsoft parser module,
 * which brings Apache POI and some 30 MB of libraries; the package structure checked here
 * is what that detection reads as well.
 */
public final class FileType {

	public static final String PDF = "application/pdf";

	public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	public static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

	public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** Content types of the main part of each package type, and its root element. */
	private static final Map<String, OfficeType> MAIN_PARTS = Map.of(
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
			new OfficeType(DOCX, "document"),
			"application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
			new OfficeType(PPTX, "presentation"),
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
			new OfficeType(XLSX, "workbook"));

	/** Relationship types of a package's main part: transitional and strict OOXML. */
	private static final Set<String> OFFICE_DOCUMENT = Set.of(
			"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
			"http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument");

	/** The largest package part read: content types and relationships are a few kB. */
	private static final int MAX_PART_SIZE = 1024 * 1024;

	/** The root element of a main part is expected within this many bytes. */
	private static final int ROOT_ELEMENT_WITHIN = 64 * 1024;

	/** Images are decoded at most at about this many pixels (subsampled above it). */
	private static final long DECODED_PIXELS = 1_000_000;

	/** Images larger than this are refused: no one needs them in a fiche. */
	private static final long MAX_PIXELS = 200_000_000;

	private static final Tika TIKA = new Tika();

	private static final XMLInputFactory XML = xmlInputFactory();

	private FileType() {
	}

	private record OfficeType(String contentType, String rootElement) {
	}

	/**
	 * The content type of the file: PDF, Word, PowerPoint, Excel, PNG, JPEG, GIF or WebP.
	 * @throws Rejected when the content is none of these types, or has the form of one of
	 * them but does not open as such ({@link Rejected#isUnreadable()})
	 */
	public static String of(byte[] content) {
		String detected = detect(content);
		return switch (detected) {
			case PDF -> checked(isPdf(content), PDF);
			case "image/png", "image/jpeg", "image/gif" -> checked(decodes(content, detected), detected);
			case "image/webp" -> checked(isWebp(content), detected);
			case "application/zip", "application/x-tika-ooxml" -> officeType(content);
			default -> throw new Rejected(false);
		};
	}

	private static String detect(byte[] content) {
		try {
			return TIKA.detect(new ByteArrayInputStream(content));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String checked(boolean valid, String type) {
		if (!valid) {
			throw new Rejected(true);
		}
		return type;
	}

	static boolean isPdf(byte[] content) {
		try (PDDocument document = Loader.loadPDF(content)) {
			return document.getNumberOfPages() > 0;
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

	/**
	 * Whether the image decodes completely with the JDK's reader for its type: JPEG as a
	 * raster, without colour conversion (CMYK photos from print are fine), the others as
	 * an image.
	 */
	static boolean decodes(byte[] content, String type) {
		Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type);
		if (!readers.hasNext()) {
			return false;
		}
		ImageReader reader = readers.next();
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
			reader.setInput(input, true, true);
			long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
			if (pixels <= 0 || pixels > MAX_PIXELS) {
				return false;
			}
			ImageReadParam param = reader.getDefaultReadParam();
			int step = (int) Math.ceil(Math.sqrt((double) pixels / DECODED_PIXELS));
			if (step > 1) {
				param.setSourceSubsampling(step, step, 0, 0);
			}
			if (reader.canReadRaster()) {
				return reader.readRaster(0, param).getWidth() > 0;
			}
			BufferedImage image = reader.read(0, param);
			return image != null && image.getWidth() > 0;
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
		finally {
			reader.dispose();
		}
	}

	/**
	 * A RIFF container of type WEBP whose announced size fits the file, with a VP8, VP8L
	 * or VP8X chunk first.
	 */
	static boolean isWebp(byte[] content) {
		if (content.length < 20) {
			return false;
		}
		ByteBuffer header = ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN);
		long riffSize = Integer.toUnsignedLong(header.getInt(4));
		String chunk = new String(content, 12, 4, StandardCharsets.US_ASCII);
		return riffSize >= 12 && riffSize + 8 <= content.length && chunk.matches("VP8[ LX]");
	}

	private static String officeType(byte[] content) {
		Path file = null;
		try {
			file = Files.createTempFile("bijlage-", ".zip");
			Files.write(file, content);
			try (ZipFile zip = new ZipFile(file.toFile())) {
				return officeType(zip);
			}
		}
		catch (ZipException ex) {
			throw new Rejected(false);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			if (file != null) {
				try {
					Files.deleteIfExists(file);
				}
				catch (IOException ex) {
					// a temporary file the system cleans up itself
				}
			}
		}
	}

	private static String officeType(ZipFile zip) {
		Map<String, ZipEntry> parts = new HashMap<>();
		zip.stream()
			.filter((entry) -> !entry.isDirectory())
			.forEach((entry) -> parts.putIfAbsent(entry.getName().toLowerCase(Locale.ROOT), entry));
		ZipEntry contentTypes = parts.get("[content_types].xml");
		if (contentTypes == null) {
			throw new Rejected(false);
		}
		try {
			String mainPart = mainPart(zip, parts.get("_rels/.rels")).orElseThrow(() -> new Rejected(true));
			String contentType = contentType(zip, contentTypes, mainPart);
			OfficeType type = (contentType != null) ? MAIN_PARTS.get(contentType) : null;
			if (type == null) {
				throw new Rejected(false);
			}
			ZipEntry main = parts.get(mainPart.substring(1).toLowerCase(Locale.ROOT));
			if (main == null || !type.rootElement().equals(rootElement(zip, main))) {
				throw new Rejected(true);
			}
			return type.contentType();
		}
		catch (Rejected rejected) {
			throw rejected;
		}
		catch (IOException | XMLStreamException | RuntimeException ex) {
			throw new Rejected(true);
		}
	}

	/** The part name ({@code /word/document.xml}) of the package's main document. */
	private static Optional<String> mainPart(ZipFile zip, ZipEntry relationships)
			throws IOException, XMLStreamException {
		if (relationships == null) {
			return Optional.empty();
		}
		XMLStreamReader xml = read(zip, relationships, MAX_PART_SIZE, true);
		try {
			while (xml.hasNext()) {
				if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Relationship")
						&& OFFICE_DOCUMENT.contains(xml.getAttributeValue(null, "Type"))
						&& !"External".equals(xml.getAttributeValue(null, "TargetMode"))) {
					String target = xml.getAttributeValue(null, "Target");
					return Optional.ofNullable(target).map(FileType::partName);
				}
			}
			return Optional.empty();
		}
		finally {
			xml.close();
		}
	}

	/** A target relative to the package root as an absolute part name. */
	private static String partName(String target) {
		String name = target.startsWith("/") ? target : "/" + target;
		return name.replace("/./", "/");
	}

	/** The part's content type: its override, otherwise the default for its extension. */
	private static String contentType(ZipFile zip, ZipEntry contentTypes, String partName)
			throws IOException, XMLStreamException {
		String extension = partName.substring(partName.lastIndexOf('.') + 1);
		String byDefault = null;
		XMLStreamReader xml = read(zip, contentTypes, MAX_PART_SIZE, true);
		try {
			while (xml.hasNext()) {
				if (xml.next() != XMLStreamConstants.START_ELEMENT) {
					continue;
				}
				if (xml.getLocalName().equals("Override")
						&& partName.equalsIgnoreCase(xml.getAttributeValue(null, "PartName"))) {
					return xml.getAttributeValue(null, "ContentType");
				}
				if (xml.getLocalName().equals("Default")
						&& extension.equalsIgnoreCase(xml.getAttributeValue(null, "Extension"))) {
					byDefault = xml.getAttributeValue(null, "ContentType");
				}
			}
			return byDefault;
		}
		finally {
			xml.close();
		}
	}

	/** The local name of the part's root element, which comes in its first 64 kB. */
	private static String rootElement(ZipFile zip, ZipEntry part) throws IOException, XMLStreamException {
		XMLStreamReader xml = read(zip, part, ROOT_ELEMENT_WITHIN, false);
		try {
			while (xml.hasNext()) {
				if (xml.next() == XMLStreamConstants.START_ELEMENT) {
					return xml.getLocalName();
				}
			}
			return null;
		}
		finally {
			xml.close();
		}
	}

	/**
	 * The first {@code limit} bytes of a part, to be read as XML without DTDs or external
	 * entities; when {@code whole}, a part longer than that is refused.
	 */
	private static XMLStreamReader read(ZipFile zip, ZipEntry part, int limit, boolean whole)
			throws IOException, XMLStreamException {
		byte[] bytes;
		try (InputStream stream = zip.getInputStream(part)) {
			bytes = stream.readNBytes(limit + 1);
		}
		if (whole && bytes.length > limit) {
			throw new Rejected(true);
		}
		return XML.createXMLStreamReader(new ByteArrayInputStream(bytes));
	}

	private static XMLInputFactory xmlInputFactory() {
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		return factory;
	}

	/**
	 * A file of none of the accepted types, or one that does not open as its type says.
	 */
	public static final class Rejected extends RuntimeException {

		private final boolean unreadable;

		Rejected(boolean unreadable) {
			super(unreadable ? "unreadable file" : "file type not accepted");
			this.unreadable = unreadable;
		}

		/**
		 * Whether the file has the form of an accepted type but does not open as such.
		 */
		public boolean isUnreadable() {
			return this.unreadable;
		}

	}

}
