package be.aanboord.agenda;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import be.aanboord.school.LearningNetwork;
import be.aanboord.system.Formats;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The organiser's form for an activity, for creating and editing alike: its content,
 * times in Brussels time, place, audience, registration and programme. The programme rows
 * whose title is left empty are not saved.
 */
public class ActivityForm {

	/** Empty programme rows offered on the form (without JavaScript). */
	static final int EMPTY_ROWS = 2;

	private int version;

	@NotBlank
	@Size(max = 200)
	private String title;

	@NotNull
	private ActivityType type;

	private LearningNetwork learningNetwork;

	@Size(max = 20000)
	private String description = "";

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startDate;

	@NotNull
	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime startTime;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endDate;

	@NotNull
	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime endTime;

	@Size(max = 300)
	private String address;

	@Size(max = 500)
	private String onlineLink;

	private Set<ActivityAudience> audiences = new LinkedHashSet<>();

	private Set<ActivityLevel> levels = new LinkedHashSet<>();

	@Positive
	@Max(100000)
	private Integer capacity;

	private boolean registrationRequired = true;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate registrationOpensOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate registrationClosesOn;

	@NotEmpty
	private List<Long> projectIds = new ArrayList<>();

	private List<Long> partnerIds = new ArrayList<>();

	@Valid
	private List<ProgrammeRow> programme = new ArrayList<>();

	/** The form filled with an activity as it is. */
	static ActivityForm from(Activity activity) {
		ActivityForm form = new ActivityForm();
		form.version = activity.getVersion();
		form.title = activity.getTitle();
		form.type = activity.getType();
		form.learningNetwork = activity.getLearningNetwork();
		form.description = activity.getDescription();
		ZonedDateTime starts = activity.getStartsAt().atZone(Formats.BRUSSELS);
		ZonedDateTime ends = activity.getEndsAt().atZone(Formats.BRUSSELS);
		form.startDate = starts.toLocalDate();
		form.startTime = starts.toLocalTime();
		form.endDate = ends.toLocalDate().equals(form.startDate) ? null : ends.toLocalDate();
		form.endTime = ends.toLocalTime();
		form.address = activity.getAddress();
		form.onlineLink = activity.getOnlineLink();
		form.audiences = new LinkedHashSet<>(activity.getAudiences());
		form.levels = new LinkedHashSet<>(activity.getLevels());
		form.capacity = activity.getCapacity();
		form.registrationRequired = activity.isRegistrationRequired();
		form.registrationOpensOn = (activity.getRegistrationOpensAt() != null)
				? activity.getRegistrationOpensAt().atZone(Formats.BRUSSELS).toLocalDate() : null;
		form.registrationClosesOn = (activity.getRegistrationClosesAt() != null)
				? activity.getRegistrationClosesAt().atZone(Formats.BRUSSELS).toLocalDate().minusDays(1) : null;
		form.projectIds = new ArrayList<>(activity.getProjectIds());
		form.partnerIds = new ArrayList<>(activity.getPartnerIds());
		for (ProgrammeItem item : activity.getProgramme()) {
			form.programme.add(ProgrammeRow.from(item));
		}
		return form;
	}

	/** Adds empty rows so that the form offers room for new programme items. */
	ActivityForm withEmptyRows(int count) {
		for (int i = 0; i < count; i++) {
			this.programme.add(new ProgrammeRow());
		}
		return this;
	}

	/** The programme rows to save: those with a title and not marked for removal. */
	List<ProgrammeRow> filledRows() {
		return this.programme.stream().filter((row) -> !row.isRemove() && !row.isEmpty()).toList();
	}

	/** The day the activity ends: its own end date, or the start date. */
	LocalDate lastDate() {
		return (this.endDate != null) ? this.endDate : this.startDate;
	}

	Set<ActivityAudience> audienceSet() {
		return this.audiences.isEmpty() ? EnumSet.noneOf(ActivityAudience.class) : EnumSet.copyOf(this.audiences);
	}

	Set<ActivityLevel> levelSet() {
		return this.levels.isEmpty() ? EnumSet.noneOf(ActivityLevel.class) : EnumSet.copyOf(this.levels);
	}

	/** A row of the programme on the form; its date is the activity's start date. */
	public static class ProgrammeRow {

		private Long id;

		private ProgrammeKind kind;

		@DateTimeFormat(pattern = "HH:mm")
		private LocalTime startTime;

		@DateTimeFormat(pattern = "HH:mm")
		private LocalTime endTime;

		@Size(max = 200)
		private String title;

		@Size(max = 300)
		private String speakers;

		@Positive
		@Max(100000)
		private Integer capacity;

		private boolean remove;

