package be.aanboord.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

	@GetMapping("/login")
	String login(@RequestParam(name = "fout", required = false) String failed, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		model.addAttribute("failed", failed != null);
		String username = LoginFailureHandler.takeUsername(request, response);
		if (failed != null && username != null) {
			model.addAttribute("username", username);
		}
		return "account/login";
	}

}
