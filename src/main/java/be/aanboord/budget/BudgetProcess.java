package be.aanboord.budget;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import be.aanboord.project.Projects;
import be.aanboord.system.EditConflict;
import be.aanboord.system.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The budget process of a school year, one transaction per step: a project drafts its
 * request, the lab sets the envelope, advises, moves the year on and reopens a decision,
 * the city comments and decides, a project reports its spending. Each call loads the
 * year, checks the version the form was opened on ({@link EditConflict}), lets the
 * {@link BudgetYear} make the change (it refuses what the step does not allow with a
 * {@link BudgetRuleException}) and writes the changes it recorded into the history
 * ({@link BudgetChange}, in the same transaction: the history is the module's own
 * record). Nothing here sends mail or touches another module.
 */
@Service
@Transactional
class BudgetProcess {

	private final BudgetYearRepository years;

	private final BudgetPlanRepository plans;

	private final BudgetChangeRepository changes;

	private final BudgetCommentRepository comments;

	private final Projects projects;

	private final Clock clock;

	BudgetProcess(BudgetYearRepository years, BudgetPlanRepository plans, BudgetChangeRepository changes,
			BudgetCommentRepository comments, Projects projects, Clock clock) {
		this.projects = projects;
		this.years = years;
		this.plans = plans;
		this.changes = changes;
		this.comments = comments;
		this.clock = clock;
	}

	/**
	 * A project drafts (or changes) its request while requests are open; the request is
	 * linked to the project's action plan of the year, if there is one.
	 * @param formVersion the request's version when the form was opened (ignored for a
	 * first request)
	 * @return the year after the change
	 * @throws NotFoundException when the year has no budget
	 * @throws EditConflict when the request changed since the form was opened
	 * @throws BudgetRuleException {@code budget.rule.requestsClosed}
	 */
	BudgetYear draftRequest(int startYear, long projectId, int formVersion, BudgetLines lines, String motivation,
			String by) {
		BudgetYear year = year(startYear);
		year.requestOf(projectId)
			.ifPresent((request) -> EditConflict.check("funding request " + request.getId(), formVersion,
					request.getVersion()));
		Long actionPlanId = this.projects.actionPlanId(projectId, startYear).orElse(null);
		year.draftRequest(projectId, actionPlanId, lines, motivation, actor(by));
		return recorded(year);
	}

	/**
	 * The lab's advice for one project's request, until the advice is sent.
	 * @return the year after the change
	 * @throws NotFoundException when the year or the request does not exist
	 * @throws EditConflict when the request changed since the form was opened
	 * @throws BudgetRuleException {@code budget.rule.adviceSent}
	 */
	BudgetYear advise(int startYear, long projectId, int formVersion, BigDecimal advised, String motivation,
			String conditions, String by) {
		BudgetYear year = year(startYear);
		FundingRequest request = request(year, projectId, formVersion);
		year.advise(request, advised, motivation, conditions, actor(by));
		return recorded(year);
	}

	/**
	 * A project reports what it spent, once the city decided.
	 * @return the year after the change
	 * @throws NotFoundException when the year or the request does not exist
	 * @throws EditConflict when the request changed since the form was opened
	 * @throws BudgetRuleException {@code budget.rule.reportNotNow}
	 */
	BudgetYear reportSpending(int startYear, long projectId, int formVersion, BigDecimal spent, String report,
			String by) {
		BudgetYear year = year(startYear);
		FundingRequest request = request(year, projectId, formVersion);
		year.reportSpending(request, spent, report, actor(by));
		return recorded(year);
	}

	/**
	 * The lab opens a school year of the plan covering it with its envelope, or changes
	 * the envelope of an opened year until the city decided.
	 * @param formVersion the year's version when the form was opened (ignored when the
	 * year is opened)
	 * @return the year after the change
	 * @throws NotFoundException when no plan covers the year
	 * @throws EditConflict when the year changed since the form was opened
	 * @throws BudgetRuleException {@code budget.rule.locked}
	 */
	BudgetYear setEnvelope(int startYear, int formVersion, BigDecimal envelope, String by) {
		BudgetPlan plan = this.plans.findCovering(startYear)
			.orElseThrow(() -> new NotFoundException("no plan covers " + startYear));
		BudgetYear existing = this.years.findWithRequests(startYear).orElse(null);
		if (existing == null) {
			BudgetYear opened = BudgetYear.open(startYear, plan, envelope, LocalDate.now(this.clock), actor(by));
			List<BudgetChange> recorded = opened.takeChanges();
			BudgetYear saved = this.years.saveAndFlush(opened);
			recorded.forEach(this.changes::save);
			return saved;
		}
		EditConflict.check("budget year " + startYear, formVersion, existing.getVersion());
		existing.changeEnvelope(envelope, actor(by));
		return recorded(existing);
	}

