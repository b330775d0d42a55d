package be.aanboord.agenda.registration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import be.aanboord.agenda.Activity;
import be.aanboord.system.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Registering for a public activity without an account, and the personal link to see or
 * cancel the registration. No session: messages travel in the address, never as flash
 * attributes. The answer to a registration never says whether the address was registered
 * already (that person gets their link again by e-mail).
 */
@Controller
class RegistrationController {

	private final Registrations registrations;

	private final RegistrationRepository repository;

	private final RegistrationRateLimit rateLimit;

	private final PersonalLinks links;

	private final java.time.Clock clock;

	RegistrationController(Registrations registrations, RegistrationRepository repository,
			RegistrationRateLimit rateLimit, PersonalLinks links, java.time.Clock clock) {
		this.registrations = registrations;
		this.repository = repository;
		this.rateLimit = rateLimit;
		this.links = links;
		this.clock = clock;
	}

	@GetMapping("/agenda/{slug}/inschrijven")
	String form(@PathVariable String slug, @RequestParam(name = "ontvangen", required = false) String received,
			Model model) {
		Registrations.Seats seats = publicActivity(slug);
		model.addAttribute("registrationForm", new RegistrationForm());
		model.addAttribute("received", received != null);
		return page(seats, model);
	}

	@PostMapping("/agenda/{slug}/inschrijven")
	String register(@PathVariable String slug, @Valid @ModelAttribute RegistrationForm registrationForm,
			BindingResult result, Model model, HttpServletRequest request, HttpServletResponse response) {
		Registrations.Seats seats = publicActivity(slug);
		Activity activity = seats.activity();
		if (registrationForm.isRobot()) {
			return "redirect:/agenda/" + activity.getSlug() + "/inschrijven?ontvangen=ja";
		}
		if (!this.rateLimit.allow(request.getRemoteAddr())) {
			response.setStatus(429);
			result.reject("agenda.registration.error.tooMany");
			return page(seats, model);
		}
		if (result.hasErrors()) {
			return page(seats, model);
		}
		switch (this.registrations.register(activity.getId(), registrationForm)) {
			case CLOSED -> result.reject("agenda.registration.error.closed");
			case WORKSHOP_FULL -> result.rejectValue("workshopId", "agenda.registration.error.workshopFull");
			case UNKNOWN_WORKSHOP -> result.rejectValue("workshopId", "agenda.registration.error.unknownWorkshop");
			default -> {
				return "redirect:/agenda/" + activity.getSlug() + "/inschrijven?ontvangen=ja";
			}
		}
		return page(seats, model);
	}

	@GetMapping("/agenda/inschrijving/{token}")
	String show(@PathVariable String token, @RequestParam(name = "geannuleerd", required = false) String cancelled,
			Model model) {
		Registration registration = registration(token);
		Registrations.Seats seats = this.registrations.byId(registration.getActivityId())
			.orElseThrow(() -> new NotFoundException("activity"));
		Activity activity = seats.activity();
		model.addAttribute("registration", registration);
		model.addAttribute("activity", activity);
		model.addAttribute("token", token);
		model.addAttribute("justCancelled", cancelled != null);
		model.addAttribute("workshop", seats.workshop(registration.getWorkshopId()));
		model.addAttribute("position",
				registration.isWaiting() ? this.repository.waitingPosition(activity.getId(), registration.getId()) : 0);
		model.addAttribute("mayCancel",
				!registration.isCancelled() && activity.getStartsAt().isAfter(this.clock.instant()));
		return "agenda/registration/show";
	}

	@PostMapping("/agenda/inschrijving/{token}")
	String cancel(@PathVariable String token) {
		Registration registration = registration(token);
		this.registrations.cancel(registration.getId());
		return "redirect:/agenda/inschrijving/" + token + "?geannuleerd=ja";
	}

	private Registration registration(String token) {
		return this.links.registrationId(token)
			.flatMap(this.repository::findById)
			.filter((registration) -> registration.getEmail() != null)
			.orElseThrow(() -> new NotFoundException("registration"));
	}

	private Registrations.Seats publicActivity(String slug) {
		return this.registrations.bySlug(slug)
			.filter((seats) -> seats.activity().isPublic() && seats.activity().isRegistrationRequired())
			.orElseThrow(() -> new NotFoundException("activity"));
	}

	private String page(Registrations.Seats seats, Model model) {
		model.addAttribute("seats", seats);
		model.addAttribute("activity", seats.activity());
		model.addAttribute("open", seats.activity().registrationOpen(this.clock.instant()));
		return "agenda/registration/form";
	}

}
