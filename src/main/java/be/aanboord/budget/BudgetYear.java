package be.aanboord.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import be.aanboord.project.SchoolYear;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

/**
 * One school year of the budget: the envelope, the funding requests of the projects and
 * the step of the decision process. Every change of an amount or a state goes through
 * here, is checked against the step, and is written to the history.
 */
@Entity
@Table(name = "budget_year")
public class BudgetYear {

	@Id
	@Column(name = "school_year")
	private Integer startYear;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private BudgetPlan plan;

	private BigDecimal envelope;

	@Enumerated(EnumType.STRING)
	private BudgetStep step;

	private LocalDate openedOn;

	private LocalDate discussedOn;

	/**
	 * The lab meeting (an activity of the agenda, by id) where the requests were
	 * discussed.
	 */
	private Long discussedMeetingId;

	private LocalDate adviceSentOn;

	private LocalDate decidedOn;

	private LocalDate reportedOn;

	private LocalDate evaluatedOn;

	private String decisionRemarks;

	private String note;

	@OneToMany(mappedBy = "year", cascade = jakarta.persistence.CascadeType.PERSIST)
	private List<FundingRequest> requests = new ArrayList<>();

	@Version
	private int version;

	@Transient
	private List<BudgetChange> recorded = new ArrayList<>();

	protected BudgetYear() {
	}

	BudgetYear(int startYear, BudgetPlan plan, BigDecimal envelope, LocalDate openedOn) {
		this.startYear = startYear;
		this.plan = plan;
		this.envelope = envelope;
		this.step = BudgetStep.REQUESTS_OPEN;
		this.openedOn = openedOn;
	}

	// ---- requests -------------------------------------------------------------------

	/**
	 * Drafts (or changes) a project's request while requests are open.
	 * @return the request
	 */
	FundingRequest draftRequest(long projectId, Long actionPlanId, BudgetLines lines, String motivation, Actor who) {
		if (this.step != BudgetStep.REQUESTS_OPEN) {
			throw new BudgetRuleException("budget.rule.requestsClosed");
		}
		FundingRequest request = requestOf(projectId).orElseGet(() -> {
			FundingRequest created = new FundingRequest(this, projectId, actionPlanId);
			this.requests.add(created);
			return created;
		});
		record(who, projectId, "requested", request.getId() == null ? null : request.getRequested(), lines.total(),
				null);
		request.draft(lines, motivation);
		return request;
	}

	/** The lab's advice for one project, until the advice is sent. */
	void advise(FundingRequest request, BigDecimal advised, String motivation, String conditions, Actor who) {
		owns(request);
		if (this.step.isAtLeast(BudgetStep.ADVICE_SENT)) {
			throw new BudgetRuleException("budget.rule.adviceSent");
		}
		record(who, request.getProjectId(), "advised", request.getAdvised(), advised, null);
		request.advise(advised, motivation, conditions);
	}

	/** The spending a project reports after the decision. */
	void reportSpending(FundingRequest request, BigDecimal spent, String report, Actor who) {
		owns(request);
		if (this.step != BudgetStep.DECIDED) {
			throw new BudgetRuleException("budget.rule.reportNotNow");
		}
		record(who, request.getProjectId(), "spent", request.getSpent(), spent, null);
		request.report(spent, report);
	}

	/** Sets the envelope of the year, until the city decided. */
	void changeEnvelope(BigDecimal envelope, Actor who) {
		if (isLocked()) {
			throw new BudgetRuleException("budget.rule.locked");
		}
		record(who, null, "envelope", this.envelope, envelope, null);
		this.envelope = envelope;
	}

	/** A new school year of a plan, with requests open, as recorded in the history. */
	static BudgetYear open(int startYear, BudgetPlan plan, BigDecimal envelope, LocalDate on, Actor who) {
		BudgetYear year = new BudgetYear(startYear, plan, envelope, on);
		year.record(who, null, "envelope", null, envelope, null);
		return year;
	}

	// ---- the process ----------------------------------------------------------------

