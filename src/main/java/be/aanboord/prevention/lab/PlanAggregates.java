package be.aanboord.prevention.lab;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

import be.aanboord.prevention.Phase;
import be.aanboord.prevention.PlanTemplates;
import be.aanboord.school.SchoolLevel;
import be.aanboord.system.CacheBroadcast;
import be.aanboord.system.InstanceCache;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The lab's figures over the prevention plans that schools share with it
 * ({@code prevention_plan.shared}): per school year, the number of shared plans per
 * school level, per goal code the average rating out of ten and the number of schools
 * that rated it, how many plans chose each goal as a focus goal, and per phase of the
 * zorgcontinuüm the average rating over the years (issue 15; seed 003's goals).
 * <p>
 * <b>Never a single school.</b> A figure based on fewer than {@value #SUPPRESS_UNDER}
 * schools is not shown. To keep it so when figures are compared (all levels against one
 * level), the unit is the school level: a level with fewer than {@value #SUPPRESS_UNDER}
 * shared plans in a year counts in none of that year's figures, and a figure that
 * combines levels is not shown when one of them holds 1 to 4 schools for it. A phase's
 * average is not shown either when one of its goals' averages is not (its sum minus the
 * others would give it away).
 * <p>
 * <b>Cost.</b> Two grouped queries over all shared plans (plans per year and level; goal
 * entries per year, level, phase and code, and per year, level and phase) plus the latest
 * template's id, kept for {@link #KEEP} and shared by every filter; the filters are
 * applied in memory. {@link #forget()} drops what is kept, for a change that must show at
 * once.
 */
@Service
public class PlanAggregates implements InstanceCache {

	/** Figures based on fewer schools than this are not shown. */
	public static final int SUPPRESS_UNDER = 5;

	/**
	 * How long the figures read from the database are reused as they are; after that, the
	 * next page still gets them while they are read again in the background.
	 */
	static final Duration KEEP = Duration.ofSeconds(30);

	/** Figures older than this are never shown: the page waits for fresh ones. */
	static final Duration EXPIRE = Duration.ofMinutes(5);

	/** A count of plans or schools, or whether it is not shown. */
	public record Count(long value, boolean suppressed) {

		static Count of(long value) {
			return new Count(value, isSmall(value));
		}

	}

	/** Plans shared for a school year by schools of a level. */
	public record LevelCount(SchoolLevel level, Count plans, boolean counted) {
	}

	/**
	 * A goal's figures for the year: its average rating (one decimal, null when nobody
	 * rated it or when not shown), the number of schools that rated it, and the number of
	 * plans that chose it as a focus goal.
	 */
	public record GoalFigure(Phase phase, String code, String label, BigDecimal average, Count schools, Count focus) {
	}

	/** The average rating of a phase in a year (null when nobody rated its goals). */
	public record PhaseAverage(Phase phase, BigDecimal average, boolean suppressed) {
	}

	/** A school year of the trend: its shared plans and the average per phase. */
	public record YearTrend(int startYear, Count plans, List<PhaseAverage> phases) {

		/** The year as "2026-2027". */
		public String label() {
			return this.startYear + "-" + (this.startYear + 1);
		}

	}

	/**
	 * Everything the lab's page shows for a school year and level (null: all levels).
	 * {@code enough} is false when fewer than {@value #SUPPRESS_UNDER} shared plans
	 * count: then the page shows nothing but that. {@code years}: the school years with
	 * shared plans, newest first.
	 */
	public record Figures(int startYear, SchoolLevel level, boolean enough, List<LevelCount> levels, long plans,
			List<GoalFigure> goals, List<GoalFigure> focusRanking, List<YearTrend> trend, List<Integer> years) {
	}

	record PlanCount(int startYear, String level, long plans) {
	}

	/**
	 * The goal entries of shared plans of a year, level and goal code: how many rated the
	 * goal (one plan per school and year, so as many schools), the sum of their ratings,
	 * how many chose it as focus goal.
	 */
	record EntryGroup(int startYear, String level, int phase, String code, long rated, long ratingSum, long focus) {
	}

	record Snapshot(long templateId, List<PlanCount> plans, List<EntryGroup> entries) {
	}

	private final JdbcClient jdbc;

	private final PlanTemplates templates;

	private final LoadingCache<Boolean, Snapshot> kept;

	private final CacheBroadcast instances;

	PlanAggregates(JdbcClient jdbc, PlanTemplates templates, CacheBroadcast instances) {
		this.jdbc = jdbc;
		this.instances = instances;
		this.templates = templates;
		this.kept = Caffeine.newBuilder()
			.refreshAfterWrite(KEEP)
			.expireAfterWrite(EXPIRE)
			.maximumSize(1)
			.build((key) -> read());
	}

	/**
	 * Drops the kept figures, now and after the current transaction commits, on this
	 * instance and the others ({@link CacheBroadcast}): the next page reads them again.
	 */
	public void forget() {
		this.instances.changed(this);
	}

	@Override
	public String cacheName() {
		return "prevention-lab";
	}

	@Override
	public void dropLocally() {
		this.kept.invalidateAll();
	}

	/**
	 * The figures for a school year ({@code startYear} 2026 = 2026-2027) and a level, or
	 * all levels when {@code level} is null.
	 */
	public Figures figures(int startYear, SchoolLevel level) {
		Snapshot snapshot = this.kept.get(Boolean.TRUE);
		Map<Integer, Map<SchoolLevel, Long>> plans = new LinkedHashMap<>();
		for (PlanCount row : snapshot.plans()) {
			plans.computeIfAbsent(row.startYear(), (year) -> new EnumMap<>(SchoolLevel.class))
				.put(SchoolLevel.valueOf(row.level()), row.plans());
		}
		Map<SchoolLevel, Long> thisYear = plans.getOrDefault(startYear, Map.of());
		List<SchoolLevel> counted = counted(thisYear, level);
		List<LevelCount> levels = new ArrayList<>();
		for (SchoolLevel each : SchoolLevel.values()) {
			levels.add(new LevelCount(each, Count.of(thisYear.getOrDefault(each, 0L)), counted.contains(each)));
		}
		long total = counted.stream().mapToLong((each) -> thisYear.getOrDefault(each, 0L)).sum();
		List<Integer> years = new ArrayList<>(new TreeSet<>(plans.keySet()).descendingSet());
		if (total < SUPPRESS_UNDER) {
			return new Figures(startYear, level, false, levels, total, List.of(), List.of(), List.of(), years);
		}
		List<GoalFigure> goals = goals(snapshot, startYear, counted);
		List<GoalFigure> ranking = goals.stream()
			.filter((goal) -> goal.focus().value() > 0 && !goal.focus().suppressed())
			.sorted(Comparator.comparingLong((GoalFigure goal) -> goal.focus().value())
				.reversed()
				.thenComparing(GoalFigure::code))
			.toList();
		List<YearTrend> trend = new ArrayList<>();
		for (int year : new TreeSet<>(plans.keySet())) {
			Map<SchoolLevel, Long> yearPlans = plans.get(year);
			List<SchoolLevel> yearLevels = counted(yearPlans, level);
			long yearTotal = yearLevels.stream().mapToLong((each) -> yearPlans.getOrDefault(each, 0L)).sum();
			long all = (level != null) ? yearPlans.getOrDefault(level, 0L)
					: yearPlans.values().stream().mapToLong(Long::longValue).sum();
			if (yearTotal < SUPPRESS_UNDER) {
				trend.add(new YearTrend(year, new Count(all, all > 0), List.of()));
			}
			else {
				trend.add(new YearTrend(year, Count.of(yearTotal), phases(snapshot, year, yearLevels)));
			}
		}
		return new Figures(startYear, level, true, levels, total, goals, ranking, trend, years);
	}

	/** The levels that count in a year's figures: those with enough shared plans. */
	private static List<SchoolLevel> counted(Map<SchoolLevel, Long> plans, SchoolLevel level) {
		List<SchoolLevel> counted = new ArrayList<>();
		for (SchoolLevel each : SchoolLevel.values()) {
			if ((level == null || level == each) && plans.getOrDefault(each, 0L) >= SUPPRESS_UNDER) {
				counted.add(each);
			}
		}
		return counted;
	}

	private static boolean isSmall(long value) {
		return value > 0 && value < SUPPRESS_UNDER;
	}

	private List<GoalFigure> goals(Snapshot snapshot, int startYear, List<SchoolLevel> counted) {
		Map<String, List<EntryGroup>> byCode = new LinkedHashMap<>();
		Map<String, Integer> phaseOf = new LinkedHashMap<>();
		for (EntryGroup group : snapshot.entries()) {
			if (group.code() != null && group.startYear() == startYear
					&& counted.contains(SchoolLevel.valueOf(group.level()))) {
				byCode.computeIfAbsent(group.code(), (code) -> new ArrayList<>()).add(group);
				phaseOf.putIfAbsent(group.code(), group.phase());
			}
		}
		List<GoalFigure> goals = new ArrayList<>();
		for (var goal : this.templates.get(snapshot.templateId()).goals()) {
			goals.add(figure(goal.phase(), goal.code(), goal.label(), byCode.remove(goal.code())));
		}
		byCode.forEach((code, groups) -> goals.add(figure(Phase.of(phaseOf.get(code)), code, code, groups)));
		return goals;
	}

	private static GoalFigure figure(Phase phase, String code, String label, List<EntryGroup> groups) {
		List<EntryGroup> all = (groups != null) ? groups : List.of();
		long rated = all.stream().mapToLong(EntryGroup::rated).sum();
		long sum = all.stream().mapToLong(EntryGroup::ratingSum).sum();
		long focus = all.stream().mapToLong(EntryGroup::focus).sum();
		boolean ratedSmall = isSmall(rated) || all.stream().anyMatch((group) -> isSmall(group.rated()));
		boolean focusSmall = isSmall(focus) || all.stream().anyMatch((group) -> isSmall(group.focus()));
		BigDecimal average = (ratedSmall || rated == 0) ? null : average(sum, rated);
		return new GoalFigure(phase, code, label, average, new Count(rated, ratedSmall), new Count(focus, focusSmall));
	}

	private static List<PhaseAverage> phases(Snapshot snapshot, int year, List<SchoolLevel> counted) {
		List<PhaseAverage> phases = new ArrayList<>();
		for (Phase phase : Phase.values()) {
			long rated = 0;
			long sum = 0;
			boolean small = false;
			Map<String, Long> perCode = new LinkedHashMap<>();
			// a phase's figure holds no more schools than its goals' figures: when each
			// of
			// those is 0 or at least five per level, so is the phase's
			for (EntryGroup group : snapshot.entries()) {
				if (group.startYear() == year && group.phase() == phase.number()
						&& counted.contains(SchoolLevel.valueOf(group.level()))) {
					small |= isSmall(group.rated());
					perCode.merge(group.code(), group.rated(), Long::sum);
					rated += group.rated();
					sum += group.ratingSum();
				}
			}
			small |= perCode.values().stream().anyMatch(PlanAggregates::isSmall);
			phases.add(new PhaseAverage(phase, (small || rated == 0) ? null : average(sum, rated), small));
		}
		return phases;
	}

	private static BigDecimal average(long sum, long count) {
		return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
	}

	private Snapshot read() {
		long templateId = this.templates.latestPublishedId();
		List<PlanCount> plans = this.jdbc.sql("""
				select p.start_year, s.level, count(*) as plans
				from prevention_plan p
				join school s on s.id = p.school_id
				where p.shared
				group by p.start_year, s.level
				""").query(PlanCount.class).list();
		List<EntryGroup> entries = this.jdbc.sql("""
				select p.start_year, s.level, g.phase, g.code,
				       count(e.rating) as rated, coalesce(sum(e.rating), 0) as rating_sum,
				       count(*) filter (where e.focus) as focus
				from prevention_plan p
				join school s on s.id = p.school_id
				join plan_goal_entry e on e.plan_id = p.id
				join plan_goal g on g.id = e.goal_id
				where p.shared
				group by p.start_year, s.level, g.phase, g.code
				""").query(EntryGroup.class).list();
		return new Snapshot(templateId, plans, entries);
	}

}
