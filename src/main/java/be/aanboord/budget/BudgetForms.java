package be.aanboord.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import be.aanboord.system.PlausibleDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

/**
 * The forms of the budget module, one per form. Amounts are bound as text so that what
 * the user typed is shown again when it cannot be read.
 */
final class BudgetForms {

	private BudgetForms() {
	}

	/**
	 * Reads an amount field; rejects it with a Dutch message when it is not a sensible
	 * amount.
	 * @return the amount, or null when empty or unreadable
	 */
	static BigDecimal amount(String text, String field, boolean required, BindingResult result) {
		try {
			BigDecimal amount = Money.parse(text);
			if (amount == null && required) {
				result.rejectValue(field, "budget.amount.required");
			}
			return amount;
		}
		catch (Money.Unreadable ex) {
			switch (ex.problem()) {
				case NEGATIVE -> result.rejectValue(field, "budget.amount.negative");
				case CENTS -> result.rejectValue(field, "budget.amount.cents");
				case ABSURD -> result.rejectValue(field, "budget.amount.absurd");
				default -> result.rejectValue(field, "budget.amount.invalid");
			}
			return null;
		}
	}

	static String text(BigDecimal amount) {
		return (amount != null) ? Money.plain(amount) : null;
	}

	/**
	 * A coordinator's funding request: the amount, its budget lines and the motivation.
	 */
	static class RequestForm {

		private String requested;

		private String personnel;

		private String operations;

		private String training;

		private String other;

		@NotBlank
		@Size(max = 4000)
		private String motivation;

		private int version;

		static RequestForm from(FundingRequest request) {
			RequestForm form = new RequestForm();
			form.requested = text(request.getRequested());
			form.personnel = text(request.getPersonnel());
			form.operations = text(request.getOperations());
			form.training = text(request.getTraining());
			form.other = text(request.getOther());
			form.motivation = request.getMotivation();
			form.version = request.getVersion();
			return form;
		}

		/**
		 * The budget lines, or null (with errors) when they cannot be read or do not add
		 * up.
		 */
		BudgetLines lines(BindingResult result) {
			BigDecimal total = amount(this.requested, "requested", true, result);
			BigDecimal[] parts = { amount(this.personnel, "personnel", false, result),
					amount(this.operations, "operations", false, result),
					amount(this.training, "training", false, result), amount(this.other, "other", false, result) };
			if (result.hasFieldErrors("requested") || result.hasFieldErrors("personnel")
					|| result.hasFieldErrors("operations") || result.hasFieldErrors("training")
					|| result.hasFieldErrors("other")) {
				return null;
			}
			BudgetLines lines = new BudgetLines(Money.sum(parts[0]), Money.sum(parts[1]), Money.sum(parts[2]),
					Money.sum(parts[3]));
			if (lines.total().compareTo(total) != 0) {
				Money money = new Money();
				result.rejectValue("requested", "budget.request.linesDoNotAddUp",
						new Object[] { money.format(lines.total()), money.format(total) }, null);
				return null;
			}
			return lines;
		}

		public String getRequested() {
			return this.requested;
		}

		public void setRequested(String requested) {
			this.requested = requested;
		}

		public String getPersonnel() {
			return this.personnel;
		}

		public void setPersonnel(String personnel) {
			this.personnel = personnel;
		}

		public String getOperations() {
			return this.operations;
		}

		public void setOperations(String operations) {
			this.operations = operations;
		}

		public String getTraining() {
			return this.training;
		}

		public void setTraining(String training) {
			this.training = training;
		}

		public String getOther() {
			return this.other;
		}

		public void setOther(String other) {
			this.other = other;
		}

		public String getMotivation() {
			return this.motivation;
		}

		public void setMotivation(String motivation) {
			this.motivation = motivation;
		}

		public int getVersion() {
			return this.version;
		}

		public void setVersion(int version) {
			this.version = version;
		}

	}

	/** The lab's advice for one project. */
	static class AdviceForm {

		private String advised;

		@NotBlank
		@Size(max = 4000)
		private String motivation;

