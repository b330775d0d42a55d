package be.aanboord.budget;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

/**
 * A project's funding request for one school year (amount, budget lines, motivation),
 * with the lab's advice, the city's decision and the spending reported afterwards. Its
 * amounts change only through its {@link BudgetYear}, which knows the step of the
 * process.
 */
@Entity
public class FundingRequest {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "school_year")
	private BudgetYear year;

	/** The project (module project, by id; names through {@code project.Projects}). */
	@Column(name = "project_id")
	private Long projectId;

	private Long actionPlanId;

	private BigDecimal requested;

	private BigDecimal personnel;

	private BigDecimal operations;

	private BigDecimal training;

	private BigDecimal other;

	private String motivation;

	private BigDecimal advised;

	private String adviceMotivation;

	private String adviceConditions;

	private BigDecimal decided;

	private String decisionRemarks;

	private BigDecimal spent;

	private String spendingReport;

	@Version
	private int version;

	protected FundingRequest() {
	}

	FundingRequest(BudgetYear year, long projectId, Long actionPlanId) {
		this.year = year;
		this.projectId = projectId;
		this.actionPlanId = actionPlanId;
		this.requested = Money.sum();
		this.personnel = Money.sum();
		this.operations = Money.sum();
		this.training = Money.sum();
		this.other = Money.sum();
	}

	void draft(BudgetLines lines, String motivation) {
		this.requested = lines.total();
		this.personnel = lines.personnel();
		this.operations = lines.operations();
		this.training = lines.training();
		this.other = lines.other();
		this.motivation = motivation;
	}

	void advise(BigDecimal advised, String motivation, String conditions) {
		this.advised = advised;
		this.adviceMotivation = motivation;
		this.adviceConditions = conditions;
	}

	void decide(BigDecimal decided, String remarks) {
		this.decided = decided;
		this.decisionRemarks = remarks;
	}

	void report(BigDecimal spent, String report) {
		this.spent = spent;
		this.spendingReport = report;
	}

	public Long getId() {
		return this.id;
	}

	public BudgetYear getYear() {
		return this.year;
	}

	public Long getProjectId() {
		return this.projectId;
	}

	public Long getActionPlanId() {
		return this.actionPlanId;
	}

	public BigDecimal getRequested() {
		return this.requested;
	}

	public BigDecimal getPersonnel() {
		return this.personnel;
	}

	public BigDecimal getOperations() {
		return this.operations;
	}

	public BigDecimal getTraining() {
		return this.training;
	}

	public BigDecimal getOther() {
		return this.other;
	}

	public BudgetLines getLines() {
		return new BudgetLines(this.personnel, this.operations, this.training, this.other);
	}

	public String getMotivation() {
		return this.motivation;
	}

	public BigDecimal getAdvised() {
		return this.advised;
	}

	public String getAdviceMotivation() {
		return this.adviceMotivation;
	}

	public String getAdviceConditions() {
		return this.adviceConditions;
	}

	public BigDecimal getDecided() {
		return this.decided;
	}

	public String getDecisionRemarks() {
		return this.decisionRemarks;
	}

	public BigDecimal getSpent() {
		return this.spent;
	}

	public String getSpendingReport() {
		return this.spendingReport;
	}

	public int getVersion() {
		return this.version;
	}

}
