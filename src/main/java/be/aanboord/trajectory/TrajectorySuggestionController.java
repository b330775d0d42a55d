package be.aanboord.trajectory;

import be.aanboord.account.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The help offers and fiches that fit a trajectory ({@link TrajectorySuggestions}): a
 * section that the trajectory's page loads with htmx when it scrolls into view, and a
 * page of its own for a browser without JavaScript. Those who may read the trajectory may
 * read its suggestions; another trajectory answers 404.
 */
@Controller
class TrajectorySuggestionController {

	private final TrajectorySuggestions suggestions;

	TrajectorySuggestionController(TrajectorySuggestions suggestions) {
		this.suggestions = suggestions;
	}

	@GetMapping("/trajecten/{id}/suggesties")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("suggestions", this.suggestions.of(id, user));
		return (htmx != null) ? "trajectories/suggestions :: section" : "trajectories/suggestions";
	}

}
