package be.aanboord.toolbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** A fiche as PDF, from the same content and messages as its page. */
@Component
class FichePdf {

	private final ITemplateEngine templates;

	private final String css;

	FichePdf(ITemplateEngine templates) throws IOException {
		this.templates = templates;
		this.css = new ClassPathResource("static/css/toolbox-pdf.css").getContentAsString(StandardCharsets.UTF_8);
	}

	byte[] render(PublishedFiche fiche) {
		Context context = new Context(LocaleContextHolder.getLocale());
		context.setVariable("fiche", fiche);
		context.setVariable("css", this.css);
		String html = this.templates.process("toolbox/pdf", context);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
