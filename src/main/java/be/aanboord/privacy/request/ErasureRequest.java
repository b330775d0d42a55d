package be.aanboord.privacy.request;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A user's request to erase what the portal holds about them (GDPR art. 17): open until
 * an administrator carries it out or refuses it with a reason. It holds the account's id,
 * never a name or an e-mail address; the user's reason is blanked when it is carried out.
 */
@Entity
class ErasureRequest {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long accountId;

	private Instant requestedAt;

	private String reason;

	@Enumerated(EnumType.STRING)
	private ErasureStatus status = ErasureStatus.OPEN;

	private Instant handledAt;

	private Long handledBy;

	private String handledByRole;

	private String note;

	@Version
	private int version;

	protected ErasureRequest() {
	}

	ErasureRequest(long accountId, Instant requestedAt, String reason) {
		this.accountId = accountId;
		this.requestedAt = requestedAt;
		this.reason = reason;
	}

	/** Carried out: the reason goes (it may name the user), who and when are kept. */
	void done(Instant at, long adminId, String adminRole) {
		handled(ErasureStatus.DONE, at, adminId, adminRole, null);
		this.reason = null;
	}

	/** Refused with a reason the user reads on their page. */
	void refuse(Instant at, long adminId, String adminRole, String note) {
		handled(ErasureStatus.REFUSED, at, adminId, adminRole, note);
	}

	private void handled(ErasureStatus status, Instant at, long adminId, String adminRole, String note) {
		if (this.status != ErasureStatus.OPEN) {
			throw new IllegalStateException("erasure request " + this.id + " was handled already");
		}
		this.status = status;
		this.handledAt = at;
		this.handledBy = adminId;
		this.handledByRole = adminRole;
		this.note = note;
	}

	public Long getId() {
		return this.id;
	}

	public long getAccountId() {
		return this.accountId;
	}

	public Instant getRequestedAt() {
		return this.requestedAt;
	}

	public String getReason() {
		return this.reason;
	}

	public ErasureStatus getStatus() {
		return this.status;
	}

	public boolean isOpen() {
		return this.status == ErasureStatus.OPEN;
	}

	public Instant getHandledAt() {
		return this.handledAt;
	}

	public Long getHandledBy() {
		return this.handledBy;
	}

	public String getHandledByRole() {
		return this.handledByRole;
	}

	public String getNote() {
		return this.note;
	}

	public int getVersion() {
		return this.version;
	}

}
