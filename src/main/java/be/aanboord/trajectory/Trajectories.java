package be.aanboord.trajectory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import be.aanboord.account.CurrentUser;
import be.aanboord.partner.Organisations;
import be.aanboord.project.Projects;
import be.aanboord.project.Projects.ProjectSummary;
import be.aanboord.school.Schools;
import be.aanboord.system.EditConflict;
import be.aanboord.system.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;

/**
 * The trajectory module's writes, each in one transaction: create and edit a trajectory
 * (its status only along the kind's transitions, guarded by the aggregate), log, correct
 * and remove sessions, and the executing partners per project. Each loads what it changes
 * within the user's scope (not found otherwise), checks the version the form was opened
 * on ({@link EditConflict}), and keeps the access log of pupil-level trajectories. Also
 * the reads of one trajectory's pages, which the access log records.
 */
@Service
@Transactional
class Trajectories {

	/** A trajectory's page: the trajectory, its sessions, the names it refers to. */
	record TrajectoryPage(Trajectory trajectory, List<TrajectorySession> sessions, boolean mayEdit,
			List<TrajectoryHistory.Change> changes, String projectName, String schoolName, String partnerName,
			String referringClbName) {
	}

	/** A logged session with its trajectory, for the correction form. */
	record SessionPage(Trajectory trajectory, TrajectorySession session) {
	}

	/**
	 * What became of a form: saved, or refused (its errors are in the binding result),
	 * perhaps only for warnings the user may confirm.
	 */
	record Outcome(boolean saved, boolean warning) {

		static final Outcome SAVED = new Outcome(true, false);

	}

	private final TrajectoryRepository trajectories;

	private final TrajectorySessionRepository sessions;

	private final TrajectoryValidation validation;

	private final TrajectoryAccessLog accessLog;

	private final TrajectoryHistory history;

	private final TrajectoryDashboard dashboard;

	private final TrajectoryRows listRows;

	private final ExecutingPartners executingPartners;

	private final Projects projects;

	private final Schools schools;

	private final Organisations organisations;

	private final Clock clock;

	Trajectories(TrajectoryRepository trajectories, TrajectorySessionRepository sessions,
			TrajectoryValidation validation, TrajectoryAccessLog accessLog, TrajectoryHistory history,
			TrajectoryDashboard dashboard, TrajectoryRows listRows, ExecutingPartners executingPartners,
			Projects projects, Schools schools, Organisations organisations, Clock clock) {
		this.trajectories = trajectories;
		this.sessions = sessions;
		this.validation = validation;
		this.accessLog = accessLog;
		this.history = history;
		this.dashboard = dashboard;
		this.listRows = listRows;
		this.executingPartners = executingPartners;
		this.projects = projects;
		this.schools = schools;
		this.organisations = organisations;
		this.clock = clock;
	}

	/**
	 * The projects of the kind whose trajectories the user may create, in the lab's
	 * order.
	 */
	@Transactional(readOnly = true)
	List<ProjectSummary> projectsFor(TrajectoryKind kind, CurrentUser user) {
		TrajectoryScope scope = TrajectoryScope.editable(user);
		return this.projects.all()
			.stream()
			.filter((p) -> kind.getProjectCodes().contains(p.code()) && scope.mayCoordinate(p.id()))
			.toList();
	}

	/**
	 * Creates a trajectory in a project the user coordinates.
	 * @return its id, or empty when the form is refused (errors in {@code result})
	 */
	Optional<Long> create(TrajectoryForm form, BindingResult result, CurrentUser user) {
		ProjectSummary project = (form.getProjectId() != null) ? this.projects.find(form.getProjectId()).orElse(null)
				: null;
		if (project == null || !TrajectoryScope.editable(user).mayCoordinate(project.id())
				|| TrajectoryKind.ofProject(project.code()) == null) {
			result.rejectValue("projectId", "trajectory.project.notAllowed");
		}
		else {
			form.setKind(TrajectoryKind.ofProject(project.code()));
		}
		if (form.getKind() == null) {
			form.setKind(TrajectoryKind.RISK);
		}
		form.setStatus(form.getKind().getFirstStatus());
		this.validation.validate(form, null, result);
		if (result.hasErrors()) {
			return Optional.empty();
		}
		Trajectory trajectory = new Trajectory(project.id(), project.code(), form.getSchoolYear(), form.getSchoolId(),
				user.getId(), user.getDisplayName(), this.clock.instant());
		form.applyTo(trajectory);
		this.trajectories.save(trajectory);
		this.accessLog.record(user, trajectory, TrajectoryAccessLog.Action.CREATE);
		changed();
		return Optional.of(trajectory.getId());
	}

