package be.aanboord.toolbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import be.aanboord.system.PdfDocuments;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** A fiche as PDF, from the same content and messages as its page. */
@Component
class FichePdf {

	private final ITemplateEngine templates;

	private final PdfDocuments pdfs;

	private final String css;

	FichePdf(ITemplateEngine templates, PdfDocuments pdfs) throws IOException {
		this.templates = templates;
		this.pdfs = pdfs;
		this.css = new ClassPathResource("static/css/toolbox-pdf.css").getContentAsString(StandardCharsets.UTF_8);
	}

	byte[] render(PublishedFiche fiche) {
		Context context = new Context(LocaleContextHolder.getLocale());
		context.setVariable("fiche", fiche);
		context.setVariable("css", this.css);
		return this.pdfs.render(this.templates.process("toolbox/pdf", context));
	}

}
