package be.aanboord.trajectory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;

import be.aanboord.account.CurrentUser;
import be.aanboord.partner.Organisation;
import be.aanboord.partner.OrganisationRepository;
import be.aanboord.project.Project;
import be.aanboord.project.ProjectRepository;
import be.aanboord.project.SchoolYear;
import be.aanboord.project.SchoolYears;
import be.aanboord.school.School;
import be.aanboord.school.SchoolRepository;
import be.aanboord.system.NotFoundException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Create, edit and show trajectories; log sessions on a trajectory's page. */
@Controller
class TrajectoryController {

	private final TrajectoryRepository trajectories;

	private final TrajectorySessionRepository sessions;

	private final ProjectRepository projects;

	private final SchoolRepository schools;

	private final OrganisationRepository organisations;

	private final SchoolYears schoolYears;

	private final TrajectoryAccessLog accessLog;

	private final TrajectoryHistory history;

	private final TrajectoryDashboard dashboard;

	private final EntityManager entityManager;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final ExecutingPartners executingPartners;

	TrajectoryController(TrajectoryRepository trajectories, TrajectorySessionRepository sessions,
			ProjectRepository projects, SchoolRepository schools, OrganisationRepository organisations,
			SchoolYears schoolYears, TrajectoryAccessLog accessLog, TrajectoryHistory history,
			TrajectoryDashboard dashboard, EntityManager entityManager, PlatformTransactionManager transactions,
			Clock clock, ExecutingPartners executingPartners) {
		this.executingPartners = executingPartners;
		this.dashboard = dashboard;
		this.trajectories = trajectories;
		this.sessions = sessions;
		this.projects = projects;
		this.schools = schools;
		this.organisations = organisations;
		this.schoolYears = schoolYears;
		this.accessLog = accessLog;
		this.history = history;
		this.entityManager = entityManager;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@GetMapping("/trajecten/nieuw")
	String createForm(@RequestParam(name = "soort", defaultValue = "RISK") TrajectoryKind kind,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		TrajectoryForm form = TrajectoryForm.create(kind, SchoolYear.startYearOf(LocalDate.now(this.clock)));
		List<Project> allowed = projectsFor(kind, user);
		if (allowed.isEmpty()) {
			throw new AccessDeniedException("no project of kind " + kind + " to coordinate");
		}
		if (allowed.size() == 1) {
			form.setProjectId(allowed.get(0).getId());
		}
		model.addAttribute("trajectoryForm", form);
		return prepareForm(null, form, user, model);
	}

	@PostMapping("/trajecten/nieuw")
	@Transactional
	String create(@Valid @ModelAttribute TrajectoryForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		Project project = (form.getProjectId() != null) ? this.entityManager.find(Project.class, form.getProjectId())
				: null;
		if (project == null || !TrajectoryScope.editable(user).mayCoordinate(project.getId())
				|| TrajectoryKind.ofProject(project.getCode()) == null) {
			result.rejectValue("projectId", "trajectory.project.notAllowed");
		}
		else {
			form.setKind(TrajectoryKind.ofProject(project.getCode()));
		}
		if (form.getKind() == null) {
			form.setKind(TrajectoryKind.RISK);
		}
		form.setStatus(form.getKind().getFirstStatus());
		checkChoices(form, null, result);
		TrajectoryValidation.validate(form, null, result);
		if (result.hasErrors()) {
			return prepareForm(null, form, user, model);
		}
		School school = this.entityManager.find(School.class, form.getSchoolId());
		Trajectory trajectory = new Trajectory(project, form.getSchoolYear(), school, user.getId(),
				user.getDisplayName(), this.clock.instant());
		apply(form, trajectory);
		this.trajectories.save(trajectory);
		this.accessLog.record(user, trajectory, TrajectoryAccessLog.Action.CREATE);
		this.dashboard.changed();
		redirect.addFlashAttribute("success", "trajectory.saved");
		return "redirect:/trajecten/" + trajectory.getId();
	}

	@GetMapping("/trajecten/{id}")
	@Transactional
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		Trajectory trajectory = visible(id, user);
		this.accessLog.record(user, trajectory, TrajectoryAccessLog.Action.READ);
		return prepareShow(trajectory, new SessionForm(), user, model);
	}

