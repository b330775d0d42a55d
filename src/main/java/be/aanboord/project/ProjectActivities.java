package be.aanboord.project;

import java.time.Instant;
import java.util.List;

/**
 * The activities a project organises, as its page lists them. The agenda module, which
 * depends on this one, provides it; the project page shows none when no module does.
 */
public interface ProjectActivities {

	/** The next activities of the project, first first, at most {@code limit}. */
	List<Listed> upcoming(long projectId, int limit);

	/** An activity on a project's page: its title, address and times. */
	record Listed(String title, String url, Instant startsAt, Instant endsAt, boolean cancelled) {
	}

}