	/**
	 * The lab moves the year to the next step: discussed, advice sent, reported or
	 * evaluated (the decision has a step of its own, {@link #decide}).
	 * @param step the step to move to, null when the request named none
	 * @throws EditConflict when the year changed since its page was opened
	 * @throws BudgetRuleException {@code budget.rule.stepOutOfOrder} and the rules of
	 * each step
	 */
	void moveTo(int startYear, int version, BudgetStep step, String by) {
		BudgetYear year = year(startYear);
		EditConflict.check("budget year " + startYear, version, year.getVersion());
		LocalDate today = LocalDate.now(this.clock);
		Actor who = actor(by);
		switch ((step != null) ? step : BudgetStep.REQUESTS_OPEN) {
			case DISCUSSED -> year.markDiscussed(today, who);
			case ADVICE_SENT -> year.sendAdvice(today, who);
			case REPORTED -> year.markReported(today, who);
			case EVALUATED -> year.markEvaluated(today, who);
			default -> throw new BudgetRuleException("budget.rule.stepOutOfOrder");
		}
		recorded(year);
	}

	/**
	 * The city's decision, an amount per request, which locks the amounts.
	 * @param decisions per request id, one for every request of the year
	 * @throws EditConflict when the year changed since the form was opened
	 * @throws BudgetRuleException {@code budget.rule.locked} (decided already),
	 * {@code budget.rule.decisionNotNow} (the advice is not sent),
	 * {@code budget.rule.decisionIncomplete}, {@code budget.rule.decisionOverEnvelope}
	 * (with the total and the envelope, formatted)
	 */
	BudgetYear decide(int startYear, int formVersion, LocalDate on, String remarks,
			Map<Long, BudgetYear.Decision> decisions, String by) {
		BudgetYear year = year(startYear);
		EditConflict.check("budget year " + startYear, formVersion, year.getVersion());
		if (year.getStep() != BudgetStep.ADVICE_SENT) {
			throw new BudgetRuleException(year.isLocked() ? "budget.rule.locked" : "budget.rule.decisionNotNow");
		}
		if (decisions.size() != year.getRequests().size()) {
			throw new BudgetRuleException("budget.rule.decisionIncomplete");
		}
		year.decide(on, remarks, decisions, actor(by));
		return recorded(year);
	}

	/**
	 * The lab reopens a decided year, with a reason that goes into the history.
	 * @throws EditConflict when the year changed since the form was opened
	 * @throws BudgetRuleException {@code budget.rule.notDecided}
	 */
	BudgetYear reopen(int startYear, int formVersion, String reason, String by) {
		BudgetYear year = year(startYear);
		EditConflict.check("budget year " + startYear, formVersion, year.getVersion());
		year.reopen(reason, actor(by));
		return recorded(year);
	}

	/**
	 * A city official's comment on one project's line of the advice (comments are only
	 * added, so there is no version to check).
	 */
	void comment(int startYear, long projectId, String text, String by) {
		Actor who = actor(by);
		this.comments.save(new BudgetComment(year(startYear).getStartYear(), projectId, who.name(), who.at(), text));
	}

	private BudgetYear year(int startYear) {
		return this.years.findWithRequests(startYear)
			.orElseThrow(() -> new NotFoundException("budget year " + startYear));
	}

	private static FundingRequest request(BudgetYear year, long projectId, int formVersion) {
		FundingRequest request = year.requestOf(projectId)
			.orElseThrow(() -> new NotFoundException("no request of project " + projectId + " in " + year.getLabel()));
		EditConflict.check("funding request " + request.getId(), formVersion, request.getVersion());
		return request;
	}

	private Actor actor(String by) {
		return new Actor(by, this.clock.instant());
	}

	private BudgetYear recorded(BudgetYear year) {
		year.takeChanges().forEach(this.changes::save);
		return year;
	}

}
