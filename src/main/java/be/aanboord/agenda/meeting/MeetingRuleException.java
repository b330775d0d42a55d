package be.aanboord.agenda.meeting;

/** A change a meeting's record does not allow now; the message is a message key. */
class MeetingRuleException extends RuntimeException {

	MeetingRuleException(String messageKey) {
		super(messageKey);
	}

	String getMessageKey() {
		return getMessage();
	}

}
