package be.aanboord.budget;

import be.aanboord.project.Projects.ProjectSummary;

/**
 * A coordinator's project in one school year, with its request if there is one (the
 * budget overview's "my requests").
 */
record BudgetLine(BudgetYear year, ProjectSummary project, FundingRequest request) {

	/**
	 * Whether the coordinator may still draft the request (the year's requests are open).
	 */
	public boolean canDraft() {
		return this.year.getStep() == BudgetStep.REQUESTS_OPEN;
	}

	/** Whether the coordinator may report the spending (the city decided). */
	public boolean canReport() {
		return this.request != null && this.year.getStep() == BudgetStep.DECIDED;
	}

}
