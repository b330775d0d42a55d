package be.aanboord.budget;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import be.aanboord.system.PdfDocuments;
import be.aanboord.system.SheetCells;

import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The budget advice of a school year in print: a PDF for the college of mayor and
 * aldermen (from a Thymeleaf template) and a spreadsheet. Both show the same exact
 * figures as the page.
 */
@Component
class BudgetPrints {

	private final ITemplateEngine templates;

	private final ApplicationContext application;

	private final MessageSource messages;

	private final PdfDocuments pdfs;

	BudgetPrints(ITemplateEngine templates, ApplicationContext application, MessageSource messages, PdfDocuments pdfs) {
		this.templates = templates;
		this.pdfs = pdfs;
		this.application = application;
		this.messages = messages;
	}

	byte[] pdf(BudgetOverview.Advice advice, Locale locale) {
		Context context = new Context(locale);
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.application, null));
		context.setVariable("advice", advice);
		context.setVariable("steps", BudgetStep.values());
		return this.pdfs.render(this.templates.process("budget/print", context));
	}

	byte[] xlsx(BudgetOverview.Advice advice, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		BudgetYear year = advice.year();
		try {
			Workbook workbook = new Workbook(out, "Aan Boord", "1.0");
			Worksheet sheet = workbook.newWorksheet(text("budget.print.sheet", locale, year.getLabel()));
			sheet.value(0, 0, text("budget.advice.title", locale, year.getLabel()));
			sheet.style(0, 0).bold().set();
			SheetCells.text(sheet, 1, 0, year.getPlan().getTitle());
			List<String> headers = List.of("budget.field.project", "budget.field.requested", "budget.field.personnel",
					"budget.field.operations", "budget.field.training", "budget.field.other", "budget.field.advised",
					"budget.field.decided", "budget.field.spent", "budget.field.adviceMotivation",
					"budget.field.adviceConditions", "budget.field.decisionRemarks");
			int row = 3;
			for (int col = 0; col < headers.size(); col++) {
				sheet.value(row, col, text(headers.get(col), locale));
				sheet.style(row, col).bold().set();
			}
			List<Function<FundingRequest, BigDecimal>> amounts = List.of(FundingRequest::getRequested,
					FundingRequest::getPersonnel, FundingRequest::getOperations, FundingRequest::getTraining,
					FundingRequest::getOther, FundingRequest::getAdvised, FundingRequest::getDecided,
					FundingRequest::getSpent);
			for (BudgetOverview.Row line : advice.rows()) {
				row++;
				FundingRequest request = line.request();
				SheetCells.text(sheet, row, 0, line.project().name());
				for (int i = 0; i < amounts.size(); i++) {
					SheetCells.money(sheet, row, i + 1, amounts.get(i).apply(request));
				}
				SheetCells.text(sheet, row, 9, request.getAdviceMotivation());
				SheetCells.text(sheet, row, 10, request.getAdviceConditions());
				SheetCells.text(sheet, row, 11, request.getDecisionRemarks());
			}
			row++;
			sheet.value(row, 0, text("budget.total", locale));
			sheet.style(row, 0).bold().set();
			for (int i = 0; i < amounts.size(); i++) {
				SheetCells.money(sheet, row, i + 1, year.total(amounts.get(i)));
			}
			row++;
			sheet.value(row, 0, text("budget.envelope", locale));
			SheetCells.money(sheet, row, 1, year.getEnvelope());
			row++;
			sheet.value(row, 0, text("budget.advisedLeft", locale));
			SheetCells.money(sheet, row, 1, advice.totals().advisedLeft());
			row += 2;
			sheet.value(row, 0, text("budget.step", locale));
			sheet.value(row, 1, text("BudgetStep." + year.getStep().name(), locale));
			for (BudgetStep step : BudgetStep.values()) {
				row++;
				sheet.value(row, 0, text("BudgetStep." + step.name(), locale));
				SheetCells.date(sheet, row, 1, year.dateOf(step));
			}
			sheet.width(0, 34);
			for (int col = 1; col <= 8; col++) {
				sheet.width(col, 14);
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
