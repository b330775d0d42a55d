package be.aanboord.budget;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The decision process as the school year enforces it, without a database. */
class BudgetYearTest {

	private static final Actor LAB = new Actor("Bea", Instant.parse("2026-05-01T10:00:00Z"));

	private static final Actor CITY = new Actor("Sofie", Instant.parse("2026-06-30T10:00:00Z"));

	private static final LocalDate DAY = LocalDate.of(2026, 5, 1);

	private BudgetYear year;

	private long riskBao;

	private long naft;

	@BeforeEach
	void openYear() {
		this.year = new BudgetYear(2026, null, amount("50000"), DAY);
		this.riskBao = 1L;
		this.naft = 2L;
	}

	@Test
	void aYearWalksThroughEveryStepInOrderAndRecordsEach() {
		FundingRequest bao = this.year.draftRequest(this.riskBao, null, lines("30000"), "m", LAB);
		FundingRequest so = this.year.draftRequest(this.naft, null, lines("25000"), "m", LAB);
		setId(bao, 1L);
		setId(so, 2L);
		this.year.markDiscussed(DAY, LAB);
		this.year.advise(bao, amount("27000"), "ja", null, LAB);
		this.year.advise(so, amount("23000"), "ja", null, LAB);
		this.year.sendAdvice(DAY, LAB);
		this.year.decide(DAY, "ok", Map.of(1L, decision("26000"), 2L, decision("23000")), CITY);
		this.year.reportSpending(bao, amount("25000"), "r", LAB);
		this.year.reportSpending(so, amount("23000"), "r", LAB);
		this.year.markReported(DAY, LAB);
		this.year.markEvaluated(DAY, LAB);

		assertThat(this.year.getStep()).isEqualTo(BudgetStep.EVALUATED);
		assertThat(this.year.totalDecided()).isEqualTo(new BigDecimal("49000.00"));
		List<BudgetChange> changes = this.year.takeChanges();
		assertThat(changes).filteredOn((c) -> c.getWhat().equals("step"))
			.extracting(BudgetChange::getNewValue)
			.containsExactly("DISCUSSED", "ADVICE_SENT", "DECIDED", "REPORTED", "EVALUATED");
		assertThat(changes).filteredOn((c) -> c.getWhat().equals("decided"))
			.extracting(BudgetChange::getChangedBy, BudgetChange::getNewValue)
			.contains(org.assertj.core.groups.Tuple.tuple("Sofie", "26.000,00"));
		assertThat(this.year.takeChanges()).isEmpty();
	}

	@Test
	void theAdviceIsFrozenOnceSentAndTheAmountsOnceDecided() {
		FundingRequest bao = this.year.draftRequest(this.riskBao, null, lines("30000"), "m", LAB);
		setId(bao, 1L);
		this.year.markDiscussed(DAY, LAB);
		this.year.advise(bao, amount("27000"), "ja", null, LAB);
		this.year.sendAdvice(DAY, LAB);
		assertRule(() -> this.year.advise(bao, amount("1"), "nee", null, LAB), "budget.rule.adviceSent");
		assertRule(() -> this.year.draftRequest(this.riskBao, null, lines("1"), "m", LAB),
				"budget.rule.requestsClosed");
		this.year.decide(DAY, null, Map.of(1L, decision("27000")), CITY);
		assertThat(this.year.isLocked()).isTrue();
		assertRule(() -> this.year.decide(DAY, null, Map.of(1L, decision("1")), CITY), "budget.rule.stepOutOfOrder");
		assertRule(() -> this.year.changeEnvelope(amount("1"), LAB), "budget.rule.locked");
		assertThat(bao.getDecided()).isEqualTo(new BigDecimal("27000.00"));
	}

