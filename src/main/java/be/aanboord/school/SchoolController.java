package be.aanboord.school;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.validation.Valid;

import be.aanboord.partner.Organisation;
import be.aanboord.partner.OrganisationRepository;
import be.aanboord.project.SchoolYears;
import be.aanboord.system.NotFoundException;
import be.aanboord.system.Pages;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Schools: list and search, create and edit, learning-network membership per school year,
 * and import from CSV.
 */
@Controller
class SchoolController {

	private static final int PAGE_SIZE = 25;

	private final SchoolRepository schools;

	private final OrganisationRepository organisations;

	private final SchoolYears schoolYears;

	private final SchoolMemberships memberships;

	private final SchoolImport schoolImport;

	private final TransactionTemplate transaction;

	SchoolController(SchoolRepository schools, OrganisationRepository organisations, SchoolYears schoolYears,
			SchoolMemberships memberships, SchoolImport schoolImport, PlatformTransactionManager transactions) {
		this.schools = schools;
		this.organisations = organisations;
		this.schoolYears = schoolYears;
		this.memberships = memberships;
		this.schoolImport = schoolImport;
		this.transaction = new TransactionTemplate(transactions);
	}

	@GetMapping("/scholen")
	@Transactional(readOnly = true)
	String list(@RequestParam(name = "zoek", defaultValue = "") String text,
			@RequestParam(name = "niveau", required = false) SchoolLevel level,
			@RequestParam(name = "pagina", defaultValue = "0") int page, Model model) {
		model.addAttribute("schools",
				Pages.of(page, PAGE_SIZE, (p) -> this.schools.search(text.strip().toLowerCase(), level, p)));
		model.addAttribute("text", text);
		model.addAttribute("level", level);
		model.addAttribute("levels", SchoolLevel.values());
		model.addAttribute("pageUrl",
				UriComponentsBuilder.fromPath("/scholen")
					.queryParamIfPresent("zoek",
							java.util.Optional.of(text)
								.filter((t) -> !t.isBlank())
								.map((t) -> UriUtils.encode(t, StandardCharsets.UTF_8)))
					.queryParamIfPresent("niveau", java.util.Optional.ofNullable(level))
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
	@Transactional
	String create(@Valid @ModelAttribute SchoolForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (form.getName() != null && this.schools.existsByNameIgnoreCase(form.getName().strip())) {
			result.rejectValue("name", "school.name.taken");
		}
		if (result.hasErrors()) {
			return prepareForm(null, model);
		}
		School school = new School(form.getName().strip(), form.getLevel(), form.getNetwork());
		apply(form, school);
		this.schools.save(school);
		redirect.addFlashAttribute("success", "school.saved");
		return "redirect:/scholen/" + school.getId();
	}

	@GetMapping("/scholen/{id}")
	@Transactional(readOnly = true)
	String editForm(@PathVariable long id, Model model) {
		School school = find(id);
		model.addAttribute("schoolForm", SchoolForm.from(school));
		return prepareForm(school, model);
	}

	/**
	 * Saves in a transaction of its own, so that a save that loses a race at commit
	 * (another save passed the same version check and committed first) still shows the
	 * form again with the conflict and what the user typed.
	 */
	@PostMapping("/scholen/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute SchoolForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			return this.transaction.execute((status) -> save(id, form, result, model, redirect));
		}
		catch (OptimisticLockingFailureException savedMeanwhile) {
			return this.transaction.execute((status) -> conflict(find(id), model));
		}
	}

	private String save(long id, SchoolForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		School school = find(id);
		if (form.getVersion() != school.getVersion()) {
			return conflict(school, model);
		}
		if (form.getName() != null && this.schools.existsByNameIgnoreCaseAndIdNot(form.getName().strip(), id)) {
			result.rejectValue("name", "school.name.taken");
		}
		if (result.hasErrors()) {
			return prepareForm(school, model);
		}
		apply(form, school);
		redirect.addFlashAttribute("success", "school.saved");
		return "redirect:/scholen/" + id;
	}

	/** Someone else saved the school since this form was opened: nothing is saved. */
	private String conflict(School school, Model model) {
		model.addAttribute("conflict", true);
		return prepareForm(school, model);
	}

	@PostMapping("/scholen/{id}/netwerken")
	@Transactional
	String membership(@PathVariable long id, @RequestParam("schooljaar") int schoolYear,
			@RequestParam("netwerk") LearningNetwork network,
			@RequestParam(name = "actie", defaultValue = "toevoegen") String action, RedirectAttributes redirect) {
		School school = find(id);
		if (this.schoolYears.all().stream().noneMatch((y) -> y.getStartYear() == schoolYear)) {
			throw new NotFoundException("school year " + schoolYear);
		}
		if ("verwijderen".equals(action)) {
			this.memberships.remove(school.getId(), schoolYear, network);
		}
		else {
			this.memberships.add(school.getId(), schoolYear, network);
		}
		redirect.addFlashAttribute("success", "school.networks.saved");
		return "redirect:/scholen/" + id + "#netwerken";
	}

	@GetMapping("/scholen/import")
	String importForm() {
		return "schools/import";
	}

	@PostMapping("/scholen/import")
	String importFile(@RequestParam(name = "bestand", required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("problems", List.of(new SchoolImport.Problem(0, "school.import.empty", null)));
			return "schools/import";
		}
		SchoolImport.Result result = this.schoolImport
			.run(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8.newDecoder()));
		if (!result.problems().isEmpty()) {
			model.addAttribute("problems", result.problems());
			return "schools/import";
		}
		redirect.addFlashAttribute("imported", result.imported());
		redirect.addFlashAttribute("success", "school.import.done");
		return "redirect:/scholen";
	}

	private String prepareForm(School school, Model model) {
		model.addAttribute("school", school);
		model.addAttribute("levels", SchoolLevel.values());
		model.addAttribute("networks", EducationNetwork.values());
		model.addAttribute("learningNetworks", LearningNetwork.values());
		List<Organisation> all = this.organisations.findAllByOrderByName();
		model.addAttribute("allClbs", all.stream().filter((o) -> o.getName().contains("CLB")).toList());
		if (school != null) {
			model.addAttribute("memberships", this.memberships.of(school.getId()));
			model.addAttribute("allSchoolYears", this.schoolYears.all());
		}
		return "schools/form";
	}

	private void apply(SchoolForm form, School school) {
		Organisation clb = (form.getClbId() != null) ? this.organisations.findById(form.getClbId())
			.orElseThrow(() -> new NotFoundException("organisation " + form.getClbId())) : null;
		school.describe(form.getName().strip(), form.getLevel(), form.getNetwork(),
				SchoolForm.trimmed(form.getSchoolCommunity()), clb, SchoolForm.trimmed(form.getStreet()),
				SchoolForm.trimmed(form.getPostalCode()), SchoolForm.trimmed(form.getCity()));
	}

	private School find(long id) {
		return this.schools.findById(id).orElseThrow(() -> new NotFoundException("school " + id));
	}

}
