package be.aanboord.budget;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * One change of an amount or a state of a school year's budget: who, when, what, old →
 * new. Append-only (the database refuses updates and deletes).
 */
@Entity
@Immutable
@Table(name = "budget_change")
class BudgetChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "school_year")
	private Integer startYear;

	private Long projectId;

	private Instant changedAt;

	private String changedBy;

	private String what;

	private String oldValue;

	private String newValue;

	private String reason;

	protected BudgetChange() {
	}

	BudgetChange(int startYear, Long projectId, Instant changedAt, String changedBy, String what, String oldValue,
			String newValue, String reason) {
		this.startYear = startYear;
		this.projectId = projectId;
		this.changedAt = changedAt;
		this.changedBy = changedBy;
		this.what = what;
		this.oldValue = oldValue;
		this.newValue = newValue;
		this.reason = reason;
	}

	public Long getId() {
		return this.id;
	}

	public Integer getStartYear() {
		return this.startYear;
	}

	public Long getProjectId() {
		return this.projectId;
	}

	public Instant getChangedAt() {
		return this.changedAt;
	}

	public String getChangedBy() {
		return this.changedBy;
	}

	/** A message key: {@code budget.change.<what>}. */
	public String getWhat() {
		return this.what;
	}

	public String getOldValue() {
		return this.oldValue;
	}

	public String getNewValue() {
		return this.newValue;
	}

	/**
	 * The old amount of a change of an amount (the history stores it as text,
	 * {@code 80.390,00}: {@link Money#plain}), for {@code #fmt.money}; null for a change
	 * of the step, when there was none, or when the stored text is not an amount (rows
	 * written outside the application): the page then shows the text as stored.
	 */
	public BigDecimal getOldAmount() {
		return amount(this.oldValue);
	}

	/** The new amount of a change of an amount, as {@link #getOldAmount()}. */
	public BigDecimal getNewAmount() {
		return amount(this.newValue);
	}

	private BigDecimal amount(String value) {
		if (value == null || "step".equals(this.what)) {
			return null;
		}
		try {
			return Money.parse(value);
		}
		catch (Money.Unreadable ex) {
			return null;
		}
	}

	public String getReason() {
		return this.reason;
	}

}
