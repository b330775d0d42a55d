package be.aanboord.home;

import jakarta.servlet.http.HttpSession;

import java.time.Clock;
import java.time.LocalDate;

import be.aanboord.account.AccountHighlights;
import be.aanboord.account.CurrentUser;
import be.aanboord.account.Role;
import be.aanboord.budget.BudgetHighlights;
import be.aanboord.toolbox.ToolboxHighlights;
import be.aanboord.trajectory.TrajectoryHighlights;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "Mijn Aan Boord": where a user lands after signing in, with a panel per role holding
 * that role's main task and figures. Each module gives what its panel needs through its
 * public highlights type, within the user's scope.
 */
@Controller
class StartController {

	private final AccountHighlights accounts;

	private final TrajectoryHighlights trajectories;

	private final ToolboxHighlights toolbox;

	private final BudgetHighlights budget;

	private final Clock clock;

	StartController(AccountHighlights accounts, TrajectoryHighlights trajectories, ToolboxHighlights toolbox,
			BudgetHighlights budget, Clock clock) {
		this.accounts = accounts;
		this.trajectories = trajectories;
		this.toolbox = toolbox;
		this.budget = budget;
		this.clock = clock;
	}

	@GetMapping("/start")
	String start(@AuthenticationPrincipal CurrentUser user, HttpSession session, Model model) {
		Integer chosenYear = TrajectoryHighlights.chosenYear(session);
		LocalDate today = LocalDate.now(this.clock);
		model.addAttribute("profile", this.accounts.profile(user));
		model.addAttribute("roles", Role.values());
		if (user.hasRole(Role.COORDINATOR)) {
			model.addAttribute("coordinator", this.trajectories.coordinator(user, today, chosenYear));
		}
		if (user.hasRole(Role.PARTNER)) {
			model.addAttribute("partner", this.trajectories.partner(user, today, chosenYear));
			if (user.getOrganisationId() != null) {
				model.addAttribute("mine", this.toolbox.mine(user.getOrganisationId()));
			}
		}
		if (user.hasRole(Role.EDITOR)) {
			model.addAttribute("desk", this.toolbox.desk());
		}
		if (user.hasRole(Role.CITY)) {
			model.addAttribute("city", this.budget.city());
		}
		if (user.hasRole(Role.SCHOOL)) {
			this.accounts.school(user).ifPresent((school) -> model.addAttribute("school", school));
		}
		if (user.hasRole(Role.CLB)) {
			model.addAttribute("clbSchools", this.accounts.clbSchools(user));
		}
		if (user.hasRole(Role.ADMIN)) {
			model.addAttribute("locked", this.accounts.locked(this.clock.instant()));
			model.addAttribute("toAdvise", this.budget.toAdvise());
			model.addAttribute("fichesInReview", this.toolbox.inReview());
		}
		return "home/start";
	}

}