	/** The trajectory to edit, its reading logged. */
	Trajectory openForEdit(long id, CurrentUser user) {
		Trajectory trajectory = editable(id, user);
		this.accessLog.record(user, trajectory, TrajectoryAccessLog.Action.READ);
		return trajectory;
	}

	/** The trajectory to edit, to show its form again (nothing logged). */
	@Transactional(readOnly = true)
	Trajectory editableOne(long id, CurrentUser user) {
		return editable(id, user);
	}

	/**
	 * Saves an edit, the status along the kind's transitions.
	 * @return whether it was saved (else the errors are in {@code result} and the reading
	 * is logged)
	 * @throws EditConflict when the trajectory was saved since the form was opened
	 */
	boolean update(long id, TrajectoryForm form, BindingResult result, CurrentUser user) {
		Trajectory trajectory = editable(id, user);
		form.setKind(trajectory.getKind());
		form.setProjectId(trajectory.getProjectId());
		EditConflict.check("trajectory " + id, form.getVersion(), trajectory.getVersion());
		this.validation.validate(form, trajectory, result);
		if (result.hasErrors()) {
			this.accessLog.record(user, trajectory, TrajectoryAccessLog.Action.READ);
			return false;
		}
		trajectory.moveTo(form.getStatus());
		form.applyTo(trajectory);
		this.accessLog.record(user, trajectory, TrajectoryAccessLog.Action.UPDATE);
		changed();
		return true;
	}

	/**
	 * A trajectory's page, with the names it refers to read in one query per module and
	 * its change history for those who may edit it.
	 * @param logRead whether this showing is a reading for the access log
	 */
	TrajectoryPage page(long id, CurrentUser user, boolean logRead) {
		Trajectory trajectory = visible(id, user);
		if (logRead) {
			this.accessLog.record(user, trajectory, TrajectoryAccessLog.Action.READ);
		}
		boolean mayEdit = TrajectoryScope.editable(user).mayCoordinate(trajectory.getProjectId());
		List<Long> organisationIds = new ArrayList<>();
		organisationIds.add(trajectory.getPartnerId());
		organisationIds.add(trajectory.getNaft().getReferringClbId());
		organisationIds.removeIf(Objects::isNull);
		// a map that answers null for a trajectory without partner or referring CLB
		Map<Long, String> organisationNames = new HashMap<>(this.organisations.names(organisationIds));
		return new TrajectoryPage(trajectory, this.sessions.findByTrajectory(trajectory), mayEdit,
				mayEdit ? this.history.of(trajectory) : List.of(),
				this.projects.find(trajectory.getProjectId()).map(ProjectSummary::name).orElse(null),
				this.schools.find(trajectory.getSchoolId()).map(Schools.SchoolSummary::name).orElse(null),
				organisationNames.get(trajectory.getPartnerId()),
				organisationNames.get(trajectory.getNaft().getReferringClbId()));
	}

	/**
	 * Logs a session on a trajectory the user may see; its hours go into the totals in
	 * one statement, so that sessions logged at the same moment all count.
	 */
	Outcome logSession(long id, SessionForm form, BindingResult result, CurrentUser user) {
		Trajectory trajectory = unchangeable(visible(id, user));
		boolean warning = form.validate(trajectory, result);
		if (result.hasErrors()) {
			this.accessLog.record(user, trajectory, TrajectoryAccessLog.Action.READ);
			return new Outcome(false, warning);
		}
		TrajectorySession session = trajectory.logSession(form.getSessionDate(), form.getHours(),
				form.getActivity().strip(), TrajectoryForm.trimmed(form.getNote()), user.getId(), user.getDisplayName(),
				this.clock.instant());
		this.sessions.save(session);
		this.sessions.addToTotals(trajectory.getId(), session.getHours());
		this.accessLog.record(user, trajectory, TrajectoryAccessLog.Action.SESSION);
		changed();
		return Outcome.SAVED;
	}

	/**
	 * A session to correct, when the user may see its trajectory (else not found) and may
	 * correct it (else refused).
	 * @param logRead whether this showing is a reading for the access log
	 */
	SessionPage session(long id, long sessionId, CurrentUser user, boolean logRead) {
		TrajectorySession session = correctable(id, sessionId, user);
		if (logRead) {
			this.accessLog.record(user, session.getTrajectory(), TrajectoryAccessLog.Action.READ);
		}
		return new SessionPage(session.getTrajectory(), session);
	}

