package be.aanboord.account;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.groups.Default;

import be.aanboord.partner.Organisation;
import be.aanboord.partner.OrganisationRepository;
import be.aanboord.project.Project;
import be.aanboord.project.ProjectRepository;
import be.aanboord.system.NotFoundException;
import be.aanboord.system.Pages;

import org.hibernate.Hibernate;

import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * User administration for the lab coordinator: search, create, assign roles and scopes,
 * set a new password, disable, and unlock an account the login throttle locked. A change
 * of roles, scopes or enabled ends the user's open sessions (see
 * {@link AccountSessions}); a change of name or e-mail address does not.
 */
@Controller
class AccountAdminController {

	private static final int PAGE_SIZE = 25;

	private final AccountRepository accounts;

	private final ProjectRepository projects;

	private final OrganisationRepository organisations;

	private final PasswordEncoder encoder;

	private final AccountSessions sessions;

	private final Clock clock;

	AccountAdminController(AccountRepository accounts, ProjectRepository projects, OrganisationRepository organisations,
			PasswordEncoder encoder, AccountSessions sessions, Clock clock) {
		this.clock = clock;
		this.accounts = accounts;
		this.projects = projects;
		this.organisations = organisations;
		this.encoder = encoder;
		this.sessions = sessions;
	}

	@ModelAttribute("allRoles")
	Role[] allRoles() {
		return Role.values();
	}

	@ModelAttribute("allProjects")
	List<Project> allProjects() {
		return this.projects.findAllByOrderByPosition();
	}

	@ModelAttribute("allOrganisations")
	List<Organisation> allOrganisations() {
		return this.organisations.findAllByOrderByName();
	}

	/**
	 * The users, searched by username, name or e-mail address ({@code zoek}, any part,
	 * any case), with their last sign-in and whether the login throttle locked them.
	 */
	@GetMapping("/beheer/gebruikers")
	@Transactional(readOnly = true)
	String list(@RequestParam(name = "zoek", defaultValue = "") String text,
			@RequestParam(name = "pagina", defaultValue = "0") int page, Model model) {
		String search = text.strip();
		String pattern = search.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		Page<Account> found = Pages.of(page, PAGE_SIZE, (p) -> this.accounts.search(pattern, p));
		// the organisations of the page, in one batch, before the page is rendered
		found.forEach((account) -> Hibernate.initialize(account.getOrganisation()));
		model.addAttribute("accounts", found);
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
		Account account = find(id);
		this.accounts.unlock(id);
		redirect.addFlashAttribute("success", "account.unlocked");
		if (!text.isBlank()) {
			redirect.addAttribute("zoek", text.strip());
		}
		return "redirect:/beheer/gebruikers";
	}

	@GetMapping("/beheer/gebruikers/nieuw")
	String createForm(Model model) {
		model.addAttribute("accountForm", new AccountForm());
		return "admin/account-form";
	}

	@PostMapping("/beheer/gebruikers/nieuw")
	@Transactional
	String create(@Validated({ Default.class, AccountForm.New.class }) @ModelAttribute AccountForm form,
			BindingResult result, RedirectAttributes redirect) {
		if (form.getUsername() != null && this.accounts.existsByUsernameIgnoreCase(form.getUsername())) {
			result.rejectValue("username", "account.username.taken");
		}
		if (form.getPassword() == null || form.getPassword().length() < 12) {
			result.rejectValue("password", "account.password.tooShort");
		}
		validateScopes(form, result);
		if (result.hasErrors()) {
			form.setPassword(null);
			return "admin/account-form";
		}
		Account account = new Account(form.getUsername(), this.encoder.encode(form.getPassword()));
		apply(form, account);
		this.accounts.save(account);
		redirect.addFlashAttribute("success", "account.saved");
		return "redirect:/beheer/gebruikers";
	}

	@GetMapping("/beheer/gebruikers/{id}")
	String editForm(@PathVariable long id, Model model) {
		Account account = find(id);
		model.addAttribute("account", account);
		model.addAttribute("accountForm", AccountForm.from(account));
		return "admin/account-form";
	}

	@PostMapping("/beheer/gebruikers/{id}")
	@Transactional
	String update(@PathVariable long id, @AuthenticationPrincipal CurrentUser admin,
			@Valid @ModelAttribute AccountForm form, BindingResult result, Model model, RedirectAttributes redirect,
			HttpServletRequest request, HttpServletResponse response) {
		Account account = find(id);
		model.addAttribute("account", account);
		form.setUsername(account.getUsername());
		if (form.getVersion() != account.getVersion()) {
			model.addAttribute("conflict", true);
			return "admin/account-form";
		}
		if (account.getId() == admin.getId() && (!form.isEnabled() || !form.getRoles().contains(Role.ADMIN))) {
			result.reject("account.cannotDemoteSelf");
		}
		validateScopes(form, result);
		boolean newPassword = form.getPassword() != null && !form.getPassword().isEmpty();
		if (newPassword && form.getPassword().length() < 12) {
			result.rejectValue("password", "account.password.tooShort");
		}
		if (result.hasErrors()) {
			form.setPassword(null);
			return "admin/account-form";
		}
		Account.Rights before = account.rights();
		apply(form, account);
		if (newPassword) {
			// an empty field keeps the password; a new one ends the user's other sessions
			account.changePassword(this.encoder.encode(form.getPassword()));
		}
		if (newPassword && account.getId() != admin.getId()) {
			this.sessions.endAllOf(account.getUsername());
		}
		else if (!account.rights().equals(before)) {
			// the user's sessions hold the old rights: they end (the admin's own
			// current session takes the new rights instead)
			if (account.getId() == admin.getId()) {
				this.sessions.renewCurrent(account, request, response);
			}
			else {
				this.sessions.endAllOf(account.getUsername());
			}
		}
		redirect.addFlashAttribute("success", "account.saved");
		return "redirect:/beheer/gebruikers";
	}

	private void validateScopes(AccountForm form, BindingResult result) {
		if (form.getRoles().contains(Role.COORDINATOR) && form.getProjectIds().isEmpty()) {
			result.rejectValue("projectIds", "account.projects.required");
		}
		if (form.getRoles().contains(Role.PARTNER) && form.getOrganisationId() == null) {
			result.rejectValue("organisationId", "account.organisation.required");
		}
	}

	private void apply(AccountForm form, Account account) {
		account.describe(form.getDisplayName().trim(), form.getEmail());
		Organisation organisation = (form.getOrganisationId() != null)
				? this.organisations.findById(form.getOrganisationId())
					.orElseThrow(() -> new NotFoundException("organisation"))
				: null;
		account.grant(form.getRoles(), new HashSet<>(this.projects.findAllByIdIn(form.getProjectIds())), organisation);
		if (form.isEnabled()) {
			account.enable();
		}
		else {
			account.disable();
		}
	}

	private Account find(long id) {
		return this.accounts.findById(id).orElseThrow(() -> new NotFoundException("account " + id));
	}

}
