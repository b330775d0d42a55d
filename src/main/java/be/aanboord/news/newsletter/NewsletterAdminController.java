package be.aanboord.news.newsletter;

import jakarta.validation.Valid;

import be.aanboord.system.Edits;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editors' newsletter pages: the issues with their progress and the number of
 * subscribers (never their addresses), composing an issue from the proposals
 * (checkboxes), its preview (the HTML as mailed, and the plain text) and sending it.
 */
@Controller
class NewsletterAdminController {

	private final NewsletterIssues issues;

	private final IssueRepository repository;

	private final IssueContent content;

	private final NewsletterProgress progress;

	NewsletterAdminController(NewsletterIssues issues, IssueRepository repository, IssueContent content,
			NewsletterProgress progress) {
		this.issues = issues;
		this.repository = repository;
		this.content = content;
		this.progress = progress;
	}

	@GetMapping("/nieuwsbrief/beheer")
	String list(@RequestParam(name = "pagina", required = false) String page, Model model) {
		int number = (page != null && page.matches("[0-9]{1,6}")) ? Integer.parseInt(page) : 0;
		model.addAttribute("issues", this.repository.findAllByOrderByIdDesc(PageRequest.of(number, 20)));
		model.addAttribute("subscribers", this.progress.subscribers());
		return "news/newsletter/admin/list";
	}

	@GetMapping("/nieuwsbrief/beheer/nieuw")
	String createForm(Model model) {
		model.addAttribute("issueForm", new IssueForm());
		return form(null, model);
	}

	@PostMapping("/nieuwsbrief/beheer/nieuw")
	String create(@Valid @ModelAttribute IssueForm issueForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(null, model);
		}
		long id = this.issues.create(issueForm);
		redirect.addFlashAttribute("success", "newsletter.issue.saved");
		return "redirect:/nieuwsbrief/beheer/" + id;
	}

	@GetMapping("/nieuwsbrief/beheer/{id}")
	String show(@PathVariable long id, Model model) {
		Issue issue = this.issues.find(id);
		if (!issue.isDraft()) {
			model.addAttribute("issue", issue);
			model.addAttribute("progress", this.progress.of(id));
			return "news/newsletter/admin/sent";
		}
		model.addAttribute("issueForm", IssueForm.from(issue));
		return form(issue, model);
	}

	@PostMapping("/nieuwsbrief/beheer/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute IssueForm issueForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Issue issue = this.issues.find(id);
		if (!issue.isDraft()) {
			redirect.addFlashAttribute("warning", "newsletter.issue.notDraft");
			return "redirect:/nieuwsbrief/beheer/" + id;
		}
		if (result.hasErrors()) {
			return form(issue, model);
		}
		return Edits.save(model, () -> {
			this.issues.update(id, issueForm);
			redirect.addFlashAttribute("success", "newsletter.issue.saved");
			return "redirect:/nieuwsbrief/beheer/" + id;
		}, () -> form(this.issues.find(id), model));
	}

	@GetMapping("/nieuwsbrief/beheer/{id}/voorbeeld")
	String preview(@PathVariable long id, Model model) {
		Issue issue = this.issues.find(id);
		model.addAttribute("issue", issue);
		model.addAttribute("text", this.content.preview(issue).text());
		model.addAttribute("subscribers", this.progress.subscribers());
		return "news/newsletter/admin/preview";
	}

	/** The issue's HTML exactly as it is mailed (the frozen one once sending started). */
	@GetMapping("/nieuwsbrief/beheer/{id}/voorbeeld.html")
	ResponseEntity<String> previewHtml(@PathVariable long id) {
		Issue issue = this.issues.find(id);
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
			.body(this.content.preview(issue).html());
	}

	@PostMapping("/nieuwsbrief/beheer/{id}/versturen")
	String send(@PathVariable long id, RedirectAttributes redirect) {
		this.issues.find(id);
		redirect.addFlashAttribute(this.issues.send(id) ? "success" : "warning",
				this.issues.find(id).getStatus() == IssueStatus.SENDING ? "newsletter.issue.sending"
						: "newsletter.issue.notDraft");
		return "redirect:/nieuwsbrief/beheer/" + id;
	}

	private String form(Issue issue, Model model) {
		model.addAttribute("issue", issue);
		model.addAttribute("choices", (issue != null) ? this.content.choices(issue) : this.content.proposals());
		return "news/newsletter/admin/form";
	}

}
