package be.aanboord.agenda;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import be.aanboord.school.LearningNetwork;

/**
 * An activity on the agenda: a learning lab, a lab or network meeting, a study or
 * inspiration day, the provincial platform, or an event with a programme. The activity
 * guards its own life cycle (draft, published, cancelled), its times (it never ends
 * before it starts) and its capacity, which an organiser may only raise once people
 * register.
 */
@Entity
public class Activity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	@Enumerated(EnumType.STRING)
	private ActivityType type;

	@Enumerated(EnumType.STRING)
	private LearningNetwork learningNetwork;

	private String title;

	private String description = "";

	private Instant startsAt;

	private Instant endsAt;

	private String address;

	private String onlineLink;

	@Convert(converter = ActivityConverters.Audiences.class)
	private Set<ActivityAudience> audiences = EnumSet.noneOf(ActivityAudience.class);

	@Convert(converter = ActivityConverters.Levels.class)
	private Set<ActivityLevel> levels = EnumSet.noneOf(ActivityLevel.class);

	/** The audiences as stored, for queries. */
	@Column(name = "audiences", insertable = false, updatable = false)
	private String audienceNames;

	/** The levels as stored, for queries. */
	@Column(name = "levels", insertable = false, updatable = false)
	private String levelNames;

	private Integer capacity;

	private Instant registrationOpensAt;

	private Instant registrationClosesAt;

	private boolean registrationRequired = true;

	@Enumerated(EnumType.STRING)
	private ActivityStatus status;

	private String report;

	private Instant createdAt;

	@Version
	private int version;

	/** The organising projects (project module); their coordinators organise it. */
	@ElementCollection
	@CollectionTable(name = "activity_project", joinColumns = @JoinColumn(name = "activity_id"))
	@Column(name = "project_id")
	private Set<Long> projectIds = new HashSet<>();

	/** The partner organisations taking part in organising it (partner module). */
	@ElementCollection
	@CollectionTable(name = "activity_partner", joinColumns = @JoinColumn(name = "activity_id"))
	@Column(name = "organisation_id")
	private Set<Long> partnerIds = new HashSet<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "activity_id", nullable = false)
	@OrderBy("position")
	private List<ProgrammeItem> programme = new ArrayList<>();

	protected Activity() {
	}

	/** A new draft. */
	public Activity(String slug, ActivityType type, String title, Instant startsAt, Instant endsAt, Instant now) {
		this.slug = slug;
		this.type = type;
		this.title = title;
		schedule(startsAt, endsAt);
		this.status = ActivityStatus.DRAFT;
		this.createdAt = now;
	}

	/** Title and description (Markdown); not once the activity is cancelled. */
	void describe(String title, String description) {
		requireNotCancelled();
		this.title = title;
		this.description = (description != null) ? description : "";
	}

	/** The type; a learning network only for network meetings. */
	void classify(ActivityType type, LearningNetwork learningNetwork) {
		requireNotCancelled();
		this.type = type;
		this.learningNetwork = (type == ActivityType.NETWORK_MEETING) ? learningNetwork : null;
	}

	void schedule(Instant startsAt, Instant endsAt) {
		if (endsAt.isBefore(startsAt)) {
			throw new IllegalArgumentException("an activity does not end before it starts");
		}
		this.startsAt = startsAt;
		this.endsAt = endsAt;
	}

	/** The address, the online link (shown only to registrants), or both. */
	void place(String address, String onlineLink) {
		this.address = blankToNull(address);
		this.onlineLink = blankToNull(onlineLink);
	}

	void aim(Collection<ActivityAudience> audiences, Collection<ActivityLevel> levels) {
		this.audiences = audiences.isEmpty() ? EnumSet.noneOf(ActivityAudience.class) : EnumSet.copyOf(audiences);
		this.levels = levels.isEmpty() ? EnumSet.noneOf(ActivityLevel.class) : EnumSet.copyOf(levels);
	}

	/**
	 * Registration: whether it is needed, the capacity (null for no limit) and the period
	 * (either end may be open; registration also closes when the activity starts). Once
	 * published, the capacity changes only through {@link #raiseCapacity(Integer)}.
	 */
	void registration(boolean required, Integer capacity, Instant opensAt, Instant closesAt) {
		if (capacity != null && capacity <= 0) {
			throw new IllegalArgumentException("a capacity is positive");
		}
		if (opensAt != null && closesAt != null && closesAt.isBefore(opensAt)) {
			throw new IllegalArgumentException("registration does not close before it opens");
		}
		this.registrationRequired = required;
		if (this.status == ActivityStatus.DRAFT) {
			this.capacity = capacity;
		}
		this.registrationOpensAt = opensAt;
		this.registrationClosesAt = closesAt;
	}

	void organise(Collection<Long> projectIds, Collection<Long> partnerIds) {
		this.projectIds.clear();
		this.projectIds.addAll(projectIds);
		this.partnerIds.clear();
		this.partnerIds.addAll(partnerIds);
	}

	/**
	 * Replaces the programme by these items, in this order; items kept by identity keep
	 * their row.
	 */
	void programme(List<ProgrammeItem> items) {
		this.programme.retainAll(items);
		for (int i = 0; i < items.size(); i++) {
			ProgrammeItem item = items.get(i);
			item.moveTo(i);
			if (!this.programme.contains(item)) {
				this.programme.add(item);
			}
		}
		this.programme.sort((a, b) -> Integer.compare(a.getPosition(), b.getPosition()));
	}

	/** The report (Markdown), written after the activity. */
	void report(String report) {
		this.report = blankToNull(report);
	}

	/** A draft goes on the agenda. */
	void publish() {
		if (this.status != ActivityStatus.DRAFT) {
			throw new IllegalStateException("only a draft is published");
		}
		this.status = ActivityStatus.PUBLISHED;
	}

	/** A published activity is cancelled; it stays on the agenda, marked as cancelled. */
	void cancel() {
		if (this.status != ActivityStatus.PUBLISHED) {
			throw new IllegalStateException("only a published activity is cancelled");
		}
		this.status = ActivityStatus.CANCELLED;
	}

	/**
	 * Raises the capacity of a published activity, or removes the limit (null).
	 * @return whether there are more seats than before
	 */
	boolean raiseCapacity(Integer newCapacity) {
		requireNotCancelled();
		if (this.capacity == null) {
			throw new IllegalStateException("an activity without a limit has no capacity to raise");
		}
		if (newCapacity != null && newCapacity <= this.capacity) {
			throw new IllegalArgumentException("a raised capacity is larger than the current one");
		}
		this.capacity = newCapacity;
		return true;
	}

	/**
	 * Whether people can register now: published, registration needed, within the
	 * registration period and before the activity starts.
	 */
	public boolean registrationOpen(Instant now) {
		return this.status == ActivityStatus.PUBLISHED && this.registrationRequired
				&& (this.registrationOpensAt == null || !now.isBefore(this.registrationOpensAt))
				&& (this.registrationClosesAt == null || now.isBefore(this.registrationClosesAt))
				&& now.isBefore(this.startsAt);
	}

	/**
	 * Whether anyone may see it on the public agenda (published or cancelled, public
	 * type).
	 */
	public boolean isPublic() {
		return this.type.isPublic() && this.status != ActivityStatus.DRAFT;
	}

	/** Whether it has ended at this moment. */
	public boolean isPast(Instant now) {
		return !this.endsAt.isAfter(now);
	}

	public Duration getDuration() {
		return Duration.between(this.startsAt, this.endsAt);
	}

	private void requireNotCancelled() {
		if (this.status == ActivityStatus.CANCELLED) {
			throw new IllegalStateException("a cancelled activity does not change");
		}
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public ActivityType getType() {
		return this.type;
	}

	public LearningNetwork getLearningNetwork() {
		return this.learningNetwork;
	}

	public String getTitle() {
		return this.title;
	}

	public String getDescription() {
		return this.description;
	}

	public Instant getStartsAt() {
		return this.startsAt;
	}

	public Instant getEndsAt() {
		return this.endsAt;
	}

	public String getAddress() {
		return this.address;
	}

	/** The online link: show it only to registrants and organisers. */
	public String getOnlineLink() {
		return this.onlineLink;
	}

	public Set<ActivityAudience> getAudiences() {
		return this.audiences;
	}

	public Set<ActivityLevel> getLevels() {
		return this.levels;
	}

	/** The number of seats, or null for no limit. */
	public Integer getCapacity() {
		return this.capacity;
	}

	public Instant getRegistrationOpensAt() {
		return this.registrationOpensAt;
	}

	public Instant getRegistrationClosesAt() {
		return this.registrationClosesAt;
	}

	public boolean isRegistrationRequired() {
		return this.registrationRequired;
	}

	public ActivityStatus getStatus() {
		return this.status;
	}

	public String getReport() {
		return this.report;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public int getVersion() {
		return this.version;
	}

	public Set<Long> getProjectIds() {
		return this.projectIds;
	}

	public Set<Long> getPartnerIds() {
		return this.partnerIds;
	}

	/** The programme in order. */
	public List<ProgrammeItem> getProgramme() {
		return this.programme;
	}

	/** The programme's workshops, each with its own capacity or none. */
	public List<ProgrammeItem> getWorkshops() {
		return this.programme.stream().filter((item) -> item.getKind() == ProgrammeKind.WORKSHOP).toList();
	}

}