	/** The lab discussed the requests at a meeting. */
	void markDiscussed(LocalDate on, Actor who) {
		expect(BudgetStep.REQUESTS_OPEN);
		if (this.requests.isEmpty()) {
			throw new BudgetRuleException("budget.rule.noRequests");
		}
		this.discussedOn = on;
		moveTo(BudgetStep.DISCUSSED, who, null);
	}

	/**
	 * The lab discussed the requests at a meeting of the agenda (the budget keeps only
	 * its id): a year whose requests are open moves to the step discussed; a year
	 * discussed already records the meeting.
	 */
	void discussedAt(long meetingId, LocalDate on, Actor who) {
		if (this.step == BudgetStep.REQUESTS_OPEN) {
			markDiscussed(on, who);
		}
		else {
			expect(BudgetStep.DISCUSSED);
		}
		this.discussedMeetingId = meetingId;
	}

	/** The lab sends its advice: from now on the advice cannot change. */
	void sendAdvice(LocalDate on, Actor who) {
		expect(BudgetStep.DISCUSSED);
		if (this.requests.stream().anyMatch((request) -> request.getAdvised() == null)) {
			throw new BudgetRuleException("budget.rule.adviceIncomplete");
		}
		this.adviceSentOn = on;
		moveTo(BudgetStep.ADVICE_SENT, who, null);
	}

	/**
	 * The city's decision: an amount (and remarks) per project, on a date. Locks the
	 * amounts. The total may not exceed the envelope.
	 */
	void decide(LocalDate on, String remarks, Map<Long, Decision> perRequest, Actor who) {
		expect(BudgetStep.ADVICE_SENT);
		BigDecimal total = Money.sum();
		for (FundingRequest request : this.requests) {
			Decision decision = perRequest.get(request.getId());
			if (decision == null || decision.amount() == null) {
				throw new BudgetRuleException("budget.rule.decisionIncomplete");
			}
			total = total.add(decision.amount());
		}
		if (total.compareTo(this.envelope) > 0) {
			throw new BudgetRuleException("budget.rule.decisionOverEnvelope", new Money().format(total),
					new Money().format(this.envelope));
		}
		for (FundingRequest request : this.requests) {
			Decision decision = perRequest.get(request.getId());
			record(who, request.getProjectId(), "decided", request.getDecided(), decision.amount(), null);
			request.decide(decision.amount(), decision.remarks());
		}
		this.decidedOn = on;
		this.decisionRemarks = remarks;
		moveTo(BudgetStep.DECIDED, who, null);
	}

	/**
	 * Reopens a decided year (only the lab may, with a reason): the advice can be amended
	 * and sent again, and the city decides anew.
	 */
	void reopen(String reason, Actor who) {
		if (!this.step.isAtLeast(BudgetStep.DECIDED)) {
			throw new BudgetRuleException("budget.rule.notDecided");
		}
		if (reason == null || reason.isBlank()) {
			throw new BudgetRuleException("budget.rule.reasonRequired");
		}
		this.adviceSentOn = null;
		this.decidedOn = null;
		this.reportedOn = null;
		this.evaluatedOn = null;
		moveTo(BudgetStep.DISCUSSED, who, reason.strip());
	}

	/** The projects reported on content and finances. */
	void markReported(LocalDate on, Actor who) {
		expect(BudgetStep.DECIDED);
		if (this.requests.stream().anyMatch((request) -> request.getSpent() == null)) {
			throw new BudgetRuleException("budget.rule.reportsIncomplete");
		}
		this.reportedOn = on;
		moveTo(BudgetStep.REPORTED, who, null);
	}

	/** The lab evaluated the year. */
	void markEvaluated(LocalDate on, Actor who) {
		expect(BudgetStep.REPORTED);
		this.evaluatedOn = on;
		moveTo(BudgetStep.EVALUATED, who, null);
	}

	/** The changes made since the last call, to be stored in the history. */
	List<BudgetChange> takeChanges() {
		List<BudgetChange> changes = List.copyOf(this.recorded);
		this.recorded.clear();
		return changes;
	}

