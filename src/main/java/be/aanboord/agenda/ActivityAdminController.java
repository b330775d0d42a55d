package be.aanboord.agenda;

import java.io.IOException;
import java.util.List;

import jakarta.validation.Valid;

import be.aanboord.account.CurrentUser;
import be.aanboord.account.Role;
import be.aanboord.partner.Organisations;
import be.aanboord.project.Projects;
import be.aanboord.school.LearningNetwork;
import be.aanboord.system.Edits;
import be.aanboord.system.FileType;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organisers' pages: their activities, one form to create and edit an activity with
 * its programme (a row is added by a button that shows the form again, so no script is
 * needed), and the steps after: publish, cancel, raise the capacity, write the report.
 */
@Controller
class ActivityAdminController {

	private final Activities activities;

	private final ActivityRepository repository;

	private final Projects projects;

	private final Organisations organisations;

	private final ActivityDocumentRepository documents;

	private final DataSize maxDocumentSize;

	ActivityAdminController(Activities activities, ActivityRepository repository, Projects projects,
			Organisations organisations, ActivityDocumentRepository documents,
			@Value("${aanboord.toolbox.max-upload-size:20MB}") DataSize maxDocumentSize) {
		this.activities = activities;
		this.repository = repository;
		this.projects = projects;
		this.organisations = organisations;
		this.documents = documents;
		this.maxDocumentSize = maxDocumentSize;
	}

	@GetMapping("/agenda/beheer")
	String list(@RequestParam(name = "pagina", required = false) String page, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		PageRequest request = PageRequest.of(AgendaController.pageNumber(page), Agenda.PAGE_SIZE);
		Page<Activity> found = user.hasRole(Role.ADMIN) ? this.repository.findAllByOrderByStartsAtDescIdDesc(request)
				: this.repository.findOrganisedBy(user.getProjectIds().isEmpty() ? List.of(-1L) : user.getProjectIds(),
						request);
		model.addAttribute("activities", found);
		model.addAttribute("mayCreate", ActivityOrganisers.mayCreate(user));
		return "agenda/admin/list";
	}

