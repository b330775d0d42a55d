package be.aanboord.home;

import be.aanboord.project.ProjectRepository;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public front page and the accessibility statement. */
@Controller
class HomeController {

	private final ProjectRepository projects;

	HomeController(ProjectRepository projects) {
		this.projects = projects;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("projects", this.projects.findAllByOrderByPosition());
		return "home/index";
	}

	@GetMapping("/toegankelijkheid")
	String accessibility() {
		return "home/accessibility";
	}

}
