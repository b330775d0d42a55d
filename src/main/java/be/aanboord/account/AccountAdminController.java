package be.aanboord.account;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.groups.Default;

import be.aanboord.partner.Organisations;
import be.aanboord.partner.Organisations.OrganisationSummary;
import be.aanboord.project.Projects;
import be.aanboord.project.Projects.ProjectSummary;
import be.aanboord.system.Edits;
import be.aanboord.system.NotFoundException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * User administration for the lab coordinator: create a user, assign roles and scopes,
 * set a new password, disable (writes through {@link UserAdministration}). The list is
 * {@link AccountListController}'s.
 */
@Controller
class AccountAdminController {

	private static final String FORM = "admin/account-form";

	private final AccountRepository accounts;

	private final UserAdministration administration;

	private final Projects projects;

	private final Organisations organisations;

	private final AccountSessions sessions;

	private final UserSchools schools;

	AccountAdminController(AccountRepository accounts, UserAdministration administration, Projects projects,
			Organisations organisations, AccountSessions sessions, UserSchools schools) {
		this.accounts = accounts;
		this.administration = administration;
		this.projects = projects;
		this.organisations = organisations;
		this.sessions = sessions;
		this.schools = schools;
	}

	@ModelAttribute("allRoles")
	Role[] allRoles() {
		return Role.values();
	}

	@ModelAttribute("allProjects")
	List<ProjectSummary> allProjects() {
		return this.projects.all();
	}

	@ModelAttribute("allOrganisations")
	List<OrganisationSummary> allOrganisations() {
		return this.organisations.all();
	}

	@ModelAttribute("allClbs")
	List<OrganisationSummary> allClbs() {
		return this.organisations.clbs();
	}

	@ModelAttribute("allSchools")
	List<UserSchools.UserSchool> allSchools() {
		return this.schools.all();
	}

	@GetMapping("/beheer/gebruikers/nieuw")
	String createForm(Model model) {
		model.addAttribute("accountForm", new AccountForm());
		return FORM;
	}

	@PostMapping("/beheer/gebruikers/nieuw")
	String create(@Validated({ Default.class, AccountForm.New.class }) @ModelAttribute AccountForm form,
			BindingResult result, RedirectAttributes redirect) {
		if (this.administration.create(form, result).isEmpty()) {
			form.setPassword(null);
			return FORM;
		}
		redirect.addFlashAttribute("success", "account.saved");
		return "redirect:/beheer/gebruikers";
	}

	@GetMapping("/beheer/gebruikers/{id}")
	String editForm(@PathVariable long id, Model model) {
		Account account = find(id);
		model.addAttribute("account", account);
		model.addAttribute("accountForm", AccountForm.from(account));
		return FORM;
	}

	/**
	 * Saves, or shows the form again with the conflict or the errors. When administrators
	 * change their own rights, their current session takes the new rights.
	 */
	@PostMapping("/beheer/gebruikers/{id}")
	String update(@PathVariable long id, @AuthenticationPrincipal CurrentUser admin,
			@Valid @ModelAttribute AccountForm form, BindingResult result, Model model, RedirectAttributes redirect,
			HttpServletRequest request, HttpServletResponse response) {
		Account account = find(id);
		model.addAttribute("account", account);
		form.setUsername(account.getUsername());
		return Edits.save(model, () -> {
			if (!this.administration.update(id, form, admin.getId(), result,
					(changed) -> this.sessions.renewCurrent(changed, request, response))) {
				form.setPassword(null);
				return FORM;
			}
			redirect.addFlashAttribute("success", "account.saved");
			return "redirect:/beheer/gebruikers";
		}, () -> FORM);
	}

	private Account find(long id) {
		return this.accounts.findById(id).orElseThrow(() -> new NotFoundException("account " + id));
	}

}
