package be.aanboord.budget;

/**
 * The steps of the decision process of one school year (the lab's "processchema
 * besluitvorming"), in order.
 */
public enum BudgetStep {

	/** Projects draft their funding requests. */
	REQUESTS_OPEN,
	/** The lab discussed the requests in a meeting; the advice is being written. */
	DISCUSSED,
	/** The lab sent its advice to the city: the advice can no longer change. */
	ADVICE_SENT,
	/** The city decided: the amounts are locked. */
	DECIDED,
	/** The projects reported on content and finances. */
	REPORTED,
	/** The lab evaluated the year. */
	EVALUATED;

	boolean isBefore(BudgetStep other) {
		return ordinal() < other.ordinal();
	}

	boolean isAtLeast(BudgetStep other) {
		return ordinal() >= other.ordinal();
	}

}