		static ProgrammeRow from(ProgrammeItem item) {
			ProgrammeRow row = new ProgrammeRow();
			row.id = item.getId();
			row.kind = item.getKind();
			row.startTime = item.getStartsAt().atZone(Formats.BRUSSELS).toLocalTime();
			row.endTime = item.getEndsAt().atZone(Formats.BRUSSELS).toLocalTime();
			row.title = item.getTitle();
			row.speakers = item.getSpeakers();
			row.capacity = item.getCapacity();
			return row;
		}

		boolean isEmpty() {
			return this.title == null || this.title.isBlank();
		}

		public Long getId() {
			return this.id;
		}

		public void setId(Long id) {
			this.id = id;
		}

		public ProgrammeKind getKind() {
			return this.kind;
		}

		public void setKind(ProgrammeKind kind) {
			this.kind = kind;
		}

		public LocalTime getStartTime() {
			return this.startTime;
		}

		public void setStartTime(LocalTime startTime) {
			this.startTime = startTime;
		}

		public LocalTime getEndTime() {
			return this.endTime;
		}

		public void setEndTime(LocalTime endTime) {
			this.endTime = endTime;
		}

		public String getTitle() {
			return this.title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public String getSpeakers() {
			return this.speakers;
		}

		public void setSpeakers(String speakers) {
			this.speakers = speakers;
		}

		public Integer getCapacity() {
			return this.capacity;
		}

		public void setCapacity(Integer capacity) {
			this.capacity = capacity;
		}

		public boolean isRemove() {
			return this.remove;
		}

		public void setRemove(boolean remove) {
			this.remove = remove;
		}

	}

	public int getVersion() {
		return this.version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public ActivityType getType() {
		return this.type;
	}

	public void setType(ActivityType type) {
		this.type = type;
	}

	public LearningNetwork getLearningNetwork() {
		return this.learningNetwork;
	}

	public void setLearningNetwork(LearningNetwork learningNetwork) {
		this.learningNetwork = learningNetwork;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public void setStartDate(LocalDate startDate) {
		this.startDate = startDate;
	}

	public LocalTime getStartTime() {
		return this.startTime;
	}

	public void setStartTime(LocalTime startTime) {
		this.startTime = startTime;
	}

	public LocalDate getEndDate() {
		return this.endDate;
	}

	public void setEndDate(LocalDate endDate) {
		this.endDate = endDate;
	}

	public LocalTime getEndTime() {
		return this.endTime;
	}

	public void setEndTime(LocalTime endTime) {
		this.endTime = endTime;
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getOnlineLink() {
		return this.onlineLink;
	}

	public void setOnlineLink(String onlineLink) {
		this.onlineLink = onlineLink;
	}

	public Set<ActivityAudience> getAudiences() {
		return this.audiences;
	}

	public void setAudiences(Set<ActivityAudience> audiences) {
		this.audiences = (audiences != null) ? audiences : new LinkedHashSet<>();
	}

	public Set<ActivityLevel> getLevels() {
		return this.levels;
	}

	public void setLevels(Set<ActivityLevel> levels) {
		this.levels = (levels != null) ? levels : new LinkedHashSet<>();
	}

	public Integer getCapacity() {
		return this.capacity;
	}

	public void setCapacity(Integer capacity) {
		this.capacity = capacity;
	}

	public boolean isRegistrationRequired() {
		return this.registrationRequired;
	}

	public void setRegistrationRequired(boolean registrationRequired) {
		this.registrationRequired = registrationRequired;
	}

	public LocalDate getRegistrationOpensOn() {
		return this.registrationOpensOn;
	}

	public void setRegistrationOpensOn(LocalDate registrationOpensOn) {
		this.registrationOpensOn = registrationOpensOn;
	}

	public LocalDate getRegistrationClosesOn() {
		return this.registrationClosesOn;
	}

	public void setRegistrationClosesOn(LocalDate registrationClosesOn) {
		this.registrationClosesOn = registrationClosesOn;
	}

	public List<Long> getProjectIds() {
		return this.projectIds;
	}

	public void setProjectIds(List<Long> projectIds) {
		this.projectIds = (projectIds != null) ? projectIds : new ArrayList<>();
	}

	public List<Long> getPartnerIds() {
		return this.partnerIds;
	}

	public void setPartnerIds(List<Long> partnerIds) {
		this.partnerIds = (partnerIds != null) ? partnerIds : new ArrayList<>();
	}

	public List<ProgrammeRow> getProgramme() {
		return this.programme;
	}

	public void setProgramme(List<ProgrammeRow> programme) {
		this.programme = (programme != null) ? programme : new ArrayList<>();
	}

}
