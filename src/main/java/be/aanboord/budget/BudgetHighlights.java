package be.aanboord.budget;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import be.aanboord.project.SchoolYear;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a start page shows of the budget process: per opened school year its step, its
 * envelope and the totals of its requests, advice and decision, in one query. The city's
 * panel shows the amounts of a year only once the advice is sent, as the budget pages do
 * ({@link BudgetReader}).
 */
@Component
public class BudgetHighlights {

	/** One opened school year of the budget process. */
	public record Year(int schoolYear, BudgetStep step, BigDecimal envelope, long requests, long advised,
			BigDecimal requestedTotal, BigDecimal advisedTotal, BigDecimal decidedTotal) {

		public String label() {
			return new SchoolYear(this.schoolYear).getLabel();
		}

		/** Whether the lab has sent its advice: from then on the city reads the year. */
		public boolean adviceSent() {
			return this.step.isAtLeast(BudgetStep.ADVICE_SENT);
		}

		/** The lab still writes the advice of this year. */
		public boolean toAdvise() {
			return this.step.isBefore(BudgetStep.ADVICE_SENT);
		}

		/** The city has this year's advice but has not decided yet. */
		public boolean awaitingDecision() {
			return this.step == BudgetStep.ADVICE_SENT;
		}

		/** Requests of this year without the lab's advice. */
		public long notAdvised() {
			return this.requests - this.advised;
		}

		public boolean overEnvelope() {
			return this.advisedTotal.compareTo(this.envelope) > 0;
		}

	}

	/**
	 * The city's view: the years waiting for its decision, the latest year whose advice
	 * it reads, and the latest year opened (of which it sees the step and envelope).
	 */
	public record City(List<Year> awaitingDecision, Year latestAdvice, Year latestOpened) {
	}

	private final JdbcClient jdbc;

	BudgetHighlights(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every opened school year, the latest first. */
	public List<Year> years() {
		return this.jdbc.sql("""
				select y.school_year, y.step, y.envelope, count(r.id) as requests,
				  count(r.advised) as advised,
				  coalesce(sum(r.requested), 0) as requested_total,
				  coalesce(sum(r.advised), 0) as advised_total,
				  coalesce(sum(r.decided), 0) as decided_total
				from budget_year y left join funding_request r on r.school_year = y.school_year
				group by y.school_year order by y.school_year desc""").query(Year.class).list();
	}

	/** The city's panel. */
	public City city() {
		List<Year> years = years();
		Optional<Year> latestAdvice = years.stream().filter(Year::adviceSent).findFirst();
		return new City(
				years.stream().filter(Year::awaitingDecision).sorted(Comparator.comparing(Year::schoolYear)).toList(),
				latestAdvice.orElse(null), years.isEmpty() ? null : years.get(0));
	}

	/** The years whose advice the lab still writes, the oldest first. */
	public List<Year> toAdvise() {
		return years().stream().filter(Year::toAdvise).sorted(Comparator.comparing(Year::schoolYear)).toList();
	}

}
