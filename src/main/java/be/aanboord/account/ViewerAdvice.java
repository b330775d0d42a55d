package be.aanboord.account;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the {@link Viewer} in the model of every page. */
@ControllerAdvice
class ViewerAdvice {

	@ModelAttribute("viewer")
	Viewer viewer(@AuthenticationPrincipal CurrentUser user) {
		return Viewer.of(user);
	}

}
