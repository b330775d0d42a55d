package be.aanboord.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import be.aanboord.system.NotFoundException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every user can change their own password. The change ends the user's other sessions;
 * the current one stays signed in with a new session id.
 */
@Controller
class PasswordController {

	private final AccountRepository accounts;

	private final PasswordEncoder encoder;

	private final AccountSessions sessions;

	PasswordController(AccountRepository accounts, PasswordEncoder encoder, AccountSessions sessions) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.sessions = sessions;
	}

	@GetMapping("/mijn-account/wachtwoord")
	String form(@ModelAttribute("passwordForm") PasswordForm form) {
		return "account/password";
	}

	@PostMapping("/mijn-account/wachtwoord")
	@Transactional
	String change(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("passwordForm") PasswordForm form,
			BindingResult result, RedirectAttributes redirect, HttpServletRequest request) {
		Account account = this.accounts.findById(user.getId()).orElseThrow(() -> new NotFoundException("account"));
		if (form.getCurrentPassword() != null
				&& !this.encoder.matches(form.getCurrentPassword(), account.getPasswordHash())) {
			result.rejectValue("currentPassword", "account.password.wrongCurrent");
		}
		if (form.getNewPassword() != null && !form.getNewPassword().equals(form.getConfirmation())) {
			result.rejectValue("confirmation", "account.password.mismatch");
		}
		if (form.getNewPassword() != null && form.getNewPassword().equalsIgnoreCase(account.getUsername())) {
			result.rejectValue("newPassword", "account.password.sameAsUsername");
		}
		if (result.hasErrors()) {
			form.setCurrentPassword(null);
			return "account/password";
		}
		account.changePassword(this.encoder.encode(form.getNewPassword()));
		// whoever else holds a session of this user (another browser, a stolen cookie)
		// is signed out; this browser stays signed in under a new session id
		this.sessions.endAllOf(account.getUsername(), request.getSession().getId());
		request.changeSessionId();
		redirect.addFlashAttribute("success", "account.password.changed");
		return "redirect:/start";
	}

}
