package be.aanboord.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
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

	private final PasswordChange passwords;

	PasswordController(PasswordChange passwords) {
		this.passwords = passwords;
	}

	@GetMapping("/mijn-account/wachtwoord")
	String form(@ModelAttribute("passwordForm") PasswordForm form) {
		return "account/password";
	}

	@PostMapping("/mijn-account/wachtwoord")
	String change(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("passwordForm") PasswordForm form,
			BindingResult result, RedirectAttributes redirect, HttpServletRequest request) {
		if (!this.passwords.change(user.getId(), form, result, request.getSession().getId())) {
			form.setCurrentPassword(null);
			return "account/password";
		}
		// this browser stays signed in under a new session id
		request.changeSessionId();
		redirect.addFlashAttribute("success", "account.password.changed");
		return "redirect:/start";
	}

}
