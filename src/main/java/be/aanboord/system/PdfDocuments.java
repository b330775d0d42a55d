package be.aanboord.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Every PDF of the portal (fiche, budget advice, annual report) is rendered here from the
 * HTML of its template, the same way:
 * <ul>
 * <li>the text keeps only characters XML 1.0 accepts ({@link XmlCharacters}), so that
 * what the database holds can never make the document ill-formed;</li>
 * <li>the fonts are DejaVu Sans and DejaVu Sans Mono (Latin with its extensions, Greek,
 * Cyrillic, Arabic, arrows, mathematical and other common symbols), read once from the
 * {@code net.sf.jasperreports:jasperreports-fonts} jar and embedded as subsets (the
 * DejaVu licence allows embedding; the licence text sits beside the fonts in that
 * jar);</li>
 * <li>right-to-left text is reordered and Arabic shaped (ICU4J);</li>
 * <li>a base stylesheet comes before the template's own: long words and addresses wrap,
 * table headers repeat on every page and rows are not split;</li>
 * <li>nothing outside the document is read (no images, stylesheets or fonts from
 * addresses in it).</li>
 * </ul>
 */
@Component
public class PdfDocuments {

	/** The font family of the text; templates need not name it. */
	public static final String FONT_FAMILY = "DejaVu Sans";

	private static final String MONO_FAMILY = "DejaVu Sans Mono";

	private static final String FONTS = "net/sf/jasperreports/fonts/dejavu/";

	private static final String BASE_CSS = """
			body { font-family: '%s', sans-serif; }
			code, pre, kbd, samp, tt { font-family: '%s', monospace; }
			body, td, th, li, dd, dt, p, a, span, caption { word-wrap: break-word; overflow-wrap: anywhere; }
			pre { white-space: pre-wrap; }
			table { -fs-table-paginate: paginate; }
			thead { display: table-header-group; }
			tfoot { display: table-footer-group; }
			tr { page-break-inside: avoid; }
			""".formatted(FONT_FAMILY, MONO_FAMILY);

	/** A font parsed once; fontbox reads a parsed font safely from several threads. */
	private record Face(TrueTypeFont font, String family, int weight, FontStyle style) {
	}

	private final List<Face> faces;

	private final FSDefaultCacheStore fontMetrics = new FSDefaultCacheStore();

	public PdfDocuments() throws IOException {
		this.faces = List.of(face("DejaVuSans.ttf", FONT_FAMILY, 400, FontStyle.NORMAL),
				face("DejaVuSans-Bold.ttf", FONT_FAMILY, 700, FontStyle.NORMAL),
				face("DejaVuSans-Oblique.ttf", FONT_FAMILY, 400, FontStyle.ITALIC),
				face("DejaVuSans-BoldOblique.ttf", FONT_FAMILY, 700, FontStyle.ITALIC),
				face("DejaVuSansMono.ttf", MONO_FAMILY, 400, FontStyle.NORMAL),
				face("DejaVuSansMono-Bold.ttf", MONO_FAMILY, 700, FontStyle.NORMAL));
	}

	private static Face face(String file, String family, int weight, FontStyle style) throws IOException {
		byte[] bytes = new ClassPathResource(FONTS + file).getContentAsByteArray();
		return new Face(new TTFParser().parse(new RandomAccessReadBuffer(bytes)), family, weight, style);
	}

	/**
	 * Renders one document.
	 * @param html the HTML of the document (HTML5 or XHTML; its own {@code <style>} comes
	 * after the base stylesheet and may override it)
	 * @return the PDF
	 * @throws UncheckedIOException when the renderer fails to write
	 */
	public byte[] render(String html) {
		Document document = Jsoup.parse(XmlCharacters.strip(html));
		document.head().prependChild(new org.jsoup.nodes.Element("style").appendChild(new DataNode(BASE_CSS)));
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDDocument pdf = new PDDocument();
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePDDocument(pdf);
			builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, this.fontMetrics);
			for (Face face : this.faces) {
				builder.useFont(new Embedded(pdf, face.font()), face.family(), face.weight(), face.style(), true);
			}
			builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
			builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
			builder.defaultTextDirection(TextDirection.LTR);
			builder.useExternalResourceAccessControl((uri, type) -> false,
					ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
			builder.useExternalResourceAccessControl((uri, type) -> false,
					ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
			builder.withW3cDocument(new W3CDom().fromJsoup(document), "/");
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A parsed font embedded into one document as a subset of the glyphs it uses, when
	 * the document first needs it.
	 */
	private static final class Embedded extends PDFontSupplier {

		private final PDDocument document;

		private final TrueTypeFont font;

		Embedded(PDDocument document, TrueTypeFont font) {
			super(null);
			this.document = document;
			this.font = font;
		}

		@Override
		public PDFont supply() {
			try {
				return PDType0Font.load(this.document, this.font, true);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
