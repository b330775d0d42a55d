package be.aanboord.agenda.registration;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import be.aanboord.account.CurrentUser;
import be.aanboord.agenda.ActivityOrganisers;
import be.aanboord.agenda.ProgrammeItem;
import be.aanboord.system.CsvCells;
import be.aanboord.system.NotFoundException;
import be.aanboord.system.PdfDocuments;
import be.aanboord.system.SheetCells;

import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organisers' view of an activity's registrations: the list and the waiting list,
 * exports (CSV with semicolons and a byte order mark, XLSX), the attendance list to sign
 * (PDF), attendance afterwards and one message to everyone registered. Only for those who
 * organise the activity ({@link ActivityOrganisers}).
 */
@Controller
class RegistrationListController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private static final List<String> HEADERS = List.of("agenda.registration.field.number",
			"agenda.registration.field.name", "agenda.registration.field.email",
			"agenda.registration.field.organisation", "agenda.registration.field.jobFunction",
			"agenda.registration.field.workshop", "agenda.registration.field.status",
			"agenda.registration.field.registeredAt", "agenda.registration.field.attended");

	private final Registrations registrations;

	private final RegistrationRepository repository;

	private final MessageSource messages;

	private final ITemplateEngine templates;

	private final ApplicationContext application;

	private final PdfDocuments pdfs;

	RegistrationListController(Registrations registrations, RegistrationRepository repository, MessageSource messages,
			ITemplateEngine templates, ApplicationContext application, PdfDocuments pdfs) {
		this.registrations = registrations;
		this.repository = repository;
		this.messages = messages;
		this.templates = templates;
		this.application = application;
		this.pdfs = pdfs;
	}

	/** One message to everyone registered. */
	public static class MessageForm {

		@NotBlank
		@Size(max = 200)
		private String subject;

		@NotBlank
		@Size(max = 10000)
		private String body;

		public String getSubject() {
			return this.subject;
		}

		public void setSubject(String subject) {
			this.subject = subject;
		}

		public String getBody() {
			return this.body;
		}

		public void setBody(String body) {
			this.body = body;
		}

	}

	@GetMapping("/agenda/beheer/{id}/inschrijvingen")
	String list(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		Registrations.Seats seats = organised(id, user);
		List<Registration> all = this.repository.findByActivityIdOrderById(id);
		model.addAttribute("seats", seats);
		model.addAttribute("activity", seats.activity());
		model.addAttribute("confirmed", all.stream().filter(Registration::isConfirmed).toList());
		model.addAttribute("waiting", all.stream().filter(Registration::isWaiting).toList());
		model.addAttribute("cancelled", all.stream().filter(Registration::isCancelled).toList());
		return "agenda/registration/list";
	}

	@GetMapping("/agenda/beheer/{id}/inschrijvingen/export.csv")
	ResponseEntity<byte[]> csv(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Locale locale) {
		Registrations.Seats seats = organised(id, user);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
				CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
			printer.printRecord(HEADERS.stream().map((key) -> CsvCells.text(message(key, locale))).toList());
			int number = 1;
			for (Registration r : this.repository.findByActivityIdOrderById(id)) {
				printer.printRecord(
						values(number++, r, seats, locale).stream().map((v) -> CsvCells.cell(v, locale)).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return download(out.toByteArray(), new MediaType("text", "csv", StandardCharsets.UTF_8),
				seats.activity().getSlug() + "-inschrijvingen.csv");
	}

	@GetMapping("/agenda/beheer/{id}/inschrijvingen/export.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Locale locale) {
		Registrations.Seats seats = organised(id, user);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "Aan Boord", "1.0");
			Worksheet sheet = workbook.newWorksheet(message("agenda.registration.list.title", locale));
			for (int c = 0; c < HEADERS.size(); c++) {
				SheetCells.text(sheet, 0, c, message(HEADERS.get(c), locale));
				sheet.style(0, c).bold().set();
			}
			int r = 1;
			for (Registration registration : this.repository.findByActivityIdOrderById(id)) {
				List<Object> values = values(r, registration, seats, locale);
				for (int c = 0; c < values.size(); c++) {
					Object value = values.get(c);
					if (value instanceof Number number) {
						sheet.value(r, c, number);
					}
					else if (value instanceof java.time.Instant moment) {
						SheetCells.text(sheet, r, c, CsvCells.cell(moment, locale));
					}
					else if (value != null) {
						SheetCells.text(sheet, r, c, value.toString());
					}
				}
				r++;
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return download(out.toByteArray(), XLSX, seats.activity().getSlug() + "-inschrijvingen.xlsx");
	}

	@GetMapping("/agenda/beheer/{id}/inschrijvingen/aanwezigheidslijst.pdf")
	ResponseEntity<byte[]> attendanceList(@PathVariable long id, @AuthenticationPrincipal CurrentUser user,
			Locale locale) {
		Registrations.Seats seats = organised(id, user);
		Context context = new Context(locale);
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.application, null));
		context.setVariable("seats", seats);
		context.setVariable("activity", seats.activity());
		context.setVariable("confirmed",
				this.repository.findByActivityIdOrderById(id).stream().filter(Registration::isConfirmed).toList());
		byte[] pdf = this.pdfs.render(this.templates.process("agenda/registration/attendance-print", context));
		return download(pdf, MediaType.APPLICATION_PDF, seats.activity().getSlug() + "-aanwezigheidslijst.pdf");
	}

	@GetMapping("/agenda/beheer/{id}/inschrijvingen/aanwezigheid")
	String attendanceForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		Registrations.Seats seats = organised(id, user);
		model.addAttribute("seats", seats);
		model.addAttribute("activity", seats.activity());
		model.addAttribute("confirmed",
				this.repository.findByActivityIdOrderById(id).stream().filter(Registration::isConfirmed).toList());
		return "agenda/registration/attendance";
	}

	@PostMapping("/agenda/beheer/{id}/inschrijvingen/aanwezigheid")
	String recordAttendance(@PathVariable long id,
			@RequestParam(name = "aanwezig", required = false) List<Long> present,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		organised(id, user);
		this.registrations.recordAttendance(id, (present != null) ? new HashSet<>(present) : Set.of());
		redirect.addFlashAttribute("success", "agenda.registration.attendance.saved");
		return "redirect:/agenda/beheer/" + id + "/inschrijvingen";
	}

	@GetMapping("/agenda/beheer/{id}/inschrijvingen/bericht")
	String messageForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		Registrations.Seats seats = organised(id, user);
		model.addAttribute("activity", seats.activity());
		model.addAttribute("messageForm", new MessageForm());
		model.addAttribute("recipients", this.repository.activeFor(id).size());
		return "agenda/registration/message";
	}

	@PostMapping("/agenda/beheer/{id}/inschrijvingen/bericht")
	String message(@PathVariable long id, @Valid @ModelAttribute MessageForm messageForm, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		Registrations.Seats seats = organised(id, user);
		if (result.hasErrors()) {
			model.addAttribute("activity", seats.activity());
			model.addAttribute("recipients", this.repository.activeFor(id).size());
			return "agenda/registration/message";
		}
		this.registrations.message(id, messageForm.getSubject().strip(), messageForm.getBody().strip());
		redirect.addFlashAttribute("success", "agenda.registration.message.sent");
		return "redirect:/agenda/beheer/" + id + "/inschrijvingen";
	}

	private Registrations.Seats organised(long id, CurrentUser user) {
		Registrations.Seats seats = this.registrations.byId(id).orElseThrow(() -> new NotFoundException("activity"));
		if (!ActivityOrganisers.mayOrganise(user, seats.activity())) {
			throw new AccessDeniedException("activity " + id + " is not organised by the user");
		}
		return seats;
	}

	private List<Object> values(int number, Registration r, Registrations.Seats seats, Locale locale) {
		ProgrammeItem workshop = seats.workshop(r.getWorkshopId());
		return new ArrayList<>(Arrays.asList(number, r.getName(), r.getEmail(), r.getOrganisation(), r.getJobFunction(),
				(workshop != null) ? workshop.getTitle() : null, message("RegistrationStatus." + r.getStatus(), locale),
				r.getRegisteredAt(),
				(r.getAttended() == null) ? null : message(
						r.getAttended() ? "agenda.registration.attended.yes" : "agenda.registration.attended.no",
						locale)));
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	private static ResponseEntity<byte[]> download(byte[] content, MediaType type, String filename) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(content);
	}

}
