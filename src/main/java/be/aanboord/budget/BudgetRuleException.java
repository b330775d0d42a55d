package be.aanboord.budget;

/**
 * A change the decision process does not allow now (an advice after it was sent, an
 * amount after the decision, a step out of order); the message is a message key.
 */
class BudgetRuleException extends RuntimeException {

	private final transient Object[] arguments;

	BudgetRuleException(String messageKey, Object... arguments) {
		super(messageKey);
		this.arguments = arguments;
	}

	String getMessageKey() {
		return getMessage();
	}

	Object[] getArguments() {
		return this.arguments;
	}

}
