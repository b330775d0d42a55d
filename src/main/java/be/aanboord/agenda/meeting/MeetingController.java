package be.aanboord.agenda.meeting;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;

import be.aanboord.account.CurrentUser;
import be.aanboord.account.Role;
import be.aanboord.agenda.meeting.LabMeetings.Meeting;
import be.aanboord.agenda.meeting.MeetingForms.ActionPointForm;
import be.aanboord.agenda.meeting.MeetingForms.AgendaItemForm;
import be.aanboord.agenda.meeting.MeetingForms.DecisionForm;
import be.aanboord.agenda.meeting.MeetingForms.MinutesForm;
import be.aanboord.agenda.meeting.MeetingForms.ParticipantForm;
import be.aanboord.budget.BudgetMeetings;
import be.aanboord.partner.LabRole;
import be.aanboord.partner.People;
import be.aanboord.system.EditConflict;
import be.aanboord.system.Edits;
import be.aanboord.system.NotFoundException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
 * The lab's meetings ({@code /agenda/vergaderingen}): the list and a page per meeting for
 * signed-in lab members; participants, agenda, decisions, minutes and action points
 * written by the lab (ADMIN) and coordinators; the budget's step "discussed" recorded by
 * the lab only. See {@code MeetingAccessRules}.
 */
@Controller
class MeetingController {

	private static final String BASE = "/agenda/vergaderingen/";

	private final LabMeetings meetings;

	private final MeetingRecords records;

	private final People people;

	private final BudgetMeetings budget;

	MeetingController(LabMeetings meetings, MeetingRecords records, People people, BudgetMeetings budget) {
		this.meetings = meetings;
		this.records = records;
		this.people = people;
		this.budget = budget;
	}

	@GetMapping("/agenda/vergaderingen")
	String list(Model model) {
		model.addAttribute("meetings", this.meetings.all());
		return "agenda/meeting/list";
	}

	@GetMapping("/agenda/vergaderingen/{slug}")
	String show(@PathVariable String slug, @AuthenticationPrincipal CurrentUser user, Model model) {
		return page(meeting(slug), user, model);
	}

	@PostMapping("/agenda/vergaderingen/{slug}/deelnemers")
	String addParticipant(@PathVariable String slug, @Valid @ModelAttribute("participantForm") ParticipantForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		Meeting meeting = meeting(slug);
		if (result.hasErrors()) {
			return page(meeting, user, model);
		}
		return refusedOrBack(meeting, redirect, () -> this.records.addParticipant(meeting.id(), form.getPersonId()),
				"deelnemers");
	}

	@PostMapping("/agenda/vergaderingen/{slug}/deelnemers/{personId}/verwijderen")
	String removeParticipant(@PathVariable String slug, @PathVariable long personId, RedirectAttributes redirect) {
		Meeting meeting = meeting(slug);
		this.records.removeParticipant(meeting.id(), personId);
		return saved(meeting, redirect, "deelnemers");
	}

	@PostMapping("/agenda/vergaderingen/{slug}/agendapunten")
	String addAgendaItem(@PathVariable String slug, @Valid @ModelAttribute("agendaItemForm") AgendaItemForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		Meeting meeting = meeting(slug);
		if (result.hasErrors()) {
			return page(meeting, user, model);
		}
		this.records.addAgendaItem(meeting.id(), form.getTitle());
		return saved(meeting, redirect, "agenda");
	}

	@PostMapping("/agenda/vergaderingen/{slug}/agendapunten/{itemId}/verwijderen")
	String removeAgendaItem(@PathVariable String slug, @PathVariable long itemId, RedirectAttributes redirect) {
		Meeting meeting = meeting(slug);
		this.records.removeAgendaItem(meeting.id(), itemId);
		return saved(meeting, redirect, "agenda");
	}

