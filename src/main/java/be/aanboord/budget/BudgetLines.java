package be.aanboord.budget;

import java.math.BigDecimal;

/** A request's amounts by category; together they are the requested amount. */
public record BudgetLines(BigDecimal personnel, BigDecimal operations, BigDecimal training, BigDecimal other) {

	public BigDecimal total() {
		return Money.sum(this.personnel, this.operations, this.training, this.other);
	}

}
