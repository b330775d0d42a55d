package be.aanboord.agenda.registration;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import be.aanboord.system.CsvCells;
import be.aanboord.system.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A registrant's rights over their data: asking for a copy or erasure of everything held
 * under their e-mail address (the privacy notice itself, {@code /privacy}, is the privacy
 * module's). The portal mails a signed link to that address (whether or not it holds
 * anything, the answer is the same); the link shows the copy, offers it as a download and
 * erases it.
 */
@Controller
class PrivacyController {

	private final Registrations registrations;

	private final PersonalLinks links;

	private final RegistrationRateLimit rateLimit;

	private final MessageSource messages;

	PrivacyController(Registrations registrations, PersonalLinks links, RegistrationRateLimit rateLimit,
			MessageSource messages) {
		this.registrations = registrations;
		this.links = links;
		this.rateLimit = rateLimit;
		this.messages = messages;
	}

	/** The address asking for its data. */
	public static class DataRequestForm {

		@NotBlank
		@Email
		@Size(max = 254)
		private String email;

		public String getEmail() {
			return this.email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

	}

	@GetMapping("/privacy/mijn-gegevens")
	String requestForm(@RequestParam(name = "verzonden", required = false) String sent,
			@RequestParam(name = "gewist", required = false) String erased, Model model) {
		model.addAttribute("dataRequestForm", new DataRequestForm());
		model.addAttribute("sent", sent != null);
		model.addAttribute("erased", erased != null);
		return "agenda/registration/data-request";
	}

	@PostMapping("/privacy/mijn-gegevens")
	String request(@Valid @ModelAttribute DataRequestForm dataRequestForm, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		model.addAttribute("sent", false);
		model.addAttribute("erased", false);
		if (!this.rateLimit.allow(request.getRemoteAddr())) {
			response.setStatus(429);
			result.reject("agenda.registration.error.tooMany");
		}
		if (result.hasErrors()) {
			return "agenda/registration/data-request";
		}
		this.registrations.requestData(dataRequestForm.getEmail());
		return "redirect:/privacy/mijn-gegevens?verzonden=ja";
	}

	@GetMapping("/privacy/mijn-gegevens/{token}")
	String copy(@PathVariable String token, Model model) {
		String email = email(token);
		model.addAttribute("email", email);
		model.addAttribute("held", this.registrations.copyFor(email));
		model.addAttribute("token", token);
		return "agenda/registration/data-copy";
	}

	@GetMapping("/privacy/mijn-gegevens/{token}/kopie.csv")
	ResponseEntity<byte[]> download(@PathVariable String token, Locale locale) {
		String email = email(token);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
				CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
			List<String> keys = List.of("agenda.registration.field.activity", "agenda.registration.field.startsAt",
					"agenda.registration.field.name", "agenda.registration.field.email",
					"agenda.registration.field.organisation", "agenda.registration.field.jobFunction",
					"agenda.registration.field.workshop", "agenda.registration.field.status",
					"agenda.registration.field.registeredAt", "agenda.registration.field.consentedAt",
					"agenda.registration.field.attended");
			printer.printRecord(keys.stream()
				.map((key) -> CsvCells.text(this.messages.getMessage(key, null, key, locale)))
				.toList());
			for (Registrations.Held held : this.registrations.copyFor(email)) {
				Registration r = held.registration();
				printer.printRecord(java.util.Arrays
					.asList(held.activityTitle(), held.activityStartsAt(), r.getName(), r.getEmail(),
							r.getOrganisation(), r.getJobFunction(), held.workshopTitle(),
							this.messages.getMessage("RegistrationStatus." + r.getStatus(), null, locale),
							r.getRegisteredAt(), r.getConsentedAt(),
							(r.getAttended() == null) ? null
									: this.messages.getMessage(r.getAttended() ? "agenda.registration.attended.yes"
											: "agenda.registration.attended.no", null, locale))
					.stream()
					.map((v) -> CsvCells.cell(v, locale))
					.toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("mijn-gegevens.csv").build().toString())
			.body(out.toByteArray());
	}

	@PostMapping("/privacy/mijn-gegevens/{token}")
	String erase(@PathVariable String token) {
		this.registrations.erase(email(token));
		return "redirect:/privacy/mijn-gegevens?gewist=ja";
	}

	private String email(String token) {
		return this.links.email(token).orElseThrow(() -> new NotFoundException("data link"));
	}

}
