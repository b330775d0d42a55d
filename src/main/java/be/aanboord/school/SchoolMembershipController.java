package be.aanboord.school;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import be.aanboord.project.SchoolYear;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A school's membership of the learning networks, per school year (on its form). */
@Controller
class SchoolMembershipController {

	private final SchoolRegister register;

	SchoolMembershipController(SchoolRegister register) {
		this.register = register;
	}

	/**
	 * Adds or ({@code actie=verwijderen}) removes a membership.
	 * @param year the school year as {@code 2021-2022}, read by the school-year formatter
	 */
	@PostMapping("/scholen/{id}/netwerken")
	String membership(@PathVariable long id, @RequestParam("schooljaar") SchoolYear year,
			@RequestParam("netwerk") LearningNetwork network,
			@RequestParam(name = "actie", defaultValue = "toevoegen") String action, RedirectAttributes redirect) {
		if ("verwijderen".equals(action)) {
			this.register.leave(id, year, network);
		}
		else {
			this.register.join(id, year, network);
		}
		redirect.addFlashAttribute("success", "school.networks.saved");
		return "redirect:/scholen/" + id + "#netwerken";
	}

	/**
	 * A school year the portal does not know is not found (404), as a school that does
	 * not exist; a value that is no school year at all is a bad request (400), as any
	 * unreadable parameter.
	 */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	void unreadable(MethodArgumentTypeMismatchException ex, HttpServletResponse response) throws IOException {
		boolean unknownYear = SchoolYear.class.equals(ex.getRequiredType()) && ex.getValue() != null
				&& SchoolYear.parseLabel(ex.getValue().toString().strip()) != null;
		response.sendError(unknownYear ? HttpStatus.NOT_FOUND.value() : HttpStatus.BAD_REQUEST.value());
	}

}
