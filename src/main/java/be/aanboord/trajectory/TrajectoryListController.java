package be.aanboord.trajectory;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.servlet.http.HttpSession;

import be.aanboord.account.CurrentUser;
import be.aanboord.project.Projects.ProjectSummary;
import be.aanboord.project.SchoolYears;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The filtered, sorted, paginated list of trajectories (the exports:
 * {@link TrajectoryExportController}).
 */
@Controller
class TrajectoryListController {

	private final TrajectoryListing listing;

	private final SchoolYears schoolYears;

	private final TrajectoryYears years;

	TrajectoryListController(TrajectoryListing listing, SchoolYears schoolYears, TrajectoryYears years) {
		this.listing = listing;
		this.schoolYears = schoolYears;
		this.years = years;
	}

	@GetMapping("/trajecten")
	String list(TrajectoryQuery query, @RequestParam(name = "pagina", defaultValue = "0") int page,
			@AuthenticationPrincipal CurrentUser user, HttpSession session, Model model) {
		TrajectoryFilter filter = this.years.filter(query, user, session);
		TrajectoryListing.Listing listing = this.listing.page(filter, user, page);
		model.addAttribute("filter", filter);
		model.addAttribute("trajectories", listing.page());
		model.addAttribute("names", listing.names());
		model.addAttribute("pageUrl", filter.url("/trajecten", null));
		model.addAttribute("csvUrl", filter.url("/trajecten/export.csv", null));
		model.addAttribute("xlsxUrl", filter.url("/trajecten/export.xlsx", null));
		model.addAttribute("sorts", TrajectoryFilter.SORTS);
		model.addAttribute("allProjects", listing.projects());
		model.addAttribute("creatableKinds", creatableKinds(listing.projects(), user));
		model.addAttribute("allPartners", listing.partners());
		model.addAttribute("allSchoolYears", this.schoolYears.all());
		return "trajectories/list";
	}

	/**
	 * The kinds of trajectory the user may create: all for an admin, else the kinds of
	 * the projects they coordinate.
	 */
	static Set<TrajectoryKind> creatableKinds(List<ProjectSummary> projects, CurrentUser user) {
		TrajectoryScope scope = TrajectoryScope.editable(user);
		Set<TrajectoryKind> kinds = EnumSet.noneOf(TrajectoryKind.class);
		projects.stream()
			.filter((p) -> scope.mayCoordinate(p.id()))
			.map((p) -> TrajectoryKind.ofProject(p.code()))
			.filter(Objects::nonNull)
			.forEach(kinds::add);
		return kinds;
	}

}
