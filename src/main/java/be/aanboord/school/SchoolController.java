package be.aanboord.school;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.validation.Valid;

import be.aanboord.partner.Organisations;
import be.aanboord.project.SchoolYears;
import be.aanboord.system.Edits;
import be.aanboord.system.NotFoundException;
import be.aanboord.system.Pages;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Schools: list and search, create and edit (writes through {@link SchoolRegister}). The
 * learning networks and the import have controllers of their own.
 */
@Controller
class SchoolController {

	private static final int PAGE_SIZE = 25;

	private final SchoolRepository schools;

	private final SchoolRegister register;

	private final Organisations organisations;

	private final SchoolYears schoolYears;

	private final SchoolMemberships memberships;

	SchoolController(SchoolRepository schools, SchoolRegister register, Organisations organisations,
			SchoolYears schoolYears, SchoolMemberships memberships) {
		this.schools = schools;
		this.register = register;
		this.organisations = organisations;
		this.schoolYears = schoolYears;
		this.memberships = memberships;
	}

	/** The schools whose name or city contains {@code zoek}, of a level, by name. */
	@GetMapping("/scholen")
	String list(@RequestParam(name = "zoek", defaultValue = "") String text,
			@RequestParam(name = "niveau", required = false) SchoolLevel level,
			@RequestParam(name = "pagina", defaultValue = "0") int page, Model model) {
		Page<School> found = Pages.of(page, PAGE_SIZE,
				(p) -> this.schools.search(text.strip().toLowerCase(), level, p));
		model.addAttribute("schools", found);
		model.addAttribute("clbNames",
				this.organisations.names(found.stream().map(School::getClbId).filter((id) -> id != null).toList()));
		model.addAttribute("text", text);
		model.addAttribute("level", level);
		model.addAttribute("levels", SchoolLevel.values());
		model.addAttribute("pageUrl",
				UriComponentsBuilder.fromPath("/scholen")
					.queryParamIfPresent("zoek",
							Optional.of(text)
								.filter((t) -> !t.isBlank())
								.map((t) -> UriUtils.encode(t, StandardCharsets.UTF_8)))
					.queryParamIfPresent("niveau", Optional.ofNullable(level))
					.build(true)
					.toUriString());
		return "schools/list";
	}

	@GetMapping("/scholen/nieuw")
	String createForm(Model model) {
		model.addAttribute("schoolForm", new SchoolForm());
		return prepareForm(null, model);
	}

	@PostMapping("/scholen/nieuw")
	String create(@Valid @ModelAttribute SchoolForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Optional<Long> created = this.register.create(form, result);
		if (created.isEmpty()) {
			return prepareForm(null, model);
		}
		redirect.addFlashAttribute("success", "school.saved");
		return "redirect:/scholen/" + created.get();
	}

	@GetMapping("/scholen/{id}")
	String editForm(@PathVariable long id, Model model) {
		model.addAttribute("schoolForm", SchoolForm.from(find(id)));
		return prepareForm(id, model);
	}

	/** Saves, or shows the form again with the conflict or the errors and the input. */
	@PostMapping("/scholen/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute SchoolForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return Edits.save(model, () -> {
			if (!this.register.update(id, form, result)) {
				return prepareForm(id, model);
			}
			redirect.addFlashAttribute("success", "school.saved");
			return "redirect:/scholen/" + id;
		}, () -> prepareForm(id, model));
	}

	/** The form of a new school ({@code id} null) or of the school as it is now. */
	private String prepareForm(Long id, Model model) {
		model.addAttribute("levels", SchoolLevel.values());
		model.addAttribute("networks", EducationNetwork.values());
		model.addAttribute("learningNetworks", LearningNetwork.values());
		model.addAttribute("allClbs", this.organisations.clbs());
		if (id != null) {
			model.addAttribute("school", find(id));
			model.addAttribute("memberships", this.memberships.of(id));
			model.addAttribute("allSchoolYears", this.schoolYears.all());
		}
		return "schools/form";
	}

	private School find(long id) {
		return this.schools.findById(id).orElseThrow(() -> new NotFoundException("school " + id));
	}

}
