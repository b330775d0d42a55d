package be.aanboord.home;

import be.aanboord.agenda.AgendaHighlights;
import be.aanboord.project.Projects;
import be.aanboord.system.PublicPage;

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

	private final AgendaHighlights agenda;

	HomeController(Projects projects, AgendaHighlights agenda) {
		this.projects = projects;
		this.agenda = agenda;
	}

	@PublicPage
	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("projects", this.projects.all());
		model.addAttribute("upcoming", this.agenda.upcoming(3));
		return "home/index";
	}

	@PublicPage
	@GetMapping("/toegankelijkheid")
	String accessibility() {
		return "home/accessibility";
	}

	@PublicPage
	@GetMapping("/contact")
	String contact() {
		return "home/contact";
	}

}
