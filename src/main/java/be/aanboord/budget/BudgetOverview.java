package be.aanboord.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import be.aanboord.project.Projects.ProjectSummary;
import be.aanboord.project.SchoolYear;
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

	private final BudgetYearRepository years;

	private final BudgetCommentRepository comments;

	private final BudgetProjects projects;

	BudgetOverview(BudgetYearRepository years, BudgetCommentRepository comments, BudgetProjects projects) {
		this.years = years;
		this.comments = comments;
		this.projects = projects;
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
		return of(startYear, reader, this.projects.byId());
	}

	/**
	 * The advice of a school year as {@link #of(int, BudgetReader)}, with the projects
	 * the page has read already.
	 * @param projects every project by id ({@link BudgetProjects#byId()})
	 */
	@Transactional(readOnly = true)
	Optional<Advice> of(int startYear, BudgetReader reader, Map<Long, ProjectSummary> projects) {
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
		List<Row> rows = BudgetProjects.inOrder(year, projects)
			.stream()
			.map((each) -> new Row(each.request(), each.project(),
					commentsByProject.getOrDefault(each.project().id(), List.of()),
					chart(each.project().id(), year, all)))
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

	/**
	 * A project's amounts over the years as a bar chart: one series per kind of amount
	 * (requested, advised, decided, spent), each with every school year from the first
	 * year of the earliest plan up to the last year of the shown year's plan; a year
	 * without a budget, or one the reader may not read, has no amounts (shown as "–").
	 * @param projectId the project
	 * @param shown the school year whose advice is shown
	 * @param years the school years the reader may read
	 */
	static Chart chart(long projectId, BudgetYear shown, List<BudgetYear> years) {
		int last = shown.getPlan().getLastYear();
		int first = years.stream()
			.filter((y) -> y.getStartYear() <= last)
			.mapToInt((y) -> y.getPlan().getFirstYear())
			.min()
			.orElse(shown.getPlan().getFirstYear());
		first = Math.min(first, shown.getPlan().getFirstYear());
		Map<Integer, BudgetYear> byStart = new LinkedHashMap<>();
		years.forEach((y) -> byStart.put(y.getStartYear(), y));
		List<List<BigDecimal>> amounts = new ArrayList<>();
		List<Integer> starts = new ArrayList<>();
		BigDecimal max = BigDecimal.ZERO;
		for (int start = first; start <= last; start++) {
			Optional<FundingRequest> request = Optional.ofNullable(byStart.get(start))
				.flatMap((y) -> y.requestOf(projectId));
			List<BigDecimal> values = new ArrayList<>();
			for (Series series : Series.values()) {
				BigDecimal amount = request.map(series.amount).orElse(null);
				values.add(amount);
				if (amount != null && amount.compareTo(max) > 0) {
					max = amount;
				}
			}
			starts.add(start);
			amounts.add(values);
		}
		List<ChartYear> chartYears = new ArrayList<>();
		for (int i = 0; i < starts.size(); i++) {
			int top = i * Chart.YEAR_HEIGHT;
			List<Bar> bars = new ArrayList<>();
			for (Series series : Series.values()) {
				BigDecimal amount = amounts.get(i).get(series.ordinal());
				int width = (amount == null || max.signum() == 0) ? 0
						: Math.max(amount.signum() > 0 ? 1 : 0,
								amount.multiply(BigDecimal.valueOf(Chart.BAR_WIDTH))
									.divide(max, 0, RoundingMode.HALF_UP)
									.intValue());
				bars.add(new Bar(series, amount, width, top + series.ordinal() * Chart.BAR_STEP));
			}
			chartYears.add(new ChartYear(new SchoolYear(starts.get(i)).getLabel(), top, bars));
		}
		return new Chart(chartYears);
	}

	/** The kinds of amount a chart shows, each a series with its colour. */
	enum Series {

		REQUESTED("requested", "#5c636a", FundingRequest::getRequested),
		ADVISED("advised", "#1a55a3", FundingRequest::getAdvised),
		DECIDED("decided", "#0b6e4f", FundingRequest::getDecided), SPENT("spent", "#9c4a00", FundingRequest::getSpent);

		private final String key;

		private final String colour;

		private final java.util.function.Function<FundingRequest, BigDecimal> amount;

		Series(String key, String colour, java.util.function.Function<FundingRequest, BigDecimal> amount) {
			this.key = key;
			this.colour = colour;
			this.amount = amount;
		}

		/** The key of its message ({@code budget.chart.series.<key>}) and CSS class. */
		public String getKey() {
			return this.key;
		}

		/** Its colour, also in the stylesheets' {@code .series-<key>}. */
		public String getColour() {
			return this.colour;
		}

	}

	/** The projects' names by id, for the history. */
	static Map<Long, String> names(Map<Long, ProjectSummary> projects) {
		Map<Long, String> names = new HashMap<>();
		projects.forEach((id, project) -> names.put(id, project.name()));
		return names;
	}

	/** The budget advice of one school year. */
	record Advice(BudgetYear year, List<Row> rows, YearTotals totals, List<YearTotals> comparison) {

		/**
		 * The rows in groups of a given size (the last one may be smaller), for print.
		 */
		public List<List<Row>> rowsBy(int size) {
			List<List<Row>> groups = new ArrayList<>();
			for (int i = 0; i < this.rows.size(); i += size) {
				groups.add(this.rows.subList(i, Math.min(i + size, this.rows.size())));
			}
			return groups;
		}

	}

	/** One project's line of the advice: its request, the project, comments and chart. */
	record Row(FundingRequest request, ProjectSummary project, List<BudgetComment> comments, Chart chart) {

	}

	/**
	 * A project's chart: per school year a group of bars, one per {@link Series}, in SVG
	 * units (the drawing is {@value #WIDTH} wide).
	 */
	record Chart(List<ChartYear> years) {

		/** The width of the drawing. */
		static final int WIDTH = 320;

		/** Where the bars start (the school year is written left of it). */
		static final int BARS_X = 84;

		/** The widest bar. */
		static final int BAR_WIDTH = 228;

		static final int BAR_HEIGHT = 8;

		static final int BAR_STEP = 10;

		static final int YEAR_HEIGHT = 4 * BAR_STEP + 10;

		public int height() {
			return this.years.size() * YEAR_HEIGHT;
		}

		public int width() {
			return WIDTH;
		}

		public int barsX() {
			return BARS_X;
		}

		public int barHeight() {
			return BAR_HEIGHT;
		}

		public List<Series> series() {
			return List.of(Series.values());
		}

		public String firstLabel() {
			return this.years.getFirst().label();
		}

		public String lastLabel() {
			return this.years.getLast().label();
		}

	}

	/** One school year of a chart: its bars, some without an amount. */
	record ChartYear(String label, int y, List<Bar> bars) {

		/** The baseline of the school year's label. */
		public int textY() {
			return this.y + 2 * Chart.BAR_STEP + 4;
		}

		/** Whether the year has no amount at all. */
		public boolean empty() {
			return this.bars.stream().allMatch((bar) -> bar.amount() == null);
		}

		/** The amount of one series, or null. */
		public BigDecimal amount(Series series) {
			return this.bars.get(series.ordinal()).amount();
		}

	}

	/** One bar: a series' exact amount in a year (or null) and its drawn width. */
	record Bar(Series series, BigDecimal amount, int width, int y) {

	}

	/**
	 * A school year's totals against its envelope, and what is to be said about them at
	 * the year's step: requests above the envelope matter only until the advice is sent
	 * (the advice makes the choices), an advice above the envelope only until the city
	 * decides, and from the decision on only the decision counts. A year has no decided
	 * total until the city decided, and no spent total until a project reported.
	 */
	record YearTotals(String label, int startYear, BudgetStep step, BigDecimal envelope, BigDecimal requested,
			BigDecimal advised, BigDecimal decided, BigDecimal spent, LocalDate decidedOn) {

		static YearTotals of(BudgetYear year) {
			boolean reported = year.getRequests().stream().anyMatch((r) -> r.getSpent() != null);
			return new YearTotals(year.getLabel(), year.getStartYear(), year.getStep(), year.getEnvelope(),
					year.totalRequested(), year.totalAdvised(),
					year.reached(BudgetStep.DECIDED) ? year.totalDecided() : null, reported ? year.totalSpent() : null,
					year.getDecidedOn());
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
					null, null, null);
		}

		/**
		 * Whether the amounts are shown (false for a year whose advice is not sent yet).
		 */
		public boolean amountsShown() {
			return this.requested != null;
		}

		/** Whether the city decided (and the decided total exists). */
		public boolean decidedYet() {
			return this.step.isAtLeast(BudgetStep.DECIDED);
		}

		/** Whether at least one project reported its spending. */
		public boolean spentYet() {
			return this.spent != null;
		}

		/**
		 * Whether an amount of this kind is weighed against the envelope at this step:
		 * requests until the advice is sent, the advice until the decision, the decision
		 * and the spending from the decision on.
		 * @param kind requested, advised, decided or spent
		 */
		public boolean weighed(String kind) {
			return switch (kind) {
				case "requested" -> this.step.isBefore(BudgetStep.ADVICE_SENT);
				case "advised" -> this.step.isBefore(BudgetStep.DECIDED);
				case "decided" -> decidedYet();
				case "spent" -> spentYet();
				default -> false;
			};
		}

		/** The total of one kind, or null when there is none yet. */
		public BigDecimal amount(String kind) {
			return switch (kind) {
				case "requested" -> this.requested;
				case "advised" -> this.advised;
				case "decided" -> this.decided;
				case "spent" -> this.spent;
				default -> null;
			};
		}

		/** Whether the total of one kind is above the envelope (null safe). */
		public boolean over(String kind) {
			BigDecimal amount = amount(kind);
			return amount != null && amount.compareTo(this.envelope) > 0;
		}

		public boolean requestedOver() {
			return over("requested");
		}

		public boolean advisedOver() {
			return over("advised");
		}

		public boolean decidedOver() {
			return over("decided");
		}

		public boolean spentOver() {
			return over("spent");
		}

		/**
		 * The warning about the requests: they exceed the envelope and the advice is
		 * still being written.
		 */
		public boolean requestsWarning() {
			return weighed("requested") && requestedOver();
		}

		/**
		 * The warning about the advice: it exceeds the envelope and the city has not
		 * decided.
		 */
		public boolean adviceWarning() {
			return weighed("advised") && advisedOver();
		}

		/** The envelope minus the advised amounts (negative when over). */
		public BigDecimal advisedLeft() {
			return this.envelope.subtract(this.advised);
		}

		/** The envelope minus the decided amounts, once decided. */
		public BigDecimal decidedLeft() {
			return (this.decided != null) ? this.envelope.subtract(this.decided) : null;
		}

		public BigDecimal requestedOverBy() {
			return this.requested.subtract(this.envelope);
		}

		public BigDecimal advisedOverBy() {
			return this.advised.subtract(this.envelope);
		}

		/** How far an amount of one kind is above the envelope. */
		public BigDecimal overBy(String kind) {
			return amount(kind).subtract(this.envelope);
		}

		/** Whether anything is above the envelope that matters at this step. */
		public boolean anyOver() {
			return requestsWarning() || adviceWarning() || decidedOver();
		}

	}

}
