package be.aanboord.budget;

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

	/** The moment in Belgian time, for display. */
	public java.time.LocalDateTime getChangedAtLocal() {
		return java.time.LocalDateTime.ofInstant(this.changedAt, be.aanboord.system.Formats.BRUSSELS);
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

	public String getReason() {
		return this.reason;
	}

}
