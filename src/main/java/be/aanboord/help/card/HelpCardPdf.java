package be.aanboord.help.card;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import be.aanboord.system.PdfDocuments;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The card as one A4 page to hang in the staff room, whatever it holds. It is rendered in
 * the roomiest layout that fits one page (starting from the roomiest that its number of
 * entries allows): two columns at 10 pt, three columns at 8 pt, three columns at 6.5 pt
 * with long texts shortened; when even that takes more than a page, each level of care
 * shows only its first entries, with "+ n meer op de kaart zelf" (the largest number that
 * fits, found by halving).
 */
@Component
class HelpCardPdf {

	/**
	 * The layouts from roomy to dense: a class on the body of
	 * templates/help/card/pdf.html.
	 */
	static final String[] LAYOUTS = { "roomy", "compact", "dense" };

	private final ITemplateEngine templates;

	private final PdfDocuments pdfs;

	private final String css;

	private final String baseUrl;

	HelpCardPdf(ITemplateEngine templates, PdfDocuments pdfs,
			@Value("${aanboord.base-url:http://localhost:8080}") String baseUrl,
			@Value("${aanboord.help.card-pdf-cache-size:32}") long keptPdfs) throws IOException {
		this.kept = Caffeine.newBuilder().maximumSize(Math.max(0, keptPdfs)).build();
		this.templates = templates;
		this.pdfs = pdfs;
		this.baseUrl = baseUrl;
		this.css = new ClassPathResource("static/css/help-card-pdf.css").getContentAsString(StandardCharsets.UTF_8);
	}

	/**
	 * Rendered PDFs by what they show (at most {@code aanboord.help.card-pdf-cache-size},
	 * the least recently asked for dropped first; 0 keeps none): a card printed again
	 * unchanged (same offers, contacts, lines, date and language) is not rendered again;
	 * any change makes another sheet, so nothing stale is served.
	 */
	private final Cache<Kept, byte[]> kept;

	private record Kept(Sheet sheet, Locale locale) {
	}

	/** The PDF: always exactly one page. */
	byte[] render(Sheet sheet, Locale locale) {
		Kept key = new Kept(sheet, locale);
		byte[] pdf = this.kept.getIfPresent(key);
		if (pdf == null) {
			pdf = renderOnePage(sheet, locale);
			this.kept.put(key, pdf);
		}
		return pdf;
	}

	private byte[] renderOnePage(Sheet sheet, Locale locale) {
		for (int i = firstLayout(sheet); i < LAYOUTS.length; i++) {
			byte[] pdf = render(sheet, LAYOUTS[i], locale);
			if (pages(pdf) == 1) {
				return pdf;
			}
		}
		String dense = LAYOUTS[LAYOUTS.length - 1];
		byte[] best = render(sheet.firstPerLevel(0), dense, locale);
		int low = 1;
		int high = sheet.blocks().stream().mapToInt((block) -> block.entries().size()).max().orElse(0) - 1;
		while (low <= high) {
			int middle = (low + high) >>> 1;
			byte[] pdf = render(sheet.firstPerLevel(middle), dense, locale);
			if (pages(pdf) == 1) {
				best = pdf;
				low = middle + 1;
			}
			else {
				high = middle - 1;
			}
		}
		return best;
	}

	/**
	 * The roomiest layout that can hold the sheet's entries, judged from their number (an
	 * entry takes two to four lines; about 16 fit two columns at 10 pt, 45 three columns
	 * at 8 pt), so that a full card is rendered once rather than once per layout.
	 */
	static int firstLayout(Sheet sheet) {
		int entries = sheet.entryCount();
		if (entries <= 16) {
			return 0;
		}
		return (entries <= 45) ? 1 : 2;
	}

	private byte[] render(Sheet sheet, String layout, Locale locale) {
		Context context = new Context(locale);
		context.setVariable("sheet", sheet);
		context.setVariable("layout", layout);
		context.setVariable("css", this.css);
		context.setVariable("website", this.baseUrl + "/hulp");
		return this.pdfs.render(this.templates.process("help/card/pdf", context));
	}

	static int pages(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return document.getNumberOfPages();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
