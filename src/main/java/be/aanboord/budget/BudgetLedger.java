package be.aanboord.budget;

import java.time.Clock;
import java.time.LocalDate;

import be.aanboord.account.CurrentUser;
import be.aanboord.account.Role;
import be.aanboord.project.Project;
import be.aanboord.project.ProjectRepository;
import be.aanboord.system.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * Loads what a change to the budget needs (the school year, the project within the user's
 * scope) and writes the changes an aggregate recorded into the history.
 */
@Component
class BudgetLedger {

	private final BudgetYearRepository years;

	private final BudgetChangeRepository changes;

	private final ProjectRepository projects;

	private final Clock clock;

	BudgetLedger(BudgetYearRepository years, BudgetChangeRepository changes, ProjectRepository projects, Clock clock) {
		this.years = years;
		this.changes = changes;
		this.projects = projects;
		this.clock = clock;
	}

	BudgetYear year(String label) {
		int startYear = BudgetController.startYear(label);
		return this.years.findWithRequests(startYear).orElseThrow(() -> new NotFoundException("budget year " + label));
	}

	/**
	 * A project by its slug; a coordinator only gets their own projects (others are not
	 * found).
	 */
	Project project(String slug, CurrentUser user) {
		Project project = this.projects.findBySlug(slug).orElseThrow(() -> new NotFoundException("project " + slug));
		if (!user.hasRole(Role.ADMIN) && !user.hasRole(Role.CITY) && !user.getProjectIds().contains(project.getId())) {
			throw new NotFoundException("project " + slug + " is not in the user's scope");
		}
		return project;
	}

	/** The request of a project in a year, or 404. */
	FundingRequest request(BudgetYear year, Project project) {
		return year.requestOf(project.getId())
			.orElseThrow(() -> new NotFoundException("no request of " + project.getCode() + " in " + year.getLabel()));
	}

	Actor actor(CurrentUser user) {
		return new Actor(user.getDisplayName(), this.clock.instant());
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** Writes the changes the year recorded into the history. */
	void record(BudgetYear year) {
		record(year.takeChanges());
	}

	void record(java.util.List<BudgetChange> recorded) {
		recorded.forEach(this.changes::save);
	}

	Long actionPlanId(Project project, BudgetYear year) {
		return this.years.findActionPlanId(project.getId(), year.getStartYear()).orElse(null);
	}

}
