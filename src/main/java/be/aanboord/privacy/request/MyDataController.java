package be.aanboord.privacy.request;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import be.aanboord.account.CurrentUser;
import be.aanboord.system.Formats;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Mijn gegevens" for any signed-in user: what the portal holds about them per section,
 * downloaded as JSON or as a PDF, and their erasure request (GDPR art. 15, 17 and 20).
 * The user's own erasure requests are listed with their status and the administrator's
 * note.
 */
@Controller
class MyDataController {

	static final String PAGE = "/mijn-account/gegevens";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ErasureRequests requests;

	private final MyDataPdf pdf;

	private final Clock clock;

	MyDataController(ErasureRequests requests, MyDataPdf pdf, Clock clock) {
		this.requests = requests;
		this.pdf = pdf;
		this.clock = clock;
	}

	@GetMapping(PAGE)
	String show(@AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
		model.addAttribute("sections", this.requests.export(user.getId(), locale));
		List<ErasureRequest> mine = this.requests.of(user.getId());
		model.addAttribute("erasureRequests", mine);
		model.addAttribute("openRequest", mine.stream().anyMatch(ErasureRequest::isOpen));
		return "privacy/request/mine";
	}

	@GetMapping(PAGE + ".json")
	ResponseEntity<byte[]> json(@AuthenticationPrincipal CurrentUser user, Locale locale) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("portal", "Aan Boord");
		document.put("generatedAt", Formats.of(locale).dateTime(this.clock.instant()));
		document.put("sections", this.requests.export(user.getId(), locale));
		return download(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(document),
				new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8), "mijn-gegevens.json");
	}

	@GetMapping(PAGE + ".pdf")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser user, Locale locale) {
		return download(this.pdf.render(this.requests.export(user.getId(), locale), locale), MediaType.APPLICATION_PDF,
				"mijn-gegevens.pdf");
	}

	@PostMapping(PAGE + "/verwijdering")
	String request(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(name = "reden", required = false) String typed, RedirectAttributes redirect) {
		String reason = ErasureRequests.lines(typed);
		if (reason != null && reason.length() > ErasureRequests.MAX_TEXT) {
			redirect.addFlashAttribute("warning", "erasureRequest.reasonTooLong");
			redirect.addFlashAttribute("reason", reason);
			return "redirect:" + PAGE;
		}
		try {
			this.requests.request(user.getId(), reason);
			redirect.addFlashAttribute("success", "erasureRequest.requested");
		}
		catch (ErasureRequests.Refused refused) {
			warn(redirect, refused);
		}
		catch (DataIntegrityViolationException sameMoment) {
			// two requests at the same moment: the unique index keeps one open
			redirect.addFlashAttribute("warning", "erasureRequest.alreadyOpen");
		}
		return "redirect:" + PAGE;
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(body);
	}

	private static void warn(RedirectAttributes redirect, ErasureRequests.Refused refused) {
		switch (refused.why()) {
			case ALREADY_OPEN -> redirect.addFlashAttribute("warning", "erasureRequest.alreadyOpen");
			case OWN_REQUEST -> redirect.addFlashAttribute("warning", "erasureRequest.own");
			case LAST_ADMIN -> redirect.addFlashAttribute("warning", "erasureRequest.lastAdmin");
		}
	}

}
