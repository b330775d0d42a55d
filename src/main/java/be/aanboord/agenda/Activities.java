package be.aanboord.agenda;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import be.aanboord.account.CurrentUser;
import be.aanboord.system.ControlCharacters;
import be.aanboord.system.EditConflict;
import be.aanboord.system.FileType;
import be.aanboord.system.Formats;
import be.aanboord.system.NotFoundException;
import be.aanboord.system.PublicPageCache;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisers' work on activities, each change in one transaction: create and edit,
 * publish, cancel, raise the capacity, write the report. Checks that the user organises
 * the activity ({@link ActivityOrganisers}); the activity guards its own state. Publishes
 * the events others act on after commit, and tells the public pages that the agenda
 * changed.
 */
@Service
public class Activities {

	/** Names under {@code /agenda/} that are routes, never a slug. */
	static final Set<String> RESERVED_SLUGS = Set.of("beheer", "maand", "feed", "vergaderingen", "netwerken",
			"inschrijving", "verwijderen");

	private final ActivityRepository activities;

	private final ActivityDocumentRepository documents;

	private final ApplicationEventPublisher events;

	private final PublicPageCache publicPages;

	private final Clock clock;

	Activities(ActivityRepository activities, ActivityDocumentRepository documents, ApplicationEventPublisher events,
			PublicPageCache publicPages, Clock clock) {
		this.activities = activities;
		this.documents = documents;
		this.events = events;
		this.publicPages = publicPages;
		this.clock = clock;
	}

	/** Creates a draft from the form; returns its id. */
	@Transactional
	public long create(ActivityForm form, CurrentUser user) {
		if (!ActivityOrganisers.mayOrganiseFor(user, form.getProjectIds())) {
			throw new AccessDeniedException("not an organiser of these projects");
		}
		Instant starts = startsAt(form);
		Activity activity = new Activity(newSlug(form.getTitle(), form.getStartDate()), form.getType(),
				form.getTitle().strip(), starts, endsAt(form), this.clock.instant());
		apply(form, activity);
		return this.activities.save(activity).getId();
	}

	/** Saves the form onto the activity, unless someone else saved it meanwhile. */
	@Transactional
	public void update(long id, ActivityForm form, CurrentUser user) {
		Activity activity = organised(id, user);
		EditConflict.check("activity " + id, form.getVersion(), activity.getVersion());
		if (!ActivityOrganisers.mayOrganiseFor(user, form.getProjectIds())) {
			throw new AccessDeniedException("not an organiser of these projects");
		}
		apply(form, activity);
		changed(activity);
	}

	@Transactional
	public void publish(long id, CurrentUser user) {
		Activity activity = organised(id, user);
		activity.publish();
		this.events.publishEvent(new ActivityPublished(id));
		changed(activity);
	}

	@Transactional
	public void cancel(long id, CurrentUser user) {
		Activity activity = organised(id, user);
		activity.cancel();
		this.events.publishEvent(new ActivityCancelled(id));
		changed(activity);
	}

	/** Raises the capacity (null: no limit); people waiting may then get a seat. */
	@Transactional
	public void raiseCapacity(long id, Integer capacity, CurrentUser user) {
		Activity activity = organised(id, user);
		activity.raiseCapacity(capacity);
		this.events.publishEvent(new ActivityCapacityRaised(id));
		changed(activity);
	}

	/** The report (Markdown) after the activity. */
	@Transactional
	public void writeReport(long id, int version, String report, CurrentUser user) {
		Activity activity = organised(id, user);
		EditConflict.check("activity " + id, version, activity.getVersion());
		activity.report(report);
		changed(activity);
	}

	/**
	 * Attaches a document whose type is checked from its content ({@link FileType}).
	 * @throws FileType.Rejected when it is none of the accepted types
	 */
	@Transactional
	public void attach(long id, String title, String fileName, byte[] content, CurrentUser user) {
		organised(id, user);
		String type = FileType.of(content);
		this.documents.save(new ActivityDocument(id, ControlCharacters.strip(title.strip()),
				ControlCharacters.strip(fileName), type, content, this.clock.instant()));
		this.publicPages.contentChanged();
	}

	/**
	 * The activity with its programme, projects and partners, if this user organises it;
	 * otherwise refused (403).
	 */
	Activity organised(long id, CurrentUser user) {
		Activity activity = this.activities.findWithProgrammeById(id)
			.orElseThrow(() -> new NotFoundException("activity " + id));
		if (!ActivityOrganisers.mayOrganise(user, activity)) {
			throw new AccessDeniedException("not an organiser of activity " + id);
		}
		return activity;
	}

	/** Announces a change to what the public pages show. */
	void changed(Activity activity) {
		this.publicPages.contentChanged();
	}

	private void apply(ActivityForm form, Activity activity) {
		activity.describe(form.getTitle().strip(), form.getDescription());
		activity.classify(form.getType(), form.getLearningNetwork());
		activity.schedule(startsAt(form), endsAt(form));
		activity.place(form.getAddress(), form.getOnlineLink());
		activity.aim(form.audienceSet(), form.levelSet());
		activity.registration(form.isRegistrationRequired(), form.getCapacity(),
				atStartOf(form.getRegistrationOpensOn()), (form.getRegistrationClosesOn() != null)
						? atStartOf(form.getRegistrationClosesOn().plusDays(1)) : null);
		activity.organise(form.getProjectIds(), form.getPartnerIds());
		Map<Long, ProgrammeItem> existing = new HashMap<>();
		activity.getProgramme().forEach((item) -> existing.put(item.getId(), item));
		List<ProgrammeItem> items = new ArrayList<>();
		for (ActivityForm.ProgrammeRow row : form.filledRows()) {
			Instant starts = form.getStartDate().atTime(row.getStartTime()).atZone(Formats.BRUSSELS).toInstant();
			Instant ends = form.getStartDate().atTime(row.getEndTime()).atZone(Formats.BRUSSELS).toInstant();
			ProgrammeItem item = (row.getId() != null) ? existing.get(row.getId()) : null;
			if (item == null) {
				item = new ProgrammeItem(row.getKind(), starts, ends, row.getTitle().strip(), row.getSpeakers(),
						row.getCapacity());
			}
			else {
				item.change(row.getKind(), starts, ends, row.getTitle().strip(), row.getSpeakers(), row.getCapacity());
			}
			items.add(item);
		}
		activity.programme(items);
	}

	static Instant startsAt(ActivityForm form) {
		return form.getStartDate().atTime(form.getStartTime()).atZone(Formats.BRUSSELS).toInstant();
	}

	static Instant endsAt(ActivityForm form) {
		return form.lastDate().atTime(form.getEndTime()).atZone(Formats.BRUSSELS).toInstant();
	}

	private static Instant atStartOf(LocalDate day) {
		return (day != null) ? day.atStartOfDay(Formats.BRUSSELS).toInstant() : null;
	}

	/** A slug from the title and the year, made unique with a number when needed. */
	private String newSlug(String title, LocalDate date) {
		String base = slugOf(title);
		String year = String.valueOf(Year.from(date).getValue());
		if (!base.endsWith(year)) {
			base = base.isEmpty() ? year : base + "-" + year;
		}
		String slug = base;
		for (int n = 2; this.activities.existsBySlug(slug) || RESERVED_SLUGS.contains(slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

	static String slugOf(String title) {
		String plain = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (slug.length() > 100) {
			slug = slug.substring(0, 100).replaceAll("-+$", "");
		}
		return slug;
	}

}
