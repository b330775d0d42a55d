package be.aanboord.prevention.view;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import be.aanboord.system.PdfDocuments;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The whole plan as a PDF for the school team and the school board
 * (templates/prevention/view/pdf.html): a cover (school, school year, template version,
 * date), the routekaart as a table (phase, goal, rating, focus), per goal its questions
 * with the school's notes, the improvement and the CLB's comments, the PDCA actions, the
 * dialogue's steps and the monitoring counts. Rendered through {@link PdfDocuments}, so
 * that whatever the database holds (control characters, very long texts, emoji) the
 * document stays well-formed.
 */
@Component
class PlanPdf {

	private final ITemplateEngine templates;

	private final PdfDocuments pdfs;

	private final Clock clock;

	private final String css;

	PlanPdf(ITemplateEngine templates, PdfDocuments pdfs, Clock clock) throws IOException {
		this.templates = templates;
		this.pdfs = pdfs;
		this.clock = clock;
		this.css = new ClassPathResource("static/css/prevention-pdf.css").getContentAsString(StandardCharsets.UTF_8);
	}

	byte[] render(PlanPage.Full plan, Locale locale) {
		Context context = new Context(locale);
		context.setVariable("full", plan);
		context.setVariable("plan", plan.view());
		context.setVariable("today", LocalDate.now(this.clock));
		context.setVariable("css", this.css);
		return this.pdfs.render(this.templates.process("prevention/view/pdf", context));
	}

	/**
	 * A file name safe everywhere: "preventieplan-", the school's name in lower-case
	 * ASCII letters, digits and hyphens (at most 60), and the school year.
	 */
	static String fileName(String schoolName, String yearLabel) {
		String ascii = java.text.Normalizer.normalize(schoolName, java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-+|-+$", "");
		if (ascii.length() > 60) {
			ascii = ascii.substring(0, 60).replaceAll("-+$", "");
		}
		return "preventieplan-" + (ascii.isEmpty() ? "school" : ascii) + "-" + yearLabel + ".pdf";
	}

}
