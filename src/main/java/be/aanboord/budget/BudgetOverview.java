package be.aanboord.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import be.aanboord.project.Project;
import be.aanboord.system.NotFoundException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads everything the budget advice of one school year shows (on the page, in the PDF
 * and in the spreadsheet): the requests with advice, decision and spending, totals
 * against the envelope, earlier years and each project's amounts over the years.
 */
@Component
class BudgetOverview {

	/** The widest bar of a chart, in SVG units. */
	static final int BAR_WIDTH = 300;

	private final BudgetYearRepository years;

	private final BudgetCommentRepository comments;

	BudgetOverview(BudgetYearRepository years, BudgetCommentRepository comments) {
		this.years = years;
		this.comments = comments;
	}

	/**
	 * The advice of a school year as the reader may read it, with earlier years and
	 * charts drawn only from the years the reader may read.
	 * @return the advice, or empty when the year exists but its advice is not sent yet
	 * and the reader is not the lab ({@link BudgetReader}); then {@link #unsent} gives
	 * the year
	 * @throws NotFoundException when the school year has no budget
	 */
	@Transactional(readOnly = true)
	Optional<Advice> of(int startYear, BudgetReader reader) {
		List<BudgetYear> all = this.years.findAllWithRequestsIn(reader.steps());
		Optional<BudgetYear> found = all.stream().filter((y) -> y.getStartYear() == startYear).findFirst();
		if (found.isEmpty()) {
			unsent(startYear);
			return Optional.empty();
		}
		BudgetYear year = found.get();
		List<BudgetYear> upToThis = all.stream().filter((y) -> y.getStartYear() <= startYear).toList();
		Map<Long, List<BudgetComment>> commentsByProject = new LinkedHashMap<>();
		for (BudgetComment comment : this.comments.findByStartYearOrderByWrittenAt(startYear)) {
			commentsByProject.computeIfAbsent(comment.getProjectId(), (id) -> new ArrayList<>()).add(comment);
		}
		List<Row> rows = year.getRequests()
			.stream()
			.map((request) -> new Row(request, commentsByProject.getOrDefault(request.getProject().getId(), List.of()),
					chart(request.getProject(), upToThis)))
			.toList();
		List<YearTotals> comparison = upToThis.stream()
			.sorted(Comparator.comparing(BudgetYear::getStartYear).reversed())
			.map(YearTotals::of)
			.toList();
		return Optional.of(new Advice(year, rows, YearTotals.of(year), comparison));
	}

	/**
	 * A school year without its requests: what the city sees of a year whose advice is
	 * not sent yet (label, plan, step, envelope).
	 * @throws NotFoundException when the school year has no budget
	 */
	@Transactional(readOnly = true)
	BudgetYear unsent(int startYear) {
		return this.years.findWithoutRequests(startYear)
			.orElseThrow(() -> new NotFoundException("budget year " + startYear));
	}

	/** A project's amount per year (decided, else advised, else requested) as bars. */
	static List<Bar> chart(Project project, List<BudgetYear> years) {
		List<Bar> bars = new ArrayList<>();
		for (BudgetYear year : years) {
			year.requestOf(project.getId()).ifPresent((request) -> {
				BigDecimal amount = (request.getDecided() != null) ? request.getDecided()
						: (request.getAdvised() != null) ? request.getAdvised() : request.getRequested();
				String kind = (request.getDecided() != null) ? "decided"
						: (request.getAdvised() != null) ? "advised" : "requested";
				bars.add(new Bar(year.getLabel(), amount, kind, 0, 0));
			});
		}
		BigDecimal max = bars.stream().map(Bar::amount).max(Comparator.naturalOrder()).orElse(BigDecimal.ZERO);
		List<Bar> scaled = new ArrayList<>();
		for (int i = 0; i < bars.size(); i++) {
			Bar bar = bars.get(i);
			int width = (max.signum() == 0) ? 0
					: bar.amount()
						.multiply(BigDecimal.valueOf(BAR_WIDTH))
						.divide(max, 0, RoundingMode.HALF_UP)
						.intValue();
			scaled.add(new Bar(bar.year(), bar.amount(), bar.kind(), width, i * 24));
		}
		return scaled;
	}

	/** The budget advice of one school year. */
	record Advice(BudgetYear year, List<Row> rows, YearTotals totals, List<YearTotals> comparison) {
	}

	/** One project's line of the advice. */
	record Row(FundingRequest request, List<BudgetComment> comments, List<Bar> chart) {

		public int chartHeight() {
			return this.chart.size() * 24;
		}

	}

	/** One bar of a project's chart: the exact amount of a year and its width. */
	record Bar(String year, BigDecimal amount, String kind, int width, int y) {

		public int textY() {
			return this.y + 16;
		}

	}

	/** A school year's totals against its envelope. */
	record YearTotals(String label, int startYear, BudgetStep step, BigDecimal envelope, BigDecimal requested,
			BigDecimal advised, BigDecimal decided, BigDecimal spent) {

		static YearTotals of(BudgetYear year) {
			return new YearTotals(year.getLabel(), year.getStartYear(), year.getStep(), year.getEnvelope(),
					year.totalRequested(), year.totalAdvised(), year.totalDecided(), year.totalSpent());
		}

		/**
		 * A year's totals as the reader may read them: a year the reader may not read in
		 * full shows its step and envelope only (the amounts are null).
		 */
		static YearTotals of(BudgetYear year, BudgetReader reader) {
			if (reader.mayRead(year)) {
				return of(year);
			}
			return new YearTotals(year.getLabel(), year.getStartYear(), year.getStep(), year.getEnvelope(), null, null,
					null, null);
		}

		/**
		 * Whether the amounts are shown (false for a year whose advice is not sent yet).
		 */
		public boolean amountsShown() {
			return this.requested != null;
		}

		public boolean requestedOver() {
			return this.requested != null && this.requested.compareTo(this.envelope) > 0;
		}

		public boolean advisedOver() {
			return this.advised != null && this.advised.compareTo(this.envelope) > 0;
		}

		public boolean decidedOver() {
			return this.decided != null && this.decided.compareTo(this.envelope) > 0;
		}

		public boolean spentOver() {
			return this.spent != null && this.spent.compareTo(this.envelope) > 0;
		}

		/** The envelope minus the advised amounts (negative when over). */
		public BigDecimal advisedLeft() {
			return this.envelope.subtract(this.advised);
		}

		public BigDecimal requestedOverBy() {
			return this.requested.subtract(this.envelope);
		}

		public BigDecimal advisedOverBy() {
			return this.advised.subtract(this.envelope);
		}

		public boolean anyOver() {
			return requestedOver() || advisedOver() || decidedOver() || spentOver();
		}

	}

}
