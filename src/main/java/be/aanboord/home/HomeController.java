package be.aanboord.home;

import be.aanboord.project.Projects;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public front page, the accessibility statement and the contact page (who runs the
 * lab, how a school asks for a Ris+K trajectory or a NAFT referral, whom to call).
 */
@Controller
class HomeController {

	private final Projects projects;

	HomeController(Projects projects) {
		this.projects = projects;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("projects", this.projects.all());
		return "home/index";
	}

	@GetMapping("/toegankelijkheid")
	String accessibility() {
		return "home/accessibility";
	}

	@GetMapping("/contact")
	String contact() {
		return "home/contact";
	}

}
