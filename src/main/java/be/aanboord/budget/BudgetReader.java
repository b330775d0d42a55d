package be.aanboord.budget;

import java.util.EnumSet;
import java.util.Set;

import be.aanboord.account.CurrentUser;
import be.aanboord.account.Role;

/**
 * Who reads the budget advice, and which school years they may read in full.
 *
 * <p>
 * The process (DOMAIN.md, "Budgets and the advice to the city"; README, "Budget advice to
 * the city") runs requests → discussed → advice sent → decision → report → evaluation.
 * Until the lab sends its advice, the requests are the projects' work in progress and the
 * advice is the lab's: the city sees nothing of them. So the lab ({@link Role#ADMIN})
 * reads every year, and every other reader (the city) reads a year's requests, advice,
 * comments, prints and the history of its amounts only from the step
 * {@link BudgetStep#ADVICE_SENT} on; a year the lab reopened is hidden again until the
 * advice is sent anew. Of a hidden year the city sees its label, step and envelope (the
 * envelope is the city's own figure in its multi-year plan).
 */
enum BudgetReader {

	/** The lab: every step of every year. */
	LAB(EnumSet.allOf(BudgetStep.class)),

	/** The city (and anyone else who is not the lab): years whose advice is sent. */
	CITY(EnumSet.range(BudgetStep.ADVICE_SENT, BudgetStep.EVALUATED));

	private final Set<BudgetStep> steps;

	BudgetReader(Set<BudgetStep> steps) {
		this.steps = steps;
	}

	static BudgetReader of(CurrentUser user) {
		return user.hasRole(Role.ADMIN) ? LAB : CITY;
	}

	/** The steps in which this reader may read a year in full, for the queries. */
	Set<BudgetStep> steps() {
		return this.steps;
	}

	boolean mayRead(BudgetYear year) {
		return this.steps.contains(year.getStep());
	}

}