	@GetMapping("/agenda/beheer/nieuw")
	String createForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		requireCreator(user);
		ActivityForm form = new ActivityForm().withEmptyRows(ActivityForm.EMPTY_ROWS);
		if (user.getProjectIds().size() == 1) {
			form.setProjectIds(List.copyOf(user.getProjectIds()));
		}
		model.addAttribute("activityForm", form);
		return form(null, user, model);
	}

	@PostMapping("/agenda/beheer/nieuw")
	String create(@Valid @ModelAttribute("activityForm") ActivityForm form, BindingResult result,
			@RequestParam(name = "rijToevoegen", required = false) String addRow,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		requireCreator(user);
		ActivityValidation.check(form, result, user);
		if (addRow != null || result.hasErrors()) {
			if (addRow != null) {
				form.withEmptyRows(1);
			}
			return form(null, user, model);
		}
		long id = this.activities.create(form, user);
		redirect.addFlashAttribute("success", "agenda.saved");
		return "redirect:/agenda/beheer/" + id;
	}

	@GetMapping("/agenda/beheer/{id}")
	String editForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		Activity activity = this.activities.organised(id, user);
		model.addAttribute("activityForm", ActivityForm.from(activity).withEmptyRows(ActivityForm.EMPTY_ROWS));
		return form(activity, user, model);
	}

	@PostMapping("/agenda/beheer/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("activityForm") ActivityForm form, BindingResult result,
			@RequestParam(name = "rijToevoegen", required = false) String addRow,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		Activity activity = this.activities.organised(id, user);
		ActivityValidation.check(form, result, user);
		if (addRow != null || result.hasErrors()) {
			if (addRow != null) {
				form.withEmptyRows(1);
			}
			return form(activity, user, model);
		}
		return Edits.save(model, () -> {
			this.activities.update(id, form, user);
			redirect.addFlashAttribute("success", "agenda.saved");
			return "redirect:/agenda/beheer/" + id;
		}, () -> form(this.activities.organised(id, user), user, model));
	}

	@PostMapping("/agenda/beheer/{id}/publiceren")
	String publish(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		Activity activity = this.activities.organised(id, user);
		if (activity.getStatus() != ActivityStatus.DRAFT) {
			redirect.addFlashAttribute("warning", "agenda.publish.notDraft");
		}
		else {
			this.activities.publish(id, user);
			redirect.addFlashAttribute("success", "agenda.published");
		}
		return "redirect:/agenda/beheer/" + id;
	}

	@PostMapping("/agenda/beheer/{id}/annuleren")
	String cancel(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		Activity activity = this.activities.organised(id, user);
		if (activity.getStatus() != ActivityStatus.PUBLISHED) {
			redirect.addFlashAttribute("warning", "agenda.cancel.notPublished");
		}
		else {
			this.activities.cancel(id, user);
			redirect.addFlashAttribute("success", "agenda.cancelled");
		}
		return "redirect:/agenda/beheer/" + id;
	}

	@PostMapping("/agenda/beheer/{id}/capaciteit")
	String raiseCapacity(@PathVariable long id, @RequestParam(name = "capaciteit", required = false) String capacity,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		Activity activity = this.activities.organised(id, user);
		Integer raised = (capacity == null || capacity.isBlank()) ? null
				: capacity.strip().matches("[0-9]{1,6}") ? Integer.valueOf(capacity.strip()) : -1;
		if (activity.getStatus() == ActivityStatus.CANCELLED || activity.getCapacity() == null
				|| (raised != null && raised <= activity.getCapacity())) {
			redirect.addFlashAttribute("warning", "agenda.capacity.notRaised");
		}
		else {
			this.activities.raiseCapacity(id, raised, user);
			redirect.addFlashAttribute("success", "agenda.capacity.raised");
		}
		return "redirect:/agenda/beheer/" + id;
	}

	@PostMapping("/agenda/beheer/{id}/verslag")
	String report(@PathVariable long id, @RequestParam(name = "versie", defaultValue = "-1") int version,
			@RequestParam(name = "verslag", required = false) String report, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		this.activities.organised(id, user);
		if (report != null && report.length() > 20000) {
			redirect.addFlashAttribute("warning", "agenda.report.tooLong");
			return "redirect:/agenda/beheer/" + id;
		}
		try {
			this.activities.writeReport(id, version, report, user);
			redirect.addFlashAttribute("success", "agenda.report.saved");
		}
		catch (be.aanboord.system.EditConflict conflict) {
			redirect.addFlashAttribute("warning", "form.conflict");
		}
		return "redirect:/agenda/beheer/" + id;
	}

	@PostMapping("/agenda/beheer/{id}/documenten")
	String attach(@PathVariable long id, @RequestParam(name = "titel", required = false) String title,
			@RequestParam(name = "bestand", required = false) MultipartFile file,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) throws IOException {
		this.activities.organised(id, user);
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("warning", "agenda.document.missing");
		}
		else if (file.getSize() > this.maxDocumentSize.toBytes()) {
			redirect.addFlashAttribute("warning", "agenda.document.tooLarge");
		}
		else {
			String name = (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) ? "document"
					: file.getOriginalFilename().replaceAll(".*[/\\\\]", "");
			String shown = (title == null || title.isBlank()) ? name : title;
			try {
				this.activities.attach(id, shown.length() > 200 ? shown.substring(0, 200) : shown,
						name.length() > 255 ? name.substring(name.length() - 255) : name, file.getBytes(), user);
				redirect.addFlashAttribute("success", "agenda.document.saved");
			}
			catch (FileType.Rejected rejected) {
				if (rejected.isUnreadable()) {
					redirect.addFlashAttribute("warning", "agenda.document.unreadable");
				}
				else {
					redirect.addFlashAttribute("warning", "agenda.document.type");
				}
			}
		}
		return "redirect:/agenda/beheer/" + id + "#documenten-titel";
	}

	private String form(Activity activity, CurrentUser user, Model model) {
		model.addAttribute("activity", activity);
		model.addAttribute("types", ActivityType.values());
		model.addAttribute("networks", LearningNetwork.values());
		model.addAttribute("audiences", ActivityAudience.values());
		model.addAttribute("levels", ActivityLevel.values());
		model.addAttribute("kinds", ProgrammeKind.values());
		model.addAttribute("projectChoices",
				user.hasRole(Role.ADMIN) ? this.projects.all() : this.projects.all(user.getProjectIds()));
		model.addAttribute("partnerChoices", this.organisations.all());
		model.addAttribute("documents",
				(activity != null) ? this.documents.findSummaries(activity.getId()) : List.of());
		return "agenda/admin/form";
	}

	private static void requireCreator(CurrentUser user) {
		if (!ActivityOrganisers.mayCreate(user)) {
			throw new AccessDeniedException("not an organiser");
		}
	}

}
