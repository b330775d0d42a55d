package be.aanboord.trajectory;

import jakarta.validation.Valid;

import be.aanboord.account.CurrentUser;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Corrects or removes a logged session: its author, the coordinators of its project and
 * the admin may. Both are kept in the trajectory's change history, and the trajectory's
 * totals change by the difference in one statement, so that sessions logged or corrected
 * at the same moment all count. Two corrections of one session at the same moment: the
 * second gets the conflict message with what it typed.
 */
@Controller
class TrajectorySessionController {

	private static final String FORM = "trajectories/session-form";

	private final TrajectoryRepository trajectories;

	private final TrajectorySessionRepository sessions;

	private final TrajectoryHistory history;

	private final TrajectoryAccessLog accessLog;

	private final TrajectoryDashboard dashboard;

	private final TransactionTemplate transaction;

	TrajectorySessionController(TrajectoryRepository trajectories, TrajectorySessionRepository sessions,
			TrajectoryHistory history, TrajectoryAccessLog accessLog, TrajectoryDashboard dashboard,
			PlatformTransactionManager transactions) {
		this.trajectories = trajectories;
		this.sessions = sessions;
		this.history = history;
		this.accessLog = accessLog;
		this.dashboard = dashboard;
		this.transaction = new TransactionTemplate(transactions);
	}

	@GetMapping("/trajecten/{id}/sessies/{sessionId}/bewerken")
	@Transactional
	String editForm(@PathVariable long id, @PathVariable long sessionId, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		TrajectorySession session = correctable(id, sessionId, user);
		this.accessLog.record(user, session.getTrajectory(), TrajectoryAccessLog.Action.READ);
		model.addAttribute("sessionForm", SessionForm.from(session));
		return prepareForm(session, model);
	}

	/**
	 * Saves a correction in a transaction of its own, so that a correction that loses a
	 * race at commit still shows the form again with the conflict and what was typed.
	 */
	@PostMapping("/trajecten/{id}/sessies/{sessionId}/bewerken")
	String update(@PathVariable long id, @PathVariable long sessionId, @Valid @ModelAttribute SessionForm sessionForm,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		try {
			return this.transaction
				.execute((status) -> save(id, sessionId, sessionForm, result, user, model, redirect));
		}
		catch (OptimisticLockingFailureException savedMeanwhile) {
			return this.transaction.execute((status) -> conflict(id, sessionId, user, model));
		}
	}

	@PostMapping("/trajecten/{id}/sessies/{sessionId}/verwijderen")
	String remove(@PathVariable long id, @PathVariable long sessionId, @ModelAttribute("removal") SessionForm removal,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		try {
			return this.transaction
				.execute((status) -> delete(id, sessionId, removal.getVersion(), user, model, redirect));
		}
		catch (OptimisticLockingFailureException changedMeanwhile) {
			return this.transaction.execute((status) -> {
				TrajectorySession session = correctable(id, sessionId, user);
				model.addAttribute("sessionForm", SessionForm.from(session));
				model.addAttribute("conflict", true);
				return prepareForm(session, model);
			});
		}
	}

	private String save(long id, long sessionId, SessionForm form, BindingResult result, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		TrajectorySession session = correctable(id, sessionId, user);
		Trajectory trajectory = session.getTrajectory();
		if (form.getVersion() == null || form.getVersion() != session.getVersion()) {
			return conflict(session, user, model);
		}
		model.addAttribute("sessionWarning", form.validate(trajectory, result));
		if (result.hasErrors()) {
			this.accessLog.record(user, trajectory, TrajectoryAccessLog.Action.READ);
			return prepareForm(session, model);
		}
		TrajectoryHistory.SessionValues before = TrajectoryHistory.SessionValues.of(session);
		session.correct(form.getSessionDate(), form.getHours(), form.getActivity().strip(),
				TrajectoryForm.trimmed(form.getNote()));
		TrajectoryHistory.SessionValues after = TrajectoryHistory.SessionValues.of(session);
		if (!before.equals(after)) {
			this.sessions.save(session);
			this.sessions.flush();
			this.sessions.correctTotals(trajectory.getId(), after.hours().subtract(before.hours()), 0);
			this.history.sessionCorrected(user, session, before, after);
			this.accessLog.record(user, trajectory, TrajectoryAccessLog.Action.SESSION_EDIT);
			this.dashboard.changed();
		}
		redirect.addFlashAttribute("success", "trajectory.session.corrected");
		return "redirect:/trajecten/" + id + "#sessies";
	}

	private String delete(long id, long sessionId, Integer version, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		TrajectorySession session = correctable(id, sessionId, user);
		Trajectory trajectory = session.getTrajectory();
		if (version == null || version != session.getVersion()) {
			model.addAttribute("sessionForm", SessionForm.from(session));
			model.addAttribute("conflict", true);
			this.accessLog.record(user, trajectory, TrajectoryAccessLog.Action.READ);
			return prepareForm(session, model);
		}
		TrajectoryHistory.SessionValues before = TrajectoryHistory.SessionValues.of(session);
		this.sessions.delete(session);
		this.sessions.flush();
		this.sessions.correctTotals(trajectory.getId(), before.hours().negate(), -1);
		this.history.sessionCorrected(user, session, before, null);
		this.accessLog.record(user, trajectory, TrajectoryAccessLog.Action.SESSION_REMOVE);
		this.dashboard.changed();
		redirect.addFlashAttribute("success", "trajectory.session.removed");
		return "redirect:/trajecten/" + id + "#sessies";
	}

	/**
	 * Someone else corrected the session since this form was opened: nothing is saved.
	 */
	private String conflict(long id, long sessionId, CurrentUser user, Model model) {
		return conflict(correctable(id, sessionId, user), user, model);
	}

	private String conflict(TrajectorySession session, CurrentUser user, Model model) {
		this.accessLog.record(user, session.getTrajectory(), TrajectoryAccessLog.Action.READ);
		model.addAttribute("conflict", true);
		return prepareForm(session, model);
	}

	private String prepareForm(TrajectorySession session, Model model) {
		model.addAttribute("trajectory", session.getTrajectory());
		model.addAttribute("loggedSession", session);
		model.addAttribute("removal", new RemovalForm(session.getVersion()));
		return FORM;
	}

	/**
	 * The session, when the user may see its trajectory (else not found) and may correct
	 * it (else refused).
	 */
	private TrajectorySession correctable(long id, long sessionId, CurrentUser user) {
		Trajectory trajectory = this.trajectories.findVisible(id, TrajectoryScope.readable(user))
			.orElseThrow(() -> new NotFoundException("trajectory " + id));
		TrajectorySession session = this.sessions.findOnTrajectory(sessionId, trajectory)
			.orElseThrow(() -> new NotFoundException("session " + sessionId));
		boolean coordinates = TrajectoryScope.editable(user).mayCoordinate(trajectory.getProject().getId());
		if (!session.mayBeCorrectedBy(user.getId(), coordinates)) {
			throw new AccessDeniedException("session " + sessionId + " is not the user's");
		}
		return session;
	}

	/** The removal button's form: the version of the session as it was shown. */
	record RemovalForm(int version) {
	}

}
