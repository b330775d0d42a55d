package be.aanboord.agenda;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A part of an activity's programme (plenary part, break, keynote, lunch, workshop) with
 * its own times and speakers; a workshop may have a capacity of its own. Part of the
 * {@link Activity} aggregate, changed only through it.
 */
@Entity
@Table(name = "activity_programme_item")
public class ProgrammeItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int position;

	@Enumerated(EnumType.STRING)
	private ProgrammeKind kind;

	private Instant startsAt;

	private Instant endsAt;

	private String title;

	private String speakers;

	private Integer capacity;

	@Version
	private int version;

	protected ProgrammeItem() {
	}

	public ProgrammeItem(ProgrammeKind kind, Instant startsAt, Instant endsAt, String title, String speakers,
			Integer capacity) {
		change(kind, startsAt, endsAt, title, speakers, capacity);
	}

	/** Changes the item; only a workshop keeps a capacity. */
	void change(ProgrammeKind kind, Instant startsAt, Instant endsAt, String title, String speakers, Integer capacity) {
		if (endsAt.isBefore(startsAt)) {
			throw new IllegalArgumentException("a programme item does not end before it starts");
		}
		if (capacity != null && capacity <= 0) {
			throw new IllegalArgumentException("a capacity is positive");
		}
		this.kind = kind;
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		this.title = title;
		this.speakers = (speakers == null || speakers.isBlank()) ? null : speakers.strip();
		this.capacity = (kind == ProgrammeKind.WORKSHOP) ? capacity : null;
	}

	void moveTo(int position) {
		this.position = position;
	}

	public Long getId() {
		return this.id;
	}

	public int getPosition() {
		return this.position;
	}

	public ProgrammeKind getKind() {
		return this.kind;
	}

	public Instant getStartsAt() {
		return this.startsAt;
	}

	public Instant getEndsAt() {
		return this.endsAt;
	}

	public String getTitle() {
		return this.title;
	}

	public String getSpeakers() {
		return this.speakers;
	}

	/** A workshop's own number of seats, or null for no limit of its own. */
	public Integer getCapacity() {
		return this.capacity;
	}

	public int getVersion() {
		return this.version;
	}

}
