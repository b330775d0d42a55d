package be.aanboord.budget;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

import be.aanboord.account.CurrentUser;
import be.aanboord.project.SchoolYear;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The budget advice of a school year in print: a PDF and a spreadsheet
 * ({@link BudgetPrints}). A reader who may not read the year yet is sent to its page,
 * which says so.
 */
@Controller
class BudgetPrintController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final BudgetOverview overview;

	private final BudgetPrints prints;

	BudgetPrintController(BudgetOverview overview, BudgetPrints prints) {
		this.overview = overview;
		this.prints = prints;
	}

	@GetMapping("/budget/{year}/advies.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable SchoolYear year, @AuthenticationPrincipal CurrentUser user,
			Locale locale) {
		Optional<BudgetOverview.Advice> found = this.overview.of(year.getStartYear(), BudgetReader.of(user));
		if (found.isEmpty()) {
			return toPage(year);
		}
		return download(this.prints.pdf(found.get(), locale), MediaType.APPLICATION_PDF,
				"budgetadvies-" + year.getLabel() + ".pdf");
	}

	@GetMapping("/budget/{year}/advies.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable SchoolYear year, @AuthenticationPrincipal CurrentUser user,
			Locale locale) {
		Optional<BudgetOverview.Advice> found = this.overview.of(year.getStartYear(), BudgetReader.of(user));
		if (found.isEmpty()) {
			return toPage(year);
		}
		return download(this.prints.xlsx(found.get(), locale), XLSX, "budgetadvies-" + year.getLabel() + ".xlsx");
	}

	private static ResponseEntity<byte[]> toPage(SchoolYear year) {
		return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/budget/" + year.getLabel())).build();
	}

	private static ResponseEntity<byte[]> download(byte[] content, MediaType type, String filename) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(content);
	}

}
