package be.aanboord.privacy.request;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import be.aanboord.system.PdfDocuments;

import org.springframework.stereotype.Component;

/**
 * The user's data as a readable PDF (templates/privacy/request/pdf.html): per section a
 * table of each record's labels and values. Rendered through {@link PdfDocuments}, so
 * whatever the database holds the document stays well-formed and reads nothing from
 * elsewhere.
 */
@Component
class MyDataPdf {

	private final ITemplateEngine templates;

	private final PdfDocuments pdfs;

	private final Clock clock;

	MyDataPdf(ITemplateEngine templates, PdfDocuments pdfs, Clock clock) {
		this.templates = templates;
		this.pdfs = pdfs;
		this.clock = clock;
	}

	byte[] render(List<PersonalData.Section> sections, Locale locale) {
		Context context = new Context(locale);
		context.setVariable("sections", sections);
		context.setVariable("now", Instant.now(this.clock));
		return this.pdfs.render(this.templates.process("privacy/request/pdf", context));
	}

}
