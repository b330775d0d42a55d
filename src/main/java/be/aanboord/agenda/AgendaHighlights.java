package be.aanboord.agenda;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import be.aanboord.project.ProjectActivities;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other pages show of the agenda: the next public activities (the home page) and a
 * project's next activities (its page, through {@link ProjectActivities}).
 */
@Component
public class AgendaHighlights implements ProjectActivities {

	/** A public activity as the home page lists it. */
	public record Upcoming(String title, String slug, ActivityType type, Instant startsAt, Instant endsAt,
			String address, boolean cancelled) {
	}

	private final ActivityRepository activities;

	private final Clock clock;

	AgendaHighlights(ActivityRepository activities, Clock clock) {
		this.activities = activities;
		this.clock = clock;
	}

	/** The next public activities, first first. */
	@Transactional(readOnly = true)
	public List<Upcoming> upcoming(int limit) {
		return this.activities
			.findUpcoming(ActivityType.PUBLIC, Agenda.SHOWN, this.clock.instant(), null, "", "",
					PageRequest.of(0, limit))
			.map((a) -> new Upcoming(a.getTitle(), a.getSlug(), a.getType(), a.getStartsAt(), a.getEndsAt(),
					a.getAddress(), a.getStatus() == ActivityStatus.CANCELLED))
			.getContent();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Listed> upcoming(long projectId, int limit) {
		return this.activities
			.findUpcomingOfProject(projectId, ActivityType.PUBLIC, this.clock.instant(), PageRequest.of(0, limit))
			.stream()
			.map((a) -> new Listed(a.getTitle(), "/agenda/" + a.getSlug(), a.getStartsAt(), a.getEndsAt(), false))
			.toList();
	}

}
