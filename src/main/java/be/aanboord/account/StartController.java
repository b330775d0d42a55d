package be.aanboord.account;

import be.aanboord.system.NotFoundException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "Mijn Aan Boord": where a user lands after login, with what their roles give them. */
@Controller
class StartController {

	private final AccountRepository accounts;

	StartController(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/start")
	String start(@AuthenticationPrincipal CurrentUser user, Model model) {
		Account account = this.accounts.findById(user.getId()).orElseThrow(() -> new NotFoundException("account"));
		model.addAttribute("account", account);
		model.addAttribute("projects",
				account.getProjects()
					.stream()
					.sorted(java.util.Comparator.comparing(be.aanboord.project.Project::getPosition))
					.toList());
		return "account/start";
	}

}
