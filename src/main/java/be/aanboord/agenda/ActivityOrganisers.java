package be.aanboord.agenda;

import java.util.Collection;

import be.aanboord.account.CurrentUser;
import be.aanboord.account.Role;

/**
 * Who organises an activity, in one place: an administrator, or a coordinator of one of
 * the activity's organising projects.
 */
public final class ActivityOrganisers {

	private ActivityOrganisers() {
	}

	/**
	 * Whether this user organises the activity (sees and changes it, its registrations).
	 */
	public static boolean mayOrganise(CurrentUser user, Activity activity) {
		return mayOrganiseFor(user, activity.getProjectIds());
	}

	/** Whether this user may organise an activity of these projects. */
	public static boolean mayOrganiseFor(CurrentUser user, Collection<Long> projectIds) {
		if (user == null) {
			return false;
		}
		if (user.hasRole(Role.ADMIN)) {
			return true;
		}
		return user.hasRole(Role.COORDINATOR) && projectIds.stream().anyMatch(user.getProjectIds()::contains);
	}

	/**
	 * Whether this user may create activities at all (an administrator or a coordinator).
	 */
	public static boolean mayCreate(CurrentUser user) {
		return user != null
				&& (user.hasRole(Role.ADMIN) || (user.hasRole(Role.COORDINATOR) && !user.getProjectIds().isEmpty()));
	}

}
