package be.aanboord.trajectory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import be.aanboord.account.CurrentUser;
import be.aanboord.account.Role;
import be.aanboord.project.SchoolYear;
import be.aanboord.project.SchoolYearRepository;
import be.aanboord.system.Pages;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Dashboards per coordinator and project (the city sees the same aggregates for all
 * projects, never a single trajectory), and the admin's access log.
 */
@Controller
class TrajectoryDashboardController {

	/** The school year the demo data and the seeds describe, when none is chosen. */
	private final TrajectoryDashboard dashboard;

	private final SchoolYearRepository schoolYears;

	private final TrajectoryAccessLog accessLog;

	private final Clock clock;

	TrajectoryDashboardController(TrajectoryDashboard dashboard, SchoolYearRepository schoolYears,
			TrajectoryAccessLog accessLog, Clock clock) {
		this.dashboard = dashboard;
		this.schoolYears = schoolYears;
		this.accessLog = accessLog;
		this.clock = clock;
	}

	@GetMapping("/trajecten/dashboard")
	String dashboard(@RequestParam(name = "schooljaar", required = false) String label,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		LocalDate today = LocalDate.now(this.clock);
		Integer chosen = SchoolYear.parseLabel(label);
		int year = (chosen != null) ? chosen : SchoolYear.startYearOf(today);
		boolean aggregatesOnly = !user.hasRole(Role.ADMIN) && !user.hasRole(Role.COORDINATOR);
		TrajectoryScope scope = aggregatesOnly ? new TrajectoryScope(true, Set.of(-1L), -1L)
				: TrajectoryScope.editable(user);
		model.addAttribute("year", new SchoolYear(year));
		model.addAttribute("allSchoolYears", this.schoolYears.findAllByOrderByStartYearDesc());
		model.addAttribute("aggregatesOnly", aggregatesOnly);
		TrajectoryDashboard.Figures figures = this.dashboard.figures(year, scope, today);
		model.addAttribute("projects", figures.projects());
		model.addAttribute("bySchool", figures.groups().bySchool());
		model.addAttribute("byPartner", figures.groups().byPartner());
		model.addAttribute("topSchools", TrajectoryDashboard.TOP_SCHOOLS);
		List<TrajectoryDashboard.Waiting> waiting = figures.waiting();
		model.addAttribute("waitingCount", waiting.size());
		model.addAttribute("waitingAverage",
				waiting.stream().mapToLong(TrajectoryDashboard.Waiting::daysWaited).average().orElse(0));
		if (!aggregatesOnly) {
			model.addAttribute("nearlyUsed", figures.nearlyUsed());
			model.addAttribute("waiting", waiting);
		}
		return "trajectories/dashboard";
	}

}
