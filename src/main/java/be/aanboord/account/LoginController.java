package be.aanboord.account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

	@GetMapping("/login")
	String login(@RequestParam(name = "fout", required = false) String failed, Model model) {
		model.addAttribute("failed", failed != null);
		return "account/login";
	}

}
