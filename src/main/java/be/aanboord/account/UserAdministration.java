package be.aanboord.account;

import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import be.aanboord.partner.Organisations;
import be.aanboord.partner.Organisations.OrganisationSummary;
import be.aanboord.project.Projects;
import be.aanboord.project.Projects.ProjectSummary;
import be.aanboord.system.EditConflict;
import be.aanboord.system.NotFoundException;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The lab coordinator's administration of users, each call one transaction: create a
 * user, change their name, e-mail address, roles, scopes and enabled, set a new password,
 * and unlock an account the login throttle locked. Rights take effect at once: a change
 * of roles, scopes (projects, organisation, CLB, school) or enabled, or a new password,
 * ends the user's open sessions ({@link AccountSessions}); a change of name or e-mail
 * address does not.
 */
@Service
class UserAdministration {

	/** The shortest password an administrator may set, in characters. */
	static final int MIN_PASSWORD_LENGTH = 12;

	private final AccountRepository accounts;

	private final Projects projects;

	private final Organisations organisations;

	private final PasswordEncoder encoder;

	private final AccountSessions sessions;

	private final UserSchools schools;

	UserAdministration(AccountRepository accounts, Projects projects, Organisations organisations,
			PasswordEncoder encoder, AccountSessions sessions, UserSchools schools) {
		this.accounts = accounts;
		this.projects = projects;
		this.organisations = organisations;
		this.encoder = encoder;
		this.sessions = sessions;
		this.schools = schools;
	}

	/**
	 * Creates a user from the form, unless it has errors: those of its constraints, and
	 * those added here (a username taken in any case, a password shorter than
	 * {@value #MIN_PASSWORD_LENGTH}, a role without the scope it needs: a coordinator's
	 * projects, a partner's organisation, a school user's school, a CLB worker's CLB,
	 * which must be an organisation marked as a CLB and, for a CLB worker who is also a
	 * partner, their organisation).
	 * @param errors the form's errors so far, to which this adds
	 * @return the new account's id, or empty when nothing was saved because of errors
	 * @throws NotFoundException when the form names an organisation or a school that does
	 * not exist
	 */
	@Transactional
	Optional<Long> create(AccountForm form, Errors errors) {
		if (form.getUsername() != null && this.accounts.existsByUsernameIgnoreCase(form.getUsername())) {
			errors.rejectValue("username", "account.username.taken");
		}
		if (form.getPassword() == null || form.getPassword().length() < MIN_PASSWORD_LENGTH) {
			errors.rejectValue("password", "account.password.tooShort");
		}
		checkScopes(form, errors);
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		Account account = new Account(form.getUsername(), this.encoder.encode(form.getPassword()));
		apply(form, account);
		return Optional.of(this.accounts.save(account).getId());
	}

	/**
	 * Changes the user to the form, unless it has errors (as for {@link #create}, and an
	 * administrator who would disable themselves or give up the admin role); a conflict
	 * is found before any error. An empty password keeps the password.
	 * @param adminId the id of the signed-in administrator
	 * @param renewOwnSession called with the changed account when administrators change
	 * their own rights: their current session takes the new rights instead of ending
	 * @return whether it was saved
	 * @throws EditConflict when the account was saved since the form was opened
	 * @throws NotFoundException when there is no such account, organisation or school
	 */
	@Transactional
	boolean update(long id, AccountForm form, long adminId, Errors errors, Consumer<Account> renewOwnSession) {
		Account account = find(id);
		EditConflict.check("account " + id, form.getVersion(), account.getVersion());
		boolean own = account.getId() == adminId;
		if (own && (!form.isEnabled() || !form.getRoles().contains(Role.ADMIN))) {
			errors.reject("account.cannotDemoteSelf");
		}
		checkScopes(form, errors);
		boolean newPassword = form.getPassword() != null && !form.getPassword().isEmpty();
		if (newPassword && form.getPassword().length() < MIN_PASSWORD_LENGTH) {
			errors.rejectValue("password", "account.password.tooShort");
		}
		if (errors.hasErrors()) {
			return false;
		}
		Account.Rights before = account.rights();
		apply(form, account);
		if (newPassword) {
			// an empty field keeps the password; a new one ends the user's other sessions
			account.changePassword(this.encoder.encode(form.getPassword()));
		}
		if (newPassword && !own) {
			this.sessions.endAllOf(account.getUsername());
		}
		else if (!account.rights().equals(before)) {
			// the user's sessions hold the old rights: they end (the admin's own
			// current session takes the new rights instead)
			if (own) {
				renewOwnSession.accept(account);
			}
			else {
				this.sessions.endAllOf(account.getUsername());
			}
		}
		return true;
	}

	/**
	 * Lifts the lock the login throttle put on an account after too many failed logins.
	 * @throws NotFoundException when there is no such account
	 */
	@Transactional
	void unlock(long id) {
		find(id);
		this.accounts.unlock(id);
	}

	private void checkScopes(AccountForm form, Errors errors) {
		Set<Role> roles = form.getRoles();
		if (roles.contains(Role.COORDINATOR) && form.getProjectIds().isEmpty()) {
			errors.rejectValue("projectIds", "account.projects.required");
		}
		if (roles.contains(Role.PARTNER) && form.getOrganisationId() == null) {
			errors.rejectValue("organisationId", "account.organisation.required");
		}
		if (roles.contains(Role.SCHOOL) && form.getSchoolId() == null) {
			errors.rejectValue("schoolId", "account.school.required");
		}
		if (roles.contains(Role.CLB)) {
			Long clbId = form.getClbId();
			if (clbId == null) {
				errors.rejectValue("clbId", "account.clb.required");
			}
			else if (!this.organisations.find(clbId).map(OrganisationSummary::clb).orElse(false)) {
				errors.rejectValue("clbId", "account.clb.notClb");
			}
			else if (roles.contains(Role.PARTNER) && form.getOrganisationId() != null
					&& !clbId.equals(form.getOrganisationId())) {
				errors.rejectValue("clbId", "account.clb.otherThanOrganisation");
			}
		}
	}

	/**
	 * The form's name, address, roles and scopes (projects that exist; a CLB worker's CLB
	 * as their organisation), and enabled.
	 */
	private void apply(AccountForm form, Account account) {
		account.describe(form.getDisplayName().trim(), form.getEmail());
		Long organisationId = form.getRoles().contains(Role.CLB) ? form.getClbId() : form.getOrganisationId();
		if (organisationId != null && this.organisations.find(organisationId).isEmpty()) {
			throw new NotFoundException("organisation");
		}
		Long schoolId = form.getRoles().contains(Role.SCHOOL) ? form.getSchoolId() : null;
		if (schoolId != null && this.schools.find(schoolId).isEmpty()) {
			throw new NotFoundException("school");
		}
		Set<Long> projectIds = this.projects.all(form.getProjectIds())
			.stream()
			.map(ProjectSummary::id)
			.collect(Collectors.toSet());
		account.grant(form.getRoles(), projectIds, organisationId, schoolId);
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
