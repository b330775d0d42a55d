package be.aanboord.prevention.lab;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import be.aanboord.project.SchoolYear;
import be.aanboord.school.SchoolLevel;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The lab's view over the prevention plans schools share with it ({@code GET
 * /preventieplan/labo}, administrators and coordinators): for a school year
 * ({@code schooljaar}, "2026-2027", the current one by default) and optionally a school
 * level ({@code niveau}, a {@link SchoolLevel}), the figures of {@link PlanAggregates}. A
 * school year or level that cannot be read is not an error: the page says so in Dutch and
 * shows the current year or all levels.
 */
@Controller
class PlanLabController {

	private final PlanAggregates aggregates;

	private final Clock clock;

	PlanLabController(PlanAggregates aggregates, Clock clock) {
		this.aggregates = aggregates;
		this.clock = clock;
	}

	@GetMapping("/preventieplan/labo")
	String lab(@RequestParam(name = "schooljaar", required = false) String yearLabel,
			@RequestParam(name = "niveau", required = false) String levelName, Model model) {
		int current = SchoolYear.startYearOf(LocalDate.now(this.clock));
		Integer year = (yearLabel == null || yearLabel.isBlank()) ? Integer.valueOf(current)
				: SchoolYear.parseLabel(yearLabel.strip());
		if (year == null) {
			model.addAttribute("badYear", true);
			year = current;
		}
		SchoolLevel level = null;
		if (levelName != null && !levelName.isBlank()) {
			level = level(levelName.strip());
			model.addAttribute("badLevel", level == null);
		}
		PlanAggregates.Figures figures = this.aggregates.figures(year, level);
		List<SchoolYear> years = new ArrayList<>();
		List<Integer> starts = new ArrayList<>(figures.years());
		for (int each : List.of(current, year)) {
			if (!starts.contains(each)) {
				starts.add(each);
			}
		}
		starts.stream().sorted((a, b) -> b - a).forEach((each) -> years.add(new SchoolYear(each)));
		model.addAttribute("year", new SchoolYear(year));
		model.addAttribute("years", years);
		model.addAttribute("levels", SchoolLevel.values());
		model.addAttribute("figures", figures);
		model.addAttribute("minimum", PlanAggregates.SUPPRESS_UNDER);
		return "prevention/lab/index";
	}

	private static SchoolLevel level(String name) {
		for (SchoolLevel each : SchoolLevel.values()) {
			if (each.name().equals(name)) {
				return each;
			}
		}
		return null;
	}

}
