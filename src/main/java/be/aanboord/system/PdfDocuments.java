package be.aanboord.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.slf4j.Slf4jLogger;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import com.openhtmltopdf.util.XRLog;
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
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

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
 * <li>a base stylesheet comes before the template's own: words of 30 characters or more
 * (addresses) wrap anywhere, table headers repeat on every page and rows are not
 * split;</li>
 * <li>inline SVG (charts) is drawn as vector graphics by Apache Batik, without
 * scripts;</li>
 * <li>nothing outside the document is read (no images, stylesheets or fonts from
 * addresses in it, also not from an SVG).</li>
 * </ul>
 */
@Component
public class PdfDocuments {

	/** The font family of the text; templates need not name it. */
	public static final String FONT_FAMILY = "DejaVu Sans";

	private static final String MONO_FAMILY = "DejaVu Sans Mono";

	private static final String FONTS = "net/sf/jasperreports/fonts/dejavu/";

	/** Words this long may break anywhere; shorter ones keep their width in a table. */
	private static final Pattern LONG_WORD = Pattern.compile("\\S{30,}");

	private static final String LONG_WORD_CLASS = "pdf-long-word";

	private static final String BASE_CSS = """
			body { font-family: '%1$s', sans-serif; }
			code, pre, kbd, samp, tt { font-family: '%2$s', monospace; }
			.%3$s { word-wrap: break-word; }
			pre { white-space: pre-wrap; }
			table { -fs-table-paginate: paginate; }
			thead { display: table-header-group; }
			tfoot { display: table-footer-group; }
			tr { page-break-inside: avoid; }
			""".formatted(FONT_FAMILY, MONO_FAMILY, LONG_WORD_CLASS);

	/**
	 * A font parsed once (fontbox reads a parsed font safely from several threads), under
	 * its own family name and the generic names it stands for ({@code serif} and
	 * {@code sans-serif}, the initial family of page margins, or {@code monospace}), so
	 * that no text falls back to a built-in PDF font that is not embedded and lacks most
	 * scripts.
	 */
	private record Face(TrueTypeFont font, List<String> families, int weight, FontStyle style) {
	}

	private final List<Face> faces;

	private final FSDefaultCacheStore fontMetrics = new FSDefaultCacheStore();

	public PdfDocuments() throws IOException {
		// the renderer's own log goes through SLF4J (its per-document INFO lines are off
		// in
		// application.properties)
		XRLog.setLoggerImpl(new Slf4jLogger());
		List<String> sans = List.of(FONT_FAMILY, "SansSerif", "Serif");
		List<String> mono = List.of(MONO_FAMILY, "Monospaced");
		this.faces = List.of(face("DejaVuSans.ttf", sans, 400, FontStyle.NORMAL),
				face("DejaVuSans-Bold.ttf", sans, 700, FontStyle.NORMAL),
				face("DejaVuSans-Oblique.ttf", sans, 400, FontStyle.ITALIC),
				face("DejaVuSans-BoldOblique.ttf", sans, 700, FontStyle.ITALIC),
				face("DejaVuSansMono.ttf", mono, 400, FontStyle.NORMAL),
				face("DejaVuSansMono-Bold.ttf", mono, 700, FontStyle.NORMAL));
	}

	private static Face face(String file, List<String> families, int weight, FontStyle style) throws IOException {
		byte[] bytes = new ClassPathResource(FONTS + file).getContentAsByteArray();
		return new Face(new TTFParser().parse(new RandomAccessReadBuffer(bytes)), families, weight, style);
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
		document.head().prependChild(new Element("style").appendChild(new DataNode(BASE_CSS)));
		markLongWords(document.body());
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDDocument pdf = new PDDocument();
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePDDocument(pdf);
			builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, this.fontMetrics);
			for (Face face : this.faces) {
				Embedded embedded = new Embedded(pdf, face.font());
				for (String family : face.families()) {
					builder.useFont(embedded, family, face.weight(), face.style(), true);
				}
			}
			builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
			builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
			builder.defaultTextDirection(TextDirection.LTR);
			builder.useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE));
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
	 * Puts every word of {@link #LONG_WORD 30 characters or more} (an address, a code) in
	 * a span that may break anywhere, so that it wraps within its cell or column. Only
	 * those: if every word could break anywhere, a table would squeeze its narrow columns
	 * to one letter wide.
	 */
	private static void markLongWords(Element body) {
		List<TextNode> texts = new ArrayList<>();
		NodeTraversor.traverse((node, depth) -> {
			if (node instanceof TextNode text && LONG_WORD.matcher(text.getWholeText()).find()) {
				texts.add(text);
			}
		}, body);
		for (TextNode text : texts) {
			String whole = text.getWholeText();
			Matcher word = LONG_WORD.matcher(whole);
			int last = 0;
			while (word.find()) {
				if (word.start() > last) {
					text.before(new TextNode(whole.substring(last, word.start())));
				}
				text.before(new Element("span").addClass(LONG_WORD_CLASS).appendText(word.group()));
				last = word.end();
			}
			if (last < whole.length()) {
				text.before(new TextNode(whole.substring(last)));
			}
			text.remove();
		}
	}

	/**
	 * A parsed font embedded into one document as a subset of the glyphs it uses, once,
	 * when the document first needs it under any of its family names.
	 */
	private static final class Embedded extends PDFontSupplier {

		private final PDDocument document;

		private final TrueTypeFont font;

		private PDFont embedded;

		Embedded(PDDocument document, TrueTypeFont font) {
			super(null);
			this.document = document;
			this.font = font;
		}

		@Override
		public PDFont supply() {
			try {
				if (this.embedded == null) {
					this.embedded = PDType0Font.load(this.document, this.font, true);
				}
				return this.embedded;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
