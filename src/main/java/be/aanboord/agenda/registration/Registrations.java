package be.aanboord.agenda.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import be.aanboord.agenda.Activity;
import be.aanboord.agenda.ActivityRepository;
import be.aanboord.agenda.ProgrammeItem;
import be.aanboord.system.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registrations for activities: seats, the waiting list, cancellations and promotions.
 * Every change that counts seats first locks the activity's row ({@code select … for
 * update}), so that registrations, cancellations and promotions of one activity happen
 * one after the other and the seats (also a workshop's) are never given twice. Mails
 * follow from events, after the commit.
 */
@Service
public class Registrations {

	/** What became of a registration attempt. */
	public enum Outcome {

		CONFIRMED, WAITING, ALREADY_REGISTERED, CLOSED, WORKSHOP_FULL, UNKNOWN_WORKSHOP

	}

	private final RegistrationRepository registrations;

	private final ActivityRepository activities;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Registrations(RegistrationRepository registrations, ActivityRepository activities, JdbcClient jdbc,
			ApplicationEventPublisher events, Clock clock) {
		this.registrations = registrations;
		this.activities = activities;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public Outcome register(long activityId, RegistrationForm form) {
		Activity activity = lock(activityId);
		Instant now = this.clock.instant();
		if (!activity.registrationOpen(now)) {
			return Outcome.CLOSED;
		}
		String email = RegistrationForm.clean(form.getEmail());
		Optional<Registration> existing = this.registrations.activeFor(activityId, email);
		if (existing.isPresent()) {
			this.events.publishEvent(new RegistrationEvents.LinkRequested(existing.get().getId()));
			return Outcome.ALREADY_REGISTERED;
		}
		ProgrammeItem workshop = null;
		if (form.getWorkshopId() != null) {
			workshop = workshops(activity).get(form.getWorkshopId());
			if (workshop == null) {
				return Outcome.UNKNOWN_WORKSHOP;
			}
		}
		boolean seat = activity.getCapacity() == null
				|| this.registrations.confirmedFor(activityId) < activity.getCapacity();
		if (seat && workshop != null && workshop.getCapacity() != null
				&& this.registrations.confirmedForWorkshop(workshop.getId()) >= workshop.getCapacity()) {
			return Outcome.WORKSHOP_FULL;
		}
		Registration registration = this.registrations.save(new Registration(activityId,
				(workshop != null) ? workshop.getId() : null, RegistrationForm.clean(form.getName()), email,
				RegistrationForm.clean(form.getOrganisation()), RegistrationForm.clean(form.getJobFunction()),
				seat ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITING, now));
		this.events.publishEvent(seat ? new RegistrationEvents.Confirmed(registration.getId())
				: new RegistrationEvents.Waitlisted(registration.getId()));
		return seat ? Outcome.CONFIRMED : Outcome.WAITING;
	}

	/**
	 * Cancels a registration; a seat given up goes at once to the first person waiting
	 * who fits (their workshop included).
	 * @return false when it was cancelled already
	 */
	@Transactional
	public boolean cancel(long registrationId) {
		// the activity is locked before the registration is read, so that what is read is
		// what the cancellation before this one left
		long activityId = this.jdbc.sql("select activity_id from activity_registration where id = ?")
			.param(registrationId)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("registration"));
		Activity activity = lock(activityId);
		Registration registration = this.registrations.findById(registrationId)
			.orElseThrow(() -> new NotFoundException("registration"));
		if (registration.isCancelled()) {
			return false;
		}
		boolean heldSeat = registration.cancel(this.clock.instant());
		this.registrations.flush();
		this.events.publishEvent(new RegistrationEvents.Cancelled(registrationId));
		if (heldSeat) {
			promoteAsFits(activity);
		}
		return true;
	}

	/**
	 * Gives free seats to the people waiting, in order of registration, as many as fit
	 * (after the organiser raised the capacity).
	 * @return how many were promoted
	 */
	@Transactional
	public int promoteWaiting(long activityId) {
		return promoteAsFits(lock(activityId));
	}

	private int promoteAsFits(Activity activity) {
		long confirmed = this.registrations.confirmedFor(activity.getId());
		Map<Long, ProgrammeItem> workshops = workshops(activity);
		Map<Long, Long> taken = new HashMap<>();
		int promoted = 0;
		for (Registration waiting : this.registrations.waitingFor(activity.getId())) {
			if (activity.getCapacity() != null && confirmed >= activity.getCapacity()) {
				break;
			}
			ProgrammeItem workshop = (waiting.getWorkshopId() != null) ? workshops.get(waiting.getWorkshopId()) : null;
			if (workshop != null && workshop.getCapacity() != null) {
				long inWorkshop = taken.computeIfAbsent(workshop.getId(), this.registrations::confirmedForWorkshop);
				if (inWorkshop >= workshop.getCapacity()) {
					continue;
				}
				taken.put(workshop.getId(), inWorkshop + 1);
			}
			waiting.promote();
			confirmed++;
			promoted++;
			this.events.publishEvent(new RegistrationEvents.Promoted(waiting.getId()));
		}
		return promoted;
	}

	/** Records who came, after the activity. */
	@Transactional
	public void recordAttendance(long activityId, Set<Long> present) {
		lock(activityId);
		for (Registration registration : this.registrations.findByActivityIdOrderById(activityId)) {
			if (registration.isConfirmed()) {
				registration.markAttended(present.contains(registration.getId()));
			}
		}
	}

	/** One message to everyone registered, sent after the commit. */
	@Transactional
	public void message(long activityId, String subject, String body) {
		this.events.publishEvent(new RegistrationEvents.Messaged(activityId, subject, body));
	}

	/** Sends a link to the address's data, if the portal holds any under it. */
	@Transactional
	public void requestData(String email) {
		String clean = RegistrationForm.clean(email);
		if (clean != null && !this.registrations.findByEmail(clean).isEmpty()) {
			this.events.publishEvent(new RegistrationEvents.DataRequested(clean));
		}
	}

	/** One registration held under an e-mail address, with the activity it is for. */
	public record Held(Registration registration, String activityTitle, Instant activityStartsAt,
			String workshopTitle) {
	}

	/** Everything held under an e-mail address. */
	@Transactional(readOnly = true)
	public List<Held> copyFor(String email) {
		return this.registrations.findByEmail(email).stream().map((registration) -> {
			Activity activity = this.activities.findById(registration.getActivityId()).orElseThrow();
			ProgrammeItem workshop = workshops(activity).get(registration.getWorkshopId());
			return new Held(registration, activity.getTitle(), activity.getStartsAt(),
					(workshop != null) ? workshop.getTitle() : null);
		}).toList();
	}

	/**
	 * Erases every registration under an e-mail address; seats given up go to people
	 * waiting.
	 */
	@Transactional
	public int erase(String email) {
		List<Long> activityIds = this.jdbc
			.sql("select distinct activity_id from activity_registration where lower(email) = lower(?) order by 1")
			.param(email)
			.query(Long.class)
			.list();
		List<Activity> locked = activityIds.stream().map(this::lock).toList();
		List<Registration> held = this.registrations.findByEmail(email);
		boolean seatsFreed = held.stream().anyMatch(Registration::isConfirmed);
		this.registrations.deleteAll(held);
		this.registrations.flush();
		if (seatsFreed) {
			locked.forEach(this::promoteAsFits);
		}
		return held.size();
	}

	/** Anonymises the registrations of activities that ended before the moment. */
	@Transactional
	public int anonymiseEndedBefore(Instant before) {
		List<Long> ids = this.registrations.identifiableEndedBefore(before);
		Instant now = this.clock.instant();
		this.registrations.findAllById(ids).forEach((registration) -> registration.anonymise(now));
		return ids.size();
	}

	private Activity lock(long activityId) {
		this.jdbc.sql("select id from activity where id = ? for update")
			.param(activityId)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("activity"));
		return this.activities.findById(activityId).orElseThrow(() -> new NotFoundException("activity"));
	}

	static Map<Long, ProgrammeItem> workshops(Activity activity) {
		Map<Long, ProgrammeItem> workshops = new HashMap<>();
		for (ProgrammeItem item : activity.getWorkshops()) {
			workshops.put(item.getId(), item);
		}
		return workshops;
	}

	/**
	 * An activity with what its registration pages show, read in one transaction: its
	 * workshops (in programme order) with the seats taken in each, its organising
	 * projects and the seats taken.
	 */
	public record Seats(Activity activity, List<ProgrammeItem> workshops, Map<Long, Long> takenPerWorkshop,
			long confirmed) {

		public Long seatsLeft() {
			return (this.activity.getCapacity() != null) ? Math.max(0, this.activity.getCapacity() - this.confirmed)
					: null;
		}

		public boolean isFull() {
			return this.activity.getCapacity() != null && this.confirmed >= this.activity.getCapacity();
		}

		public boolean isWorkshopFull(ProgrammeItem workshop) {
			return workshop.getCapacity() != null
					&& this.takenPerWorkshop.getOrDefault(workshop.getId(), 0L) >= workshop.getCapacity();
		}

		public ProgrammeItem workshop(Long id) {
			return this.workshops.stream().filter((w) -> w.getId().equals(id)).findFirst().orElse(null);
		}

	}

	@Transactional(readOnly = true)
	public Optional<Seats> bySlug(String slug) {
		return this.activities.findBySlug(slug).map(this::seats);
	}

	@Transactional(readOnly = true)
	public Optional<Seats> byId(long activityId) {
		return this.activities.findById(activityId).map(this::seats);
	}

	private Seats seats(Activity activity) {
		activity.getProjectIds().size();
		List<ProgrammeItem> workshops = activity.getWorkshops();
		Map<Long, Long> taken = new HashMap<>();
		for (ProgrammeItem workshop : workshops) {
			taken.put(workshop.getId(), this.registrations.confirmedForWorkshop(workshop.getId()));
		}
		return new Seats(activity, workshops, taken, this.registrations.confirmedFor(activity.getId()));
	}

}
