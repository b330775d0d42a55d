package be.aanboord.toolbox;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Real files of every allowed attachment type, made here, and files that only look like
 * them: what the upload tests send.
 */
final class TestFiles {

	private static final String RELATIONSHIPS = "application/vnd.openxmlformats-package.relationships+xml";

	private static final String OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";

	private TestFiles() {
	}

	/** A one-page PDF written by PDFBox. */
	static byte[] pdf() {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream text = new PDPageContentStream(document, page)) {
				text.beginText();
				text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				text.newLineAtOffset(72, 720);
				text.showText("Folder over de rustbox");
				text.endText();
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A file that starts as a PDF and goes on as a web page. */
	static byte[] pdfThenHtml() {
		return "%PDF-1.7\n<html><body><script>alert(document.cookie)</script></body></html>\n"
			.getBytes(StandardCharsets.US_ASCII);
	}

	/**
	 * A minimal Word document: content types, the package relationship to the main part,
	 * and that part; {@code [Content_Types].xml} first, as Word writes it.
	 */
	static byte[] docx() {
		return zip(ooxml("/word/document.xml",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
				"<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
						+ "<w:body><w:p><w:r><w:t>Werkblad</w:t></w:r></w:p></w:body></w:document>"));
	}

	/** A minimal presentation, its content types last (Tika then sees only a ZIP). */
	static byte[] pptx() {
		Map<String, String> parts = ooxml("/ppt/presentation.xml",
				"application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
				"<p:presentation xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"/>");
		String types = parts.remove("[Content_Types].xml");
		parts.put("[Content_Types].xml", types);
		return zip(parts);
	}

	/** A workbook written by fastexcel. */
	static byte[] xlsx() {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Workbook workbook = new Workbook(out, "Aan Boord", "1.0");
			Worksheet sheet = workbook.newWorksheet("Blad1");
			sheet.value(0, 0, "Aanwezigheden");
			sheet.value(1, 0, 12);
			workbook.finish();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A macro-enabled Word document: a real package, but not an allowed type. */
	static byte[] docm() {
		return zip(ooxml("/word/document.xml", "application/vnd.ms-word.document.macroEnabled.main+xml",
				"<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>"));
	}

	/** A package that says it holds a Word document, with a web page as that part. */
	static byte[] docxWithAWebPageInside() {
		return zip(ooxml("/word/document.xml",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
				"<html><body>geen document</body></html>"));
	}

	/** Content types but no package relationships and no main part. */
	static byte[] docxWithoutItsParts() {
		Map<String, String> parts = new LinkedHashMap<>();
		parts.put("[Content_Types].xml",
				"<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
		parts.put("word/document.xml", "<w:document/>");
		return zip(parts);
	}

	/** A plain ZIP archive with a text file. */
	static byte[] plainZip() {
		return zip(Map.of("verslag.txt", "Verslag van de studiedag."));
	}

	static byte[] png() {
		return image("png");
	}

	static byte[] jpeg() {
		return image("jpeg");
	}

	static byte[] gif() {
		return image("gif");
	}

	/** The first half of a PNG image. */
	static byte[] truncatedPng() {
		byte[] png = png();
		return Arrays.copyOf(png, png.length / 2);
	}

	/** A GIF signature followed by nothing an image is made of. */
	static byte[] gifSignatureOnly() {
		byte[] bytes = new byte[64];
		System.arraycopy("GIF89a".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 6);
		bytes[6] = (byte) 0xff;
		bytes[8] = (byte) 0xff;
		return bytes;
	}

	private static byte[] image(String format) {
		BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(Color.ORANGE);
		graphics.fillRect(5, 5, 30, 20);
		graphics.dispose();
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, format, out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Map<String, String> ooxml(String mainPart, String contentType, String content) {
		Map<String, String> parts = new LinkedHashMap<>();
		parts.put("[Content_Types].xml", """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
				<Default Extension="rels" ContentType="%s"/><Default Extension="xml" ContentType="application/xml"/>
				<Override PartName="%s" ContentType="%s"/></Types>""".formatted(RELATIONSHIPS, mainPart, contentType));
		parts.put("_rels/.rels", """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
				<Relationship Id="rId1" Type="%s" Target="%s"/></Relationships>""".formatted(OFFICE_DOCUMENT,
				mainPart.substring(1)));
		parts.put(mainPart.substring(1), "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + content);
		return parts;
	}

	private static byte[] zip(Map<String, String> parts) {
		try (ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
			try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
				for (Map.Entry<String, String> part : parts.entrySet()) {
					zip.putNextEntry(new ZipEntry(part.getKey()));
					zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
					zip.closeEntry();
				}
			}
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
