package be.aanboord.school;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin's import of schools from a CSV file ({@link SchoolImport}). */
@Controller
class SchoolImportController {

	private final SchoolRegister register;

	SchoolImportController(SchoolRegister register) {
		this.register = register;
	}

	@GetMapping("/scholen/import")
	String importForm() {
		return "schools/import";
	}

	/** Imports every row, or none and shows the problems per row. */
	@PostMapping("/scholen/import")
	String importFile(@RequestParam(name = "bestand", required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("problems", List.of(new SchoolImport.Problem(0, "school.import.empty", null)));
			return "schools/import";
		}
		SchoolImport.Result result = this.register
			.importFile(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8.newDecoder()));
		if (!result.problems().isEmpty()) {
			model.addAttribute("problems", result.problems());
			return "schools/import";
		}
		redirect.addFlashAttribute("imported", result.imported());
		redirect.addFlashAttribute("success", "school.import.done");
		return "redirect:/scholen";
	}

}
