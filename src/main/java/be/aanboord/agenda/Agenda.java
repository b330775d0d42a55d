package be.aanboord.agenda;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import be.aanboord.account.CurrentUser;
import be.aanboord.account.Role;
import be.aanboord.system.Formats;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public agenda shows: upcoming and past activities with filters, a month, an
 * activity by its address. Public means a published or cancelled activity of a public
 * type; drafts only their organisers see, lab and network meetings only signed-in users.
 */
@Component
class Agenda {

	static final int PAGE_SIZE = 20;

	/** Statuses on the agenda: a cancelled activity stays, marked as cancelled. */
	static final Set<ActivityStatus> SHOWN = EnumSet.of(ActivityStatus.PUBLISHED, ActivityStatus.CANCELLED);

	private final ActivityRepository activities;

	private final Clock clock;

	Agenda(ActivityRepository activities, Clock clock) {
		this.activities = activities;
		this.clock = clock;
	}

	/** The filters of the list, each null when not chosen (or not understood). */
	record Filter(ActivityType type, ActivityAudience audience, ActivityLevel level, boolean past) {

		boolean filtered() {
			return this.type != null || this.audience != null || this.level != null;
		}

	}

	@Transactional(readOnly = true)
	Page<Activity> list(Filter filter, int page) {
		PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
		String audience = (filter.audience() != null) ? filter.audience().name() : "";
		String level = (filter.level() != null) ? filter.level().name() : "";
		Instant now = this.clock.instant();
		return filter.past()
				? this.activities.findPast(ActivityType.PUBLIC, SHOWN, now, filter.type(), audience, level, request)
				: this.activities.findUpcoming(ActivityType.PUBLIC, SHOWN, now, filter.type(), audience, level,
						request);
	}

	/** A week of the month view: seven days from Monday. */
	record Week(List<Day> days) {
	}

	/**
	 * A day of the month view and the activities on it; {@code inMonth} false for the
	 * days around it.
	 */
	record Day(LocalDate date, boolean inMonth, boolean today, List<Activity> activities) {
	}

	/**
	 * The weeks (Monday to Sunday) that hold the month's days, with the public activities
	 * on each day.
	 */
	@Transactional(readOnly = true)
	List<Week> month(YearMonth month) {
		LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
		List<Activity> found = this.activities.findOverlapping(ActivityType.PUBLIC, SHOWN,
				first.atStartOfDay(Formats.BRUSSELS).toInstant(),
				last.plusDays(1).atStartOfDay(Formats.BRUSSELS).toInstant());
		Map<LocalDate, List<Activity>> byDay = new LinkedHashMap<>();
		for (Activity activity : found) {
			LocalDate day = activity.getStartsAt().atZone(Formats.BRUSSELS).toLocalDate();
			LocalDate end = activity.getEndsAt().atZone(Formats.BRUSSELS).toLocalDate();
			for (LocalDate d = day.isBefore(first) ? first : day; !d.isAfter(end)
					&& !d.isAfter(last); d = d.plusDays(1)) {
				byDay.computeIfAbsent(d, (k) -> new ArrayList<>()).add(activity);
			}
		}
		LocalDate today = LocalDate.now(this.clock.withZone(Formats.BRUSSELS));
		List<Week> weeks = new ArrayList<>();
		for (LocalDate monday = first; !monday.isAfter(last); monday = monday.plusWeeks(1)) {
			List<Day> days = new ArrayList<>();
			for (int i = 0; i < 7; i++) {
				LocalDate date = monday.plusDays(i);
				days.add(new Day(date, YearMonth.from(date).equals(month), date.equals(today),
						byDay.getOrDefault(date, List.of())));
			}
			weeks.add(new Week(days));
		}
		return weeks;
	}

	YearMonth currentMonth() {
		return YearMonth.now(this.clock.withZone(Formats.BRUSSELS));
	}

	/**
	 * The activity at this address as this user may see it: public ones for everyone, lab
	 * and network meetings for the lab's members (admins, coordinators, partners: the
	 * same readers as the meeting pages), drafts for their organisers.
	 */
	@Transactional(readOnly = true)
	Optional<Activity> find(String slug, CurrentUser user) {
		return this.activities.findWithProgrammeBySlug(slug).filter((activity) -> visible(activity, user));
	}

	static boolean visible(Activity activity, CurrentUser user) {
		if (activity.getStatus() == ActivityStatus.DRAFT) {
			return ActivityOrganisers.mayOrganise(user, activity);
		}
		return activity.getType().isPublic() || (user != null
				&& (user.hasRole(Role.ADMIN) || user.hasRole(Role.COORDINATOR) || user.hasRole(Role.PARTNER)));
	}

	/**
	 * The public activities of a feed: from three months ago on, at most 300 (calendar
	 * programs keep what they already read; the feed stays small enough to fetch often).
	 */
	@Transactional(readOnly = true)
	List<Activity> feed(Set<ActivityType> types) {
		Instant from = this.clock.instant().minus(Duration.ofDays(92));
		return this.activities.findForFeed(types, SHOWN, from, PageRequest.of(0, 300));
	}

	Instant now() {
		return this.clock.instant();
	}

}