	@PostMapping("/agenda/vergaderingen/{slug}/besluiten")
	String addDecision(@PathVariable String slug, @Valid @ModelAttribute("decisionForm") DecisionForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		Meeting meeting = meeting(slug);
		if (result.hasErrors()) {
			return page(meeting, user, model);
		}
		this.records.addDecision(meeting.id(), form.getText());
		return saved(meeting, redirect, "besluiten");
	}

	@PostMapping("/agenda/vergaderingen/{slug}/besluiten/{decisionId}/verwijderen")
	String removeDecision(@PathVariable String slug, @PathVariable long decisionId, RedirectAttributes redirect) {
		Meeting meeting = meeting(slug);
		this.records.removeDecision(meeting.id(), decisionId);
		return saved(meeting, redirect, "besluiten");
	}

	@PostMapping("/agenda/vergaderingen/{slug}/actiepunten")
	String addActionPoint(@PathVariable String slug, @Valid @ModelAttribute("actionPointForm") ActionPointForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		Meeting meeting = meeting(slug);
		if (result.hasErrors()) {
			return page(meeting, user, model);
		}
		return refusedOrBack(meeting, redirect, () -> this.records.addActionPoint(meeting.id(), form.getDescription(),
				form.getOwnerId(), form.getDeadline()), "actiepunten");
	}

	/**
	 * Moves an action point on, from the page of the meeting it was agreed at or of a
	 * later one ({@code vergadering}: the page to go back to).
	 */
	@PostMapping("/agenda/vergaderingen/actiepunten/{id}")
	String changeActionPoint(@PathVariable long id, @RequestParam ActionPointStatus status, @RequestParam int version,
			@RequestParam("vergadering") String slug, RedirectAttributes redirect) {
		Meeting meeting = meeting(slug);
		try {
			this.records.changeActionPoint(id, version, status);
			redirect.addFlashAttribute("success", "meeting.actionPoint.saved");
		}
		catch (EditConflict conflict) {
			redirect.addFlashAttribute("refused", "form.conflict");
		}
		return "redirect:" + BASE + meeting.slug() + "#actiepunten";
	}

	@GetMapping("/agenda/vergaderingen/{slug}/verslag")
	String minutesForm(@PathVariable String slug, Model model) {
		Meeting meeting = meeting(slug);
		MeetingMinutes minutes = this.records.minutesOf(meeting.id());
		if (minutes.isApproved()) {
			return "redirect:" + BASE + slug + "#verslag";
		}
		MinutesForm form = new MinutesForm();
		form.setText(minutes.getText());
		form.setVersion(minutes.getVersion());
		model.addAttribute("minutesForm", form);
		return minutesPage(meeting, model);
	}

	@PostMapping("/agenda/vergaderingen/{slug}/verslag")
	String writeMinutes(@PathVariable String slug, @Valid @ModelAttribute("minutesForm") MinutesForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Meeting meeting = meeting(slug);
		if (result.hasErrors()) {
			return minutesPage(meeting, model);
		}
		try {
			return Edits.save(model, () -> {
				this.records.writeMinutes(meeting.id(), form.getVersion(), form.getText());
				redirect.addFlashAttribute("success", "meeting.minutes.saved");
				return "redirect:" + BASE + slug + "#verslag";
			}, () -> minutesPage(meeting, model));
		}
		catch (MeetingRuleException refused) {
			redirect.addFlashAttribute("refused", refused.getMessageKey());
			return "redirect:" + BASE + slug + "#verslag";
		}
	}

	@PostMapping("/agenda/vergaderingen/{slug}/verslag/goedkeuren")
	String approveMinutes(@PathVariable String slug, @RequestParam int version,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		Meeting meeting = meeting(slug);
		try {
			this.records.approveMinutes(meeting.id(), version, user.getDisplayName());
			redirect.addFlashAttribute("success", "meeting.minutes.approved");
		}
		catch (MeetingRuleException refused) {
			redirect.addFlashAttribute("refused", refused.getMessageKey());
		}
		catch (EditConflict conflict) {
			redirect.addFlashAttribute("refused", "form.conflict");
		}
		return "redirect:" + BASE + slug + "#verslag";
	}

