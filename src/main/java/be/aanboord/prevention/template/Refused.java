package be.aanboord.prevention.template;

/**
 * A change to the template that is refused before anything is saved, with the Dutch
 * message to show: a change to a published version ({@link #READ_ONLY}: a published
 * version never changes, plans keep the version they started from), or publishing a draft
 * without goals ({@link #NO_GOALS}).
 */
class Refused extends RuntimeException {

	/** A published version never changes. */
	static final String READ_ONLY = "prevention.template.readOnly";

	/** A version without goals is not published. */
	static final String NO_GOALS = "prevention.template.publish.noGoals";

	private final String messageKey;

	Refused(String messageKey, String what) {
		super(what);
		this.messageKey = messageKey;
	}

	/** The message code of the refusal, in the template bundle. */
	String messageKey() {
		return this.messageKey;
	}

}