	@Test
	void reopeningNeedsAReasonAndLetsTheLabAmendTheAdvice() {
		FundingRequest bao = this.year.draftRequest(this.riskBao, null, lines("30000"), "m", LAB);
		setId(bao, 1L);
		this.year.markDiscussed(DAY, LAB);
		this.year.advise(bao, amount("27000"), "ja", null, LAB);
		this.year.sendAdvice(DAY, LAB);
		this.year.decide(DAY, null, Map.of(1L, decision("27000")), CITY);
		this.year.takeChanges();
		assertRule(() -> this.year.reopen(" ", LAB), "budget.rule.reasonRequired");

		this.year.reopen("Bijkomende middelen", LAB);

		assertThat(this.year.getStep()).isEqualTo(BudgetStep.DISCUSSED);
		assertThat(this.year.isAdviceOpen()).isTrue();
		assertThat(this.year.takeChanges()).singleElement()
			.satisfies((change) -> assertThat(change.getReason()).isEqualTo("Bijkomende middelen"));
		this.year.advise(bao, amount("29000"), "meer", null, LAB);
		assertThat(bao.getAdvised()).isEqualTo(new BigDecimal("29000.00"));
	}

	@Test
	void theDecisionMayNotExceedTheEnvelope() {
		FundingRequest bao = this.year.draftRequest(this.riskBao, null, lines("60000"), "m", LAB);
		setId(bao, 1L);
		this.year.markDiscussed(DAY, LAB);
		this.year.advise(bao, amount("60000"), "ja", null, LAB);
		this.year.sendAdvice(DAY, LAB);
		assertThat(this.year.exceedsEnvelope(this.year.totalAdvised())).isTrue();
		assertRule(() -> this.year.decide(DAY, null, Map.of(1L, decision("50000.01")), CITY),
				"budget.rule.decisionOverEnvelope");
		this.year.decide(DAY, null, Map.of(1L, decision("50000")), CITY);
		assertThat(this.year.getStep()).isEqualTo(BudgetStep.DECIDED);
	}

	@Test
	void stepsCannotBeSkipped() {
		assertRule(() -> this.year.markDiscussed(DAY, LAB), "budget.rule.noRequests");
		this.year.draftRequest(this.riskBao, null, lines("1000"), "m", LAB);
		assertRule(() -> this.year.sendAdvice(DAY, LAB), "budget.rule.stepOutOfOrder");
		this.year.markDiscussed(DAY, LAB);
		assertRule(() -> this.year.sendAdvice(DAY, LAB), "budget.rule.adviceIncomplete");
		assertRule(() -> this.year.markEvaluated(DAY, LAB), "budget.rule.stepOutOfOrder");
	}

	@Test
	void theDiscussedStepRecordsTheLabMeetingWhereTheRequestsWereDiscussed() {
		assertRule(() -> this.year.discussedAt(7L, DAY, LAB), "budget.rule.noRequests");
		FundingRequest bao = this.year.draftRequest(this.riskBao, null, lines("1000"), "m", LAB);
		this.year.discussedAt(7L, DAY, LAB);
		assertThat(this.year.getStep()).isEqualTo(BudgetStep.DISCUSSED);
		assertThat(this.year.getDiscussedMeetingId()).isEqualTo(7L);
		assertThat(this.year.dateOf(BudgetStep.DISCUSSED)).isEqualTo(DAY);
		// discussed again at a later meeting: the meeting is recorded, the step stays
		this.year.discussedAt(8L, DAY.plusMonths(1), LAB);
		assertThat(this.year.getDiscussedMeetingId()).isEqualTo(8L);
		assertThat(this.year.takeChanges()).filteredOn((c) -> c.getWhat().equals("step")).hasSize(1);
		// once the advice is sent, no meeting changes the step
		this.year.advise(bao, amount("900"), "ja", null, LAB);
		this.year.sendAdvice(DAY, LAB);
		assertRule(() -> this.year.discussedAt(9L, DAY, LAB), "budget.rule.stepOutOfOrder");
		assertThat(this.year.getDiscussedMeetingId()).isEqualTo(8L);
	}

	private static void assertRule(Runnable change, String key) {
		assertThatExceptionOfType(BudgetRuleException.class).isThrownBy(change::run)
			.satisfies((ex) -> assertThat(ex.getMessageKey()).isEqualTo(key));
	}

	private static BudgetLines lines(String personnel) {
		return new BudgetLines(amount(personnel), amount("0"), amount("0"), amount("0"));
	}

	private static BudgetYear.Decision decision(String amount) {
		return new BudgetYear.Decision(amount(amount), null);
	}

	private static BigDecimal amount(String text) {
		return new BigDecimal(text).setScale(2);
	}

	private static void setId(FundingRequest request, long id) {
		ReflectionTestUtils.setField(request, "id", id);
	}

}
