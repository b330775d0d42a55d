package be.aanboord;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** What a PDF holds, read back with PDFBox: its text, its fonts, where its glyphs are. */
public final class PdfInspection {

	/** Latin Extended and symbols that the PDFs once printed as {@code #}. */
	public static final String GLYPHS = "Ş ğ ı Ł Ĳ ≥ → ✓";

	/** Arabic ("hello world"), shaped and right to left in a PDF. */
	public static final String ARABIC = "مرحبا بالعالم";

	/**
	 * Characters XML 1.0 refuses that PostgreSQL stores: a vertical tab, a control
	 * character, a non-character.
	 */
	public static final String REFUSED_BY_XML = "\u000B\u0001\uFFFE";

	private final byte[] pdf;

	public PdfInspection(byte[] pdf) {
		this.pdf = pdf;
	}

	/** The document itself. */
	public byte[] bytes() {
		return this.pdf.clone();
	}

	/** The text of every page, white space collapsed to single spaces. */
	public String text() throws IOException {
		try (PDDocument document = Loader.loadPDF(this.pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	/** The text of one page (1 is the first), white space collapsed. */
	public String pageText(int page) throws IOException {
		try (PDDocument document = Loader.loadPDF(this.pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(page);
			stripper.setEndPage(page);
			return stripper.getText(document).replaceAll("\\s+", " ");
		}
	}

	public int pages() throws IOException {
		try (PDDocument document = Loader.loadPDF(this.pdf)) {
			return document.getNumberOfPages();
		}
	}

	/**
	 * The names of the fonts used on any page whose font program is embedded in the file.
	 */
	public Set<String> embeddedFonts() throws IOException {
		Set<String> names = new TreeSet<>();
		try (PDDocument document = Loader.loadPDF(this.pdf)) {
			for (PDPage page : document.getPages()) {
				PDResources resources = page.getResources();
				for (COSName name : resources.getFontNames()) {
					PDFont font = resources.getFont(name);
					PDFontDescriptor descriptor = (font instanceof PDType0Font type0)
							? type0.getDescendantFont().getFontDescriptor() : font.getFontDescriptor();
					if (descriptor != null && (descriptor.getFontFile2() != null || descriptor.getFontFile() != null
							|| descriptor.getFontFile3() != null)) {
						names.add(font.getName());
					}
				}
			}
		}
		return names;
	}

	/**
	 * Whether the text holds the Arabic sample, in reading order or as drawn (reversed).
	 */
	public static boolean holdsArabic(String text) {
		return text.contains(ARABIC) || text.contains(new StringBuilder(ARABIC).reverse().toString());
	}

	/** The names of all fonts used on any page, embedded or not. */
	public Set<String> fonts() throws IOException {
		Set<String> names = new TreeSet<>();
		try (PDDocument document = Loader.loadPDF(this.pdf)) {
			for (PDPage page : document.getPages()) {
				PDResources resources = page.getResources();
				for (COSName name : resources.getFontNames()) {
					names.add(resources.getFont(name).getName());
				}
			}
		}
		return names;
	}

	/** Every character drawn (partly) outside its page, with its page number. */
	public List<String> charactersOutsideThePage() throws IOException {
		List<String> outside = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(this.pdf)) {
			PDFTextStripper stripper = new PDFTextStripper() {
				@Override
				protected void writeString(String text, List<TextPosition> positions) throws IOException {
					float width = getCurrentPage().getMediaBox().getWidth();
					float height = getCurrentPage().getMediaBox().getHeight();
					for (TextPosition position : positions) {
						if (position.getXDirAdj() < 0 || position.getXDirAdj() + position.getWidthDirAdj() > width
								|| position.getYDirAdj() < 0 || position.getYDirAdj() > height) {
							outside.add(getCurrentPageNo() + ":" + position.getUnicode());
						}
					}
					super.writeString(text, positions);
				}
			};
			stripper.getText(document);
		}
		return outside;
	}

}