		@Size(max = 2000)
		private String conditions;

		private int version;

		static AdviceForm from(FundingRequest request) {
			AdviceForm form = new AdviceForm();
			form.advised = text(request.getAdvised());
			form.motivation = request.getAdviceMotivation();
			form.conditions = request.getAdviceConditions();
			form.version = request.getVersion();
			return form;
		}

		public String getAdvised() {
			return this.advised;
		}

		public void setAdvised(String advised) {
			this.advised = advised;
		}

		public String getMotivation() {
			return this.motivation;
		}

		public void setMotivation(String motivation) {
			this.motivation = motivation;
		}

		public String getConditions() {
			return this.conditions;
		}

		public void setConditions(String conditions) {
			this.conditions = conditions;
		}

		public int getVersion() {
			return this.version;
		}

		public void setVersion(int version) {
			this.version = version;
		}

	}

	/** The spending a project reports after the year. */
	static class ReportForm {

		private String spent;

		@NotBlank
		@Size(max = 4000)
		private String report;

		private int version;

		static ReportForm from(FundingRequest request) {
			ReportForm form = new ReportForm();
			form.spent = text(request.getSpent());
			form.report = request.getSpendingReport();
			form.version = request.getVersion();
			return form;
		}

		public String getSpent() {
			return this.spent;
		}

		public void setSpent(String spent) {
			this.spent = spent;
		}

		public String getReport() {
			return this.report;
		}

		public void setReport(String report) {
			this.report = report;
		}

		public int getVersion() {
			return this.version;
		}

		public void setVersion(int version) {
			this.version = version;
		}

	}

	/** The city's decision: a date, general remarks and an amount per project. */
	static class DecisionForm {

		@NotNull
		@PlausibleDate
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate decidedOn;

		@Size(max = 2000)
		private String remarks;

		@Valid
		private List<DecisionLine> lines = new ArrayList<>();

		private int version;

		public LocalDate getDecidedOn() {
			return this.decidedOn;
		}

		public void setDecidedOn(LocalDate decidedOn) {
			this.decidedOn = decidedOn;
		}

		public String getRemarks() {
			return this.remarks;
		}

		public void setRemarks(String remarks) {
			this.remarks = remarks;
		}

		public List<DecisionLine> getLines() {
			return this.lines;
		}

		public void setLines(List<DecisionLine> lines) {
			this.lines = (lines != null) ? lines : new ArrayList<>();
		}

		public int getVersion() {
			return this.version;
		}

		public void setVersion(int version) {
			this.version = version;
		}

	}

	/** One project's line of the city's decision. */
	static class DecisionLine {

		private Long requestId;

		private String amount;

		@Size(max = 2000)
		private String remarks;

		public Long getRequestId() {
			return this.requestId;
		}

		public void setRequestId(Long requestId) {
			this.requestId = requestId;
		}

		public String getAmount() {
			return this.amount;
		}

		public void setAmount(String amount) {
			this.amount = amount;
		}

		public String getRemarks() {
			return this.remarks;
		}

		public void setRemarks(String remarks) {
			this.remarks = remarks;
		}

	}

	/** A city official's comment on one project. */
	static class CommentForm {

		@NotBlank
		@Size(max = 2000)
		private String text;

		public String getText() {
			return this.text;
		}

		public void setText(String text) {
			this.text = text;
		}

	}

	/** The envelope of a school year. */
	static class EnvelopeForm {

		private String envelope;

		private int version;

		public String getEnvelope() {
			return this.envelope;
		}

		public void setEnvelope(String envelope) {
			this.envelope = envelope;
		}

		public int getVersion() {
			return this.version;
		}

		public void setVersion(int version) {
			this.version = version;
		}

	}

	/** The lab reopens a decision, with a reason. */
	static class ReopenForm {

		@NotBlank
		@Size(max = 2000)
		private String reason;

		private int version;

		public String getReason() {
			return this.reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

		public int getVersion() {
			return this.version;
		}

		public void setVersion(int version) {
			this.version = version;
		}

	}

}
