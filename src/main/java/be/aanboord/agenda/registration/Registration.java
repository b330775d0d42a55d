package be.aanboord.agenda.registration;

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
 * One person's registration for an activity, without an account: a seat, a place on the
 * waiting list (in order of registration, by id) or cancelled. It holds an adult's
 * personal data for the purpose of organising the activity only, until it is anonymised
 * (retention) or erased on request.
 */
@Entity
@Table(name = "activity_registration")
public class Registration {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long activityId;

	private Long workshopId;

	private String name;

	private String email;

	private String organisation;

	private String jobFunction;

	@Enumerated(EnumType.STRING)
	private RegistrationStatus status;

	private Instant registeredAt;

	private Instant consentedAt;

	private Instant cancelledAt;

	private Boolean attended;

	private Instant anonymisedAt;

	@Version
	private int version;

	protected Registration() {
	}

	Registration(long activityId, Long workshopId, String name, String email, String organisation, String jobFunction,
			RegistrationStatus status, Instant now) {
		this.activityId = activityId;
		this.workshopId = workshopId;
		this.name = name;
		this.email = email;
		this.organisation = organisation;
		this.jobFunction = jobFunction;
		this.status = status;
		this.registeredAt = now;
		this.consentedAt = now;
	}

	/** Takes the seat given up by someone else. */
	void promote() {
		if (this.status != RegistrationStatus.WAITING) {
			throw new IllegalStateException("Only a waiting registration is promoted");
		}
		this.status = RegistrationStatus.CONFIRMED;
	}

	/**
	 * Gives up the seat or the place on the waiting list.
	 * @return whether it held a seat (which someone waiting may now take)
	 */
	boolean cancel(Instant now) {
		boolean heldSeat = this.status == RegistrationStatus.CONFIRMED;
		if (this.status != RegistrationStatus.CANCELLED) {
			this.status = RegistrationStatus.CANCELLED;
			this.cancelledAt = now;
		}
		return heldSeat;
	}

	void markAttended(boolean attended) {
		this.attended = attended;
	}

	/** Removes everything that identifies the person; the figures stay. */
	void anonymise(Instant now) {
		this.name = null;
		this.email = null;
		this.organisation = null;
		this.jobFunction = null;
		this.anonymisedAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public long getActivityId() {
		return this.activityId;
	}

	public Long getWorkshopId() {
		return this.workshopId;
	}

	public String getName() {
		return this.name;
	}

	public String getEmail() {
		return this.email;
	}

	public String getOrganisation() {
		return this.organisation;
	}

	public String getJobFunction() {
		return this.jobFunction;
	}

	public RegistrationStatus getStatus() {
		return this.status;
	}

	public Instant getRegisteredAt() {
		return this.registeredAt;
	}

	public Instant getConsentedAt() {
		return this.consentedAt;
	}

	public Instant getCancelledAt() {
		return this.cancelledAt;
	}

	public Boolean getAttended() {
		return this.attended;
	}

	public boolean isConfirmed() {
		return this.status == RegistrationStatus.CONFIRMED;
	}

	public boolean isWaiting() {
		return this.status == RegistrationStatus.WAITING;
	}

	public boolean isCancelled() {
		return this.status == RegistrationStatus.CANCELLED;
	}

	public int getVersion() {
		return this.version;
	}

}
