package be.aanboord.account;

import be.aanboord.system.NotFoundException;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * A user changes their own password, in one transaction: the current password must be
 * right, the new one typed twice the same and not the username. The change ends the
 * user's other sessions ({@link AccountSessions}).
 */
@Service
class PasswordChange {

	private final AccountRepository accounts;

	private final PasswordEncoder encoder;

	private final AccountSessions sessions;

	PasswordChange(AccountRepository accounts, PasswordEncoder encoder, AccountSessions sessions) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.sessions = sessions;
	}

	/**
	 * Changes the password, unless the form has errors: those of its constraints, and
	 * those added here.
	 * @param accountId the signed-in user's account
	 * @param errors the form's errors so far, to which this adds
	 * @param keptSessionId the id of the user's current session, which stays
	 * @return whether the password was changed
	 */
	@Transactional
	boolean change(long accountId, PasswordForm form, Errors errors, String keptSessionId) {
		Account account = this.accounts.findById(accountId).orElseThrow(() -> new NotFoundException("account"));
		if (form.getCurrentPassword() != null
				&& !this.encoder.matches(form.getCurrentPassword(), account.getPasswordHash())) {
			errors.rejectValue("currentPassword", "account.password.wrongCurrent");
		}
		if (form.getNewPassword() != null && !form.getNewPassword().equals(form.getConfirmation())) {
			errors.rejectValue("confirmation", "account.password.mismatch");
		}
		if (form.getNewPassword() != null && form.getNewPassword().equalsIgnoreCase(account.getUsername())) {
			errors.rejectValue("newPassword", "account.password.sameAsUsername");
		}
		if (errors.hasErrors()) {
			return false;
		}
		account.changePassword(this.encoder.encode(form.getNewPassword()));
		// whoever else holds a session of this user (another browser, a stolen cookie)
		// is signed out; the current session stays
		this.sessions.endAllOf(account.getUsername(), keptSessionId);
		return true;
	}

}
