package be.aanboord.trajectory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpSession;

import be.aanboord.account.CurrentUser;
import be.aanboord.account.Role;
import be.aanboord.project.SchoolYear;
import be.aanboord.project.SchoolYears;

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

	private final SchoolYears schoolYears;

	private final Clock clock;

	private final TrajectoryYears years;

	TrajectoryDashboardController(TrajectoryDashboard dashboard, SchoolYears schoolYears, Clock clock,
			TrajectoryYears years) {
		this.years = years;
		this.dashboard = dashboard;
		this.schoolYears = schoolYears;
		this.clock = clock;
	}

	@GetMapping("/trajecten/dashboard")
	String dashboard(@RequestParam(name = "schooljaar", required = false) String label,
			@AuthenticationPrincipal CurrentUser user, HttpSession session, Model model) {
		LocalDate today = LocalDate.now(this.clock);
		boolean aggregatesOnly = !user.hasRole(Role.ADMIN) && !user.hasRole(Role.COORDINATOR);
		TrajectoryScope scope = aggregatesOnly ? new TrajectoryScope(true, Set.of(-1L), -1L)
				: TrajectoryScope.editable(user);
		int year = this.years.resolve(label, session, scope);
		model.addAttribute("year", new SchoolYear(year));
		model.addAttribute("allSchoolYears", this.schoolYears.all());
		model.addAttribute("aggregatesOnly", aggregatesOnly);
		TrajectoryDashboard.Figures figures = this.dashboard.figures(year, scope, today);
		model.addAttribute("projects", figures.projects());
		model.addAttribute("bySchool", figures.groups().bySchool());
		model.addAttribute("byPartner", figures.groups().byPartner());
		model.addAttribute("topSchools", TrajectoryDashboard.TOP_SCHOOLS);
		// the waiting list belongs to NAFT: shown to whoever sees NAFT's row (its
		// coordinators, admins and, as totals, the city)
		boolean naft = figures.projects()
			.stream()
			.anyMatch((p) -> TrajectoryKind.ofProject(p.code()) == TrajectoryKind.NAFT);
		model.addAttribute("showWaiting", naft);
		List<TrajectoryDashboard.Waiting> waiting = naft ? figures.waiting() : List.of();
		model.addAttribute("waitingCount", waiting.size());
		model.addAttribute("waitingAverage",
				Math.round(waiting.stream().mapToLong(TrajectoryDashboard.Waiting::daysWaited).average().orElse(0)));
		if (!aggregatesOnly) {
			model.addAttribute("nearlyUsed", figures.nearlyUsed());
			model.addAttribute("waiting", waiting);
		}
		return "trajectories/dashboard";
	}

}
