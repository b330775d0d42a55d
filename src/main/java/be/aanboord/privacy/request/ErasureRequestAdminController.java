package be.aanboord.privacy.request;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import be.aanboord.account.Accounts;
import be.aanboord.account.CurrentUser;
import be.aanboord.system.DataSubject;
import be.aanboord.system.EditConflict;
import be.aanboord.system.Pages;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' erasure requests: open or handled ones (filter {@code status}:
 * {@code open}, the default, or {@code afgehandeld}; {@code pagina}), and one request
 * with what carrying it out would erase or anonymise per section. "Uitvoeren" carries it
 * out, "Weigeren" refuses it with a reason; a request handled meanwhile is a conflict,
 * never handled twice.
 */
@Controller
class ErasureRequestAdminController {

	static final String LIST = "/beheer/verwijderingsverzoeken";

	private static final String ONE = LIST + "/{id:[0-9]{1,18}}";

	private static final int PAGE_SIZE = 20;

	private final ErasureRequests requests;

	private final ErasureRequestRepository repository;

	private final Accounts accounts;

	ErasureRequestAdminController(ErasureRequests requests, ErasureRequestRepository repository, Accounts accounts) {
		this.requests = requests;
		this.repository = repository;
		this.accounts = accounts;
	}

	@GetMapping(LIST)
	String list(@RequestParam(name = "status", required = false) String status,
			@RequestParam(name = "pagina", required = false) String page, Model model) {
		boolean handled = "afgehandeld".equals(status);
		Page<ErasureRequest> found = Pages.of(pageNumber(page), PAGE_SIZE, (pageable) -> handled
				? this.repository.findHandled(pageable) : this.repository.findByStatus(ErasureStatus.OPEN, pageable));
		model.addAttribute("requests", found);
		model.addAttribute("handled", handled);
		model.addAttribute("names",
				this.accounts.displayNames(found.getContent().stream().map(ErasureRequest::getAccountId).toList()));
		model.addAttribute("open", this.repository.countByStatus(ErasureStatus.OPEN));
		return "privacy/request/list";
	}

	@GetMapping(ONE)
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser admin, Locale locale, Model model) {
		ErasureRequest request = this.requests.request(id);
		model.addAttribute("own", request.getAccountId() == admin.getId());
		Optional<DataSubject> subject = this.requests.subjectOf(request);
		model.addAttribute("request", request);
		model.addAttribute("subject", subject.orElse(null));
		model.addAttribute("preview", subject.isPresent() ? this.requests.preview(request, locale) : List.of());
		model.addAttribute("handler", (request.getHandledBy() != null)
				? this.accounts.displayNames(List.of(request.getHandledBy())).get(request.getHandledBy()) : null);
		return "privacy/request/show";
	}

	@PostMapping(ONE + "/uitvoeren")
	String execute(@PathVariable long id, @RequestParam(name = "versie", defaultValue = "-1") int version,
			@RequestParam(name = "bevestigd", required = false) String confirmed,
			@AuthenticationPrincipal CurrentUser admin, Locale locale, RedirectAttributes redirect) {
		this.requests.request(id);
		if (!"ja".equals(confirmed)) {
			redirect.addFlashAttribute("warning", "erasureRequest.admin.confirmRequired");
			return "redirect:" + LIST + "/" + id;
		}
		try {
			List<PersonalData.Counted> done = this.requests.execute(id, version, admin, locale);
			redirect.addFlashAttribute("success", "erasureRequest.admin.executed");
			redirect.addFlashAttribute("erased", done);
			return "redirect:" + LIST + "/" + id;
		}
		catch (ErasureRequests.Refused refused) {
			warn(redirect, refused);
		}
		catch (EditConflict | OptimisticLockingFailureException conflict) {
			redirect.addFlashAttribute("warning", "erasureRequest.admin.handledMeanwhile");
		}
		return "redirect:" + LIST + "/" + id;
	}

	@PostMapping(ONE + "/weigeren")
	String refuse(@PathVariable long id, @RequestParam(name = "versie", defaultValue = "-1") int version,
			@RequestParam(name = "reden", required = false) String typed, @AuthenticationPrincipal CurrentUser admin,
			RedirectAttributes redirect) {
		this.requests.request(id);
		String note = ErasureRequests.lines(typed);
		if (note == null || note.isBlank() || note.length() > ErasureRequests.MAX_TEXT) {
			redirect.addFlashAttribute("warning", "erasureRequest.admin.refusalReason");
			redirect.addFlashAttribute("note", note);
			return "redirect:" + LIST + "/" + id;
		}
		try {
			this.requests.refuse(id, version, note, admin);
			redirect.addFlashAttribute("success", "erasureRequest.admin.refused");
		}
		catch (ErasureRequests.Refused refused) {
			warn(redirect, refused);
		}
		catch (EditConflict | OptimisticLockingFailureException conflict) {
			redirect.addFlashAttribute("warning", "erasureRequest.admin.handledMeanwhile");
		}
		return "redirect:" + LIST + "/" + id;
	}

	private static int pageNumber(String page) {
		return (page == null || !page.matches("[0-9]{1,6}")) ? 0 : Integer.parseInt(page);
	}

	private static void warn(RedirectAttributes redirect, ErasureRequests.Refused refused) {
		switch (refused.why()) {
			case ALREADY_OPEN -> redirect.addFlashAttribute("warning", "erasureRequest.alreadyOpen");
			case OWN_REQUEST -> redirect.addFlashAttribute("warning", "erasureRequest.own");
			case LAST_ADMIN -> redirect.addFlashAttribute("warning", "erasureRequest.lastAdmin");
		}
	}

}