	private void expect(BudgetStep expected) {
		if (this.step != expected) {
			throw new BudgetRuleException("budget.rule.stepOutOfOrder");
		}
	}

	private void moveTo(BudgetStep next, Actor who, String reason) {
		this.recorded.add(new BudgetChange(this.startYear, null, who.at(), who.name(), "step", this.step.name(),
				next.name(), reason));
		this.step = next;
	}

	private void record(Actor who, Long projectId, String what, BigDecimal before, BigDecimal after, String reason) {
		if (before != null && after != null && before.compareTo(after) == 0) {
			return;
		}
		this.recorded.add(new BudgetChange(this.startYear, projectId, who.at(), who.name(), what,
				(before != null) ? Money.plain(before) : null, (after != null) ? Money.plain(after) : null, reason));
	}

	private void owns(FundingRequest request) {
		if (!this.requests.contains(request)) {
			throw new IllegalArgumentException("request of another year");
		}
	}

	// ---- reading --------------------------------------------------------------------

	public Optional<FundingRequest> requestOf(long projectId) {
		return this.requests.stream().filter((r) -> Objects.equals(r.getProjectId(), projectId)).findFirst();
	}

	/**
	 * The requests, in no particular order (the projects' order is the project module's:
	 * see {@link BudgetProjects#inOrder}).
	 */
	public List<FundingRequest> getRequests() {
		return List.copyOf(this.requests);
	}

	public BigDecimal totalRequested() {
		return total(FundingRequest::getRequested);
	}

	public BigDecimal totalAdvised() {
		return total(FundingRequest::getAdvised);
	}

	public BigDecimal totalDecided() {
		return total(FundingRequest::getDecided);
	}

	public BigDecimal totalSpent() {
		return total(FundingRequest::getSpent);
	}

	BigDecimal total(Function<FundingRequest, BigDecimal> amount) {
		return this.requests.stream().map(amount).filter(Objects::nonNull).reduce(Money.sum(), BigDecimal::add);
	}

	/** Whether an amount exceeds the envelope. */
	public boolean exceedsEnvelope(BigDecimal amount) {
		return amount.compareTo(this.envelope) > 0;
	}

	/** Whether the lab can still change its advice. */
	public boolean isAdviceOpen() {
		return this.step.isBefore(BudgetStep.ADVICE_SENT);
	}

	public boolean isLocked() {
		return this.step.isAtLeast(BudgetStep.DECIDED);
	}

	/** The date each step was reached, null for steps not reached. */
	public LocalDate dateOf(BudgetStep of) {
		return switch (of) {
			case REQUESTS_OPEN -> this.openedOn;
			case DISCUSSED -> this.discussedOn;
			case ADVICE_SENT -> this.adviceSentOn;
			case DECIDED -> this.decidedOn;
			case REPORTED -> this.reportedOn;
			case EVALUATED -> this.evaluatedOn;
		};
	}

	public boolean reached(BudgetStep of) {
		return this.step.isAtLeast(of);
	}

	public Integer getStartYear() {
		return this.startYear;
	}

	public SchoolYear getSchoolYear() {
		return new SchoolYear(this.startYear);
	}

	public String getLabel() {
		return getSchoolYear().getLabel();
	}

	public BudgetPlan getPlan() {
		return this.plan;
	}

	public BigDecimal getEnvelope() {
		return this.envelope;
	}

	/** The lab meeting where the requests were discussed, or null. */
	public Long getDiscussedMeetingId() {
		return this.discussedMeetingId;
	}

	public BudgetStep getStep() {
		return this.step;
	}

	public LocalDate getDecidedOn() {
		return this.decidedOn;
	}

	public String getDecisionRemarks() {
		return this.decisionRemarks;
	}

	public String getNote() {
		return this.note;
	}

	public int getVersion() {
		return this.version;
	}

	/** The city's decision for one project. */
	record Decision(BigDecimal amount, String remarks) {
	}

}
