package be.aanboord.agenda.registration;

/** What happened to registrations, handled after commit (mails). */
public final class RegistrationEvents {

	private RegistrationEvents() {
	}

	/** A seat was given. */
	public record Confirmed(long registrationId) {
	}

	/** The activity was full: a place on the waiting list. */
	public record Waitlisted(long registrationId) {
	}

	/** Someone waiting got a seat. */
	public record Promoted(long registrationId) {
	}

	/** A registrant gave up their seat or place. */
	public record Cancelled(long registrationId) {
	}

	/** The same address registered again: its personal link is sent once more. */
	public record LinkRequested(long registrationId) {
	}

	/** The organisers wrote to everyone registered. */
	public record Messaged(long activityId, String subject, String body) {
	}

	/** Someone asked for a copy or erasure of their data. */
	public record DataRequested(String email) {
	}

}
