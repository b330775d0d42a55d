package be.aanboord.account;

import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import be.aanboord.partner.Organisations;
import be.aanboord.system.Pages;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * The lab coordinator's list of users: search, and unlock an account the login throttle
 * locked (through {@link UserAdministration}).
 */
@Controller
class AccountListController {

	private static final int PAGE_SIZE = 25;

	private final AccountRepository accounts;

	private final UserAdministration administration;

	private final Organisations organisations;

	private final UserSchools schools;

	private final Clock clock;

	AccountListController(AccountRepository accounts, UserAdministration administration, Organisations organisations,
			UserSchools schools, Clock clock) {
		this.accounts = accounts;
		this.administration = administration;
		this.organisations = organisations;
		this.schools = schools;
		this.clock = clock;
	}

	/**
	 * The users, searched by username, name or e-mail address ({@code zoek}, any part,
	 * any case), with their organisation or school, last sign-in and whether the login
	 * throttle locked them.
	 */
	@GetMapping("/beheer/gebruikers")
	String list(@RequestParam(name = "zoek", defaultValue = "") String text,
			@RequestParam(name = "pagina", defaultValue = "0") int page, Model model) {
		String search = text.strip();
		String pattern = search.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		Page<Account> found = Pages.of(page, PAGE_SIZE, (p) -> this.accounts.search(pattern, p));
		model.addAttribute("accounts", found);
		model.addAttribute("organisationNames", this.organisations
			.names(found.stream().map(Account::getOrganisationId).filter(Objects::nonNull).toList()));
		model.addAttribute("schoolNames",
				this.schools.names(found.stream().map(Account::getSchoolId).filter(Objects::nonNull).toList()));
		model.addAttribute("text", search);
		model.addAttribute("now", this.clock.instant());
		model.addAttribute("pageUrl",
				UriComponentsBuilder.fromPath("/beheer/gebruikers")
					.queryParamIfPresent("zoek",
							Optional.of(search).filter((t) -> !t.isEmpty()).map((t) -> UriUtils.encode(t, UTF_8)))
					.build(true)
					.toUriString());
		return "admin/accounts";
	}

	/**
	 * Lifts the lock the login throttle put on an account after too many failed logins.
	 */
	@PostMapping("/beheer/gebruikers/{id}/ontgrendelen")
	String unlock(@PathVariable long id, @RequestParam(name = "zoek", defaultValue = "") String text,
			RedirectAttributes redirect) {
		this.administration.unlock(id);
		redirect.addFlashAttribute("success", "account.unlocked");
		if (!text.isBlank()) {
			redirect.addAttribute("zoek", text.strip());
		}
		return "redirect:/beheer/gebruikers";
	}

}