	/**
	 * Corrects a session; the trajectory's totals change by the difference in one
	 * statement, and the change history keeps the correction.
	 * @throws EditConflict when the session was corrected since the form was opened
	 */
	Outcome correctSession(long id, long sessionId, SessionForm form, BindingResult result, CurrentUser user) {
		TrajectorySession session = correctable(id, sessionId, user);
		Trajectory trajectory = session.getTrajectory();
		EditConflict.check("session " + sessionId, (form.getVersion() != null) ? form.getVersion() : -1,
				session.getVersion());
		boolean warning = form.validate(trajectory, result);
		if (result.hasErrors()) {
			this.accessLog.record(user, trajectory, TrajectoryAccessLog.Action.READ);
			return new Outcome(false, warning);
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
			changed();
		}
		return Outcome.SAVED;
	}

	/**
	 * Removes a session; the trajectory's totals go down by it in one statement, and the
	 * change history keeps the removal.
	 * @throws EditConflict when the session was corrected since it was shown
	 */
	void removeSession(long id, long sessionId, Integer version, CurrentUser user) {
		TrajectorySession session = correctable(id, sessionId, user);
		Trajectory trajectory = session.getTrajectory();
		EditConflict.check("session " + sessionId, (version != null) ? version : -1, session.getVersion());
		TrajectoryHistory.SessionValues before = TrajectoryHistory.SessionValues.of(session);
		this.sessions.delete(session);
		this.sessions.flush();
		this.sessions.correctTotals(trajectory.getId(), before.hours().negate(), -1);
		this.history.sessionCorrected(user, session, before, null);
		this.accessLog.record(user, trajectory, TrajectoryAccessLog.Action.SESSION_REMOVE);
		changed();
	}

	/**
	 * Replaces the organisations that execute a project's trajectories (the admin's
	 * choice).
	 * @param shown the list as it was when the form opened ({@link #partnersKey})
	 * @return whether every organisation exists (else nothing is saved)
	 * @throws EditConflict when the list changed since the form opened
	 */
	boolean setExecutingPartners(long projectId, Set<Long> organisationIds, String shown) {
		if (this.organisations.names(organisationIds).size() != organisationIds.size()) {
			return false;
		}
		if (!partnersKey(this.executingPartners.of(projectId)).equals(shown)) {
			throw new EditConflict("executing partners of project " + projectId);
		}
		this.executingPartners.replace(projectId, organisationIds);
		return true;
	}

	/**
	 * A project's executing partners as a text that changes whenever the list changes.
	 */
	static String partnersKey(List<ExecutingPartners.Choice> choices) {
		return choices.stream().map((c) -> String.valueOf(c.id())).sorted().collect(Collectors.joining(","));
	}

	private Trajectory visible(long id, CurrentUser user) {
		return this.trajectories.findVisible(id, TrajectoryScope.readable(user))
			.orElseThrow(() -> new NotFoundException("trajectory " + id));
	}

	private Trajectory editable(long id, CurrentUser user) {
		return unchangeable(this.trajectories.findVisible(id, TrajectoryScope.editable(user))
			.orElseThrow(() -> new NotFoundException("trajectory " + id)));
	}

	/**
	 * The trajectory, unless it was anonymised ({@link TrajectoryRetention}): nothing is
	 * added to or changed in such a trajectory, so that no new text about the pupil
	 * arrives after the retention.
	 * @throws AccessDeniedException when it was anonymised
	 */
	private static Trajectory unchangeable(Trajectory trajectory) {
		if (trajectory.isAnonymised()) {
			throw new AccessDeniedException("trajectory " + trajectory.getId() + " was anonymised");
		}
		return trajectory;
	}

	private TrajectorySession correctable(long id, long sessionId, CurrentUser user) {
		Trajectory trajectory = unchangeable(visible(id, user));
		TrajectorySession session = this.sessions.findOnTrajectory(sessionId, trajectory)
			.orElseThrow(() -> new NotFoundException("session " + sessionId));
		boolean coordinates = TrajectoryScope.editable(user).mayCoordinate(trajectory.getProjectId());
		if (!session.mayBeCorrectedBy(user.getId(), coordinates)) {
			throw new AccessDeniedException("session " + sessionId + " is not the user's");
		}
		return session;
	}

	/**
	 * A trajectory or its sessions are being written: the dashboard's figures and the
	 * list's counts are computed afresh (now and after the commit).
	 */
	private void changed() {
		this.dashboard.changed();
		this.listRows.changed();
	}

}