	/** The lab records that a school year's funding requests were discussed here. */
	@PostMapping("/agenda/vergaderingen/{slug}/budget")
	String recordBudget(@PathVariable String slug, @RequestParam("schooljaar") int startYear, @RequestParam int version,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		Meeting meeting = meeting(slug);
		try {
			Optional<String> refused = this.records.recordBudgetDiscussion(meeting, startYear, version,
					user.getDisplayName());
			if (refused.isPresent()) {
				redirect.addFlashAttribute("refused", refused.get());
			}
			else {
				redirect.addFlashAttribute("success", "meeting.budget.recorded");
			}
		}
		catch (EditConflict conflict) {
			redirect.addFlashAttribute("refused", "form.conflict");
		}
		return "redirect:" + BASE + slug + "#budget";
	}

	private Meeting meeting(String slug) {
		return this.meetings.find(slug).orElseThrow(() -> new NotFoundException("lab meeting " + slug));
	}

	private String page(Meeting meeting, CurrentUser user, Model model) {
		model.addAttribute("meeting", meeting);
		model.addAttribute("participants", this.meetings.participants(meeting.id()));
		model.addAttribute("agenda", this.meetings.agenda(meeting.id()));
		model.addAttribute("carriedOver", this.meetings.carriedOver(meeting));
		model.addAttribute("decisions", this.meetings.decisions(meeting.id()));
		model.addAttribute("actionPoints", this.meetings.actionPoints(meeting.id()));
		model.addAttribute("documents", this.meetings.documents(meeting.id()));
		MeetingMinutes minutes = this.records.minutesOf(meeting.id());
		model.addAttribute("minutes", minutes);
		model.addAttribute("minutesHtml", MeetingMarkdown.toSafeHtml(minutes.getText()));
		model.addAttribute("discussed", this.budget.discussedAt(meeting.id()));
		boolean mayEdit = user.hasRole(Role.ADMIN) || user.hasRole(Role.COORDINATOR);
		model.addAttribute("mayEdit", mayEdit);
		if (mayEdit) {
			List<People.PersonSummary> everyone = this.people.all();
			model.addAttribute("people", everyone);
			model.addAttribute("candidates",
					everyone.stream().filter((person) -> person.labRole() != LabRole.MINUTES_ONLY).toList());
			model.addAttribute("statuses", ActionPointStatus.values());
			addIfMissing(model, "participantForm", new ParticipantForm());
			addIfMissing(model, "agendaItemForm", new AgendaItemForm());
			addIfMissing(model, "decisionForm", new DecisionForm());
			addIfMissing(model, "actionPointForm", new ActionPointForm());
		}
		boolean mayRecordBudget = user.hasRole(Role.ADMIN);
		model.addAttribute("mayRecordBudget", mayRecordBudget);
		// documents are attached to the activity in the agenda's management, the lab's
		model.addAttribute("mayAttach", user.hasRole(Role.ADMIN));
		if (mayRecordBudget) {
			model.addAttribute("yearsToDiscuss", this.budget.yearsToDiscuss());
		}
		return "agenda/meeting/show";
	}

	private String minutesPage(Meeting meeting, Model model) {
		model.addAttribute("meeting", meeting);
		return "agenda/meeting/minutes-form";
	}

	private static void addIfMissing(Model model, String name, Object form) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, form);
		}
	}

	private static String refusedOrBack(Meeting meeting, RedirectAttributes redirect, Runnable change, String anchor) {
		try {
			change.run();
		}
		catch (MeetingRuleException refused) {
			redirect.addFlashAttribute("refused", refused.getMessageKey());
			return "redirect:" + BASE + meeting.slug() + "#" + anchor;
		}
		return saved(meeting, redirect, anchor);
	}

	private static String saved(Meeting meeting, RedirectAttributes redirect, String anchor) {
		redirect.addFlashAttribute("success", "meeting.saved");
		return "redirect:" + BASE + meeting.slug() + "#" + anchor;
	}

}
