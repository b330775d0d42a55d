package be.aanboord.trajectory;

import java.util.HashSet;
import java.util.Set;

import be.aanboord.account.CurrentUser;
import be.aanboord.account.Role;

/**
 * What a user may see of trajectories: everything (admin), the trajectories of the
 * projects they coordinate, and those their organisation executes (partner). Used in
 * every query, never only in templates.
 */
record TrajectoryScope(boolean all, Set<Long> projectIds, long organisationId) {

	/** No id matches this: keeps "in (:ids)" valid when a set would be empty. */
	private static final long NONE = -1L;

	static TrajectoryScope readable(CurrentUser user) {
		return new TrajectoryScope(user.hasRole(Role.ADMIN), projects(user), organisation(user));
	}

	/** Editing: admins and the coordinators of the trajectory's project only. */
	static TrajectoryScope editable(CurrentUser user) {
		return new TrajectoryScope(user.hasRole(Role.ADMIN), projects(user), NONE);
	}

	private static Set<Long> projects(CurrentUser user) {
		Set<Long> ids = new HashSet<>();
		if (user.hasRole(Role.COORDINATOR)) {
			ids.addAll(user.getProjectIds());
		}
		ids.add(NONE);
		return ids;
	}

	private static long organisation(CurrentUser user) {
		return (user.hasRole(Role.PARTNER) && user.getOrganisationId() != null) ? user.getOrganisationId() : NONE;
	}

	boolean mayCoordinate(long projectId) {
		return this.all || this.projectIds.contains(projectId);
	}

}