	@GetMapping("/trajecten/{id}/bewerken")
	@Transactional
	String editForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		Trajectory trajectory = editable(id, user);
		this.accessLog.record(user, trajectory, TrajectoryAccessLog.Action.READ);
		TrajectoryForm form = TrajectoryForm.from(trajectory);
		model.addAttribute("trajectoryForm", form);
		return prepareForm(trajectory, form, user, model);
	}

	/**
	 * Saves an edit in a transaction of its own, so that a save that loses a race at
	 * commit (another save passed the same version check and committed first) still shows
	 * the form again with the conflict and what the user typed.
	 */
	@PostMapping("/trajecten/{id}/bewerken")
	String update(@PathVariable long id, @Valid @ModelAttribute TrajectoryForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		try {
			return this.transaction.execute((status) -> save(id, form, result, user, model, redirect));
		}
		catch (OptimisticLockingFailureException savedMeanwhile) {
			return this.transaction.execute((status) -> conflict(editable(id, user), form, user, model));
		}
	}

	private String save(long id, TrajectoryForm form, BindingResult result, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		Trajectory trajectory = editable(id, user);
		form.setKind(trajectory.getKind());
		form.setProjectId(trajectory.getProject().getId());
		if (form.getVersion() != trajectory.getVersion()) {
			return conflict(trajectory, form, user, model);
		}
		checkChoices(form, trajectory, result);
		TrajectoryValidation.validate(form, trajectory, result);
		if (result.hasErrors()) {
			this.accessLog.record(user, trajectory, TrajectoryAccessLog.Action.READ);
			return prepareForm(trajectory, form, user, model);
		}
		trajectory.moveTo(form.getStatus());
		apply(form, trajectory);
		this.accessLog.record(user, trajectory, TrajectoryAccessLog.Action.UPDATE);
		this.dashboard.changed();
		redirect.addFlashAttribute("success", "trajectory.saved");
		return "redirect:/trajecten/" + trajectory.getId();
	}

	/** Someone else saved the trajectory since this form was opened: nothing is saved. */
	private String conflict(Trajectory trajectory, TrajectoryForm form, CurrentUser user, Model model) {
		this.accessLog.record(user, trajectory, TrajectoryAccessLog.Action.READ);
		model.addAttribute("conflict", true);
		return prepareForm(trajectory, form, user, model);
	}

	@PostMapping("/trajecten/{id}/sessies")
	@Transactional
	String logSession(@PathVariable long id, @Valid @ModelAttribute SessionForm sessionForm, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		Trajectory trajectory = visible(id, user);
		model.addAttribute("sessionWarning", sessionForm.validate(trajectory, result));
		if (!result.hasErrors()) {
			TrajectorySession session = trajectory.logSession(sessionForm.getSessionDate(), sessionForm.getHours(),
					sessionForm.getActivity().strip(), TrajectoryForm.trimmed(sessionForm.getNote()), user.getId(),
					user.getDisplayName(), this.clock.instant());
			this.sessions.save(session);
			this.sessions.addToTotals(trajectory.getId(), session.getHours());
			this.accessLog.record(user, trajectory, TrajectoryAccessLog.Action.SESSION);
			this.dashboard.changed();
			if (htmx == null) {
				redirect.addFlashAttribute("success", "trajectory.session.saved");
				return "redirect:/trajecten/" + id + "#sessies";
			}
			this.entityManager.refresh(trajectory);
			model.addAttribute("sessionSaved", true);
			sessionForm = new SessionForm();
		}
		else {
			this.accessLog.record(user, trajectory, TrajectoryAccessLog.Action.READ);
		}
		String view = prepareShow(trajectory, sessionForm, user, model);
		return (htmx != null) ? "trajectories/show :: sessions" : view;
	}

	private String prepareShow(Trajectory trajectory, SessionForm sessionForm, CurrentUser user, Model model) {
		model.addAttribute("trajectory", trajectory);
		model.addAttribute("sessionForm", sessionForm);
		model.addAttribute("sessions", this.sessions.findByTrajectory(trajectory));
		boolean mayEdit = TrajectoryScope.editable(user).mayCoordinate(trajectory.getProject().getId());
		model.addAttribute("mayEdit", mayEdit);
		model.addAttribute("userId", user.getId());
		if (mayEdit) {
			model.addAttribute("changes", this.history.of(trajectory));
		}
		return "trajectories/show";
	}

	private String prepareForm(Trajectory trajectory, TrajectoryForm form, CurrentUser user, Model model) {
		model.addAttribute("trajectory", trajectory);
		model.addAttribute("kind", form.getKind());
		List<Project> allowed = projectsFor(form.getKind(), user);
		model.addAttribute("allProjects", allowed);
		model.addAttribute("allSchools", this.schools.findAllByOrderByName());
		preparePartners(trajectory, form, allowed, model);
		List<Organisation> organisations = this.organisations.findAllByOrderByName();
		model.addAttribute("allClbs", organisations.stream().filter((o) -> o.getName().contains("CLB")).toList());
		model.addAttribute("allSchoolYears", this.schoolYears.all());
		// the user's own choice stays in the list, also when it is no longer allowed
		model.addAttribute("allStatuses",
				(trajectory == null) ? List.of(form.getKind().getFirstStatus())
						: Arrays.stream(TrajectoryStatus.values())
							.filter((s) -> trajectory.canMoveTo(s) || s == form.getStatus())
							.toList());
		return "trajectories/form";
	}

	/**
	 * The executing partners the form offers: those of the chosen project (with the
	 * trajectory's own partner, also when the project no longer lists it), or, before a
	 * project is chosen, those of each project the user may choose, grouped by project.
	 */
	private void preparePartners(Trajectory trajectory, TrajectoryForm form, List<Project> allowed, Model model) {
		Long projectId = (trajectory != null) ? trajectory.getProject().getId() : form.getProjectId();
		boolean chosen = projectId != null
				&& (trajectory != null || allowed.stream().anyMatch((p) -> p.getId().equals(form.getProjectId())));
		if (chosen) {
			List<ExecutingPartners.Choice> partners = new ArrayList<>(this.executingPartners.of(projectId));
			Organisation own = (trajectory != null) ? trajectory.getPartner() : null;
			if (own != null && partners.stream().noneMatch((c) -> c.id() == own.getId())) {
				partners.add(0, new ExecutingPartners.Choice(projectId, own.getId(), own.getName()));
			}
			model.addAttribute("allPartners", partners);
		}
		else {
			Map<Long, List<ExecutingPartners.Choice>> lists = this.executingPartners
				.of(allowed.stream().map(Project::getId).toList());
			model.addAttribute("partnerGroups",
					allowed.stream().map((p) -> new PartnerGroup(p.getName(), lists.get(p.getId()))).toList());
		}
	}

	/** The executing partners of one project, for an optgroup of the partner select. */
	record PartnerGroup(String project, List<ExecutingPartners.Choice> partners) {
	}

	/** The form offers existing ones only; anything else is refused next to its field. */
	private void checkChoices(TrajectoryForm form, Trajectory trajectory, BindingResult result) {
		if (form.getSchoolYear() != null && this.schoolYears.find(form.getSchoolYear()).isEmpty()) {
			result.rejectValue("schoolYear", "trajectory.choice.unknown");
		}
		if (form.getSchoolId() != null && this.entityManager.find(School.class, form.getSchoolId()) == null) {
			result.rejectValue("schoolId", "trajectory.choice.unknown");
		}
		if (form.getPartnerId() != null && organisation(form.getPartnerId()) == null) {
			result.rejectValue("partnerId", "trajectory.choice.unknown");
		}
		else if (form.getPartnerId() != null && form.getProjectId() != null && !result.hasFieldErrors("projectId")
				&& !isOwnPartner(trajectory, form.getPartnerId())
				&& !this.executingPartners.executes(form.getProjectId(), form.getPartnerId())) {
			result.rejectValue("partnerId", "trajectory.partner.notForProject");
		}
		if (form.getReferringClbId() != null && organisation(form.getReferringClbId()) == null) {
			result.rejectValue("referringClbId", "trajectory.choice.unknown");
		}
	}

	private List<Project> projectsFor(TrajectoryKind kind, CurrentUser user) {
		TrajectoryScope scope = TrajectoryScope.editable(user);
		return this.projects.findAllByOrderByPosition()
			.stream()
			.filter((p) -> kind.getProjectCodes().contains(p.getCode()) && scope.mayCoordinate(p.getId()))
			.toList();
	}

	private void apply(TrajectoryForm form, Trajectory trajectory) {
		School school = this.entityManager.find(School.class, form.getSchoolId());
		trajectory.setPlace(form.getSchoolYear(), school, organisation(form.getPartnerId()), form.getStartDate(),
				form.getEndDate(), form.getPlannedHours());
		switch (trajectory.getKind()) {
			case RISK -> trajectory.setRisk(form.getQuestionType(), form.getLevel(),
					TrajectoryForm.trimmed(form.getQuestion()), TrajectoryForm.trimmed(form.getEvaluation()));
			case NAFT -> trajectory.setNaft(form.getLevel(), organisation(form.getReferringClbId()),
					form.getReferralDate(), form.getWaitingPosition(), form.getRoundTableDate(), form.getParticipants(),
					form.getNaftForms(), TrajectoryForm.trimmed(form.getIntensity()), form.getDurationWeeks(),
					form.getSupplementary(), form.getStaffHours(), form.getOutcome());
			case BRIDGE -> trajectory.setBridge(TrajectoryForm.trimmed(form.getCoach()),
					TrajectoryForm.trimmed(form.getQuestion()));
		}
	}

	/** A trajectory keeps its partner, also one its project no longer lists. */
	private static boolean isOwnPartner(Trajectory trajectory, long partnerId) {
		return trajectory != null && trajectory.getPartner() != null && trajectory.getPartner().getId() == partnerId;
	}

	private Organisation organisation(Long id) {
		return (id != null) ? this.entityManager.find(Organisation.class, id) : null;
	}

	private Trajectory visible(long id, CurrentUser user) {
		return this.trajectories.findVisible(id, TrajectoryScope.readable(user))
			.orElseThrow(() -> new NotFoundException("trajectory " + id));
	}

	private Trajectory editable(long id, CurrentUser user) {
		return this.trajectories.findVisible(id, TrajectoryScope.editable(user))
			.orElseThrow(() -> new NotFoundException("trajectory " + id));
	}

}
