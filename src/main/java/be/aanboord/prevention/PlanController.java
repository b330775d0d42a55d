package be.aanboord.prevention;

import java.util.List;

import be.aanboord.account.CurrentUser;
import be.aanboord.account.Role;
import be.aanboord.project.SchoolYear;
import be.aanboord.school.Schools;
import be.aanboord.system.NotFoundException;
import be.aanboord.system.Pages;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The plans list: a school user's plans by school year with a button to start this
 * year's; a CLB worker's schools with this school year's plan (paginated), each with a
 * way to start it. Starting goes through {@link Plans#start}.
 */
@Controller
class PlanController {

	static final int PAGE_SIZE = 20;

	private final Plans plans;

	private final Schools schools;

	PlanController(Plans plans, Schools schools) {
		this.plans = plans;
		this.schools = schools;
	}

	@GetMapping("/preventieplan")
	String list(@RequestParam(name = "pagina", required = false) String page, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		int year = this.plans.currentStartYear();
		List<SchoolYear> startable = this.plans.startableYears().stream().map(SchoolYear::new).toList();
		model.addAttribute("schoolYear", new SchoolYear(year));
		if (user.hasRole(Role.SCHOOL) && user.getSchoolId() != null) {
			List<Plans.Summary> own = this.plans.ofSchool(user.getSchoolId());
			model.addAttribute("ownPlans", own);
			model.addAttribute("ownSchool", this.schools.find(user.getSchoolId()).orElse(null));
			model.addAttribute("ownStartable",
					startable.stream()
						.filter((y) -> own.stream().noneMatch((p) -> p.startYear() == y.getStartYear()))
						.toList());
		}
		if (user.getClbId() != null) {
			model.addAttribute("clbSchools", Pages.of(pageNumber(page), PAGE_SIZE,
					(pageable) -> this.plans.ofClb(user.getClbId(), year, pageable)));
		}
		return "prevention/index";
	}

	@PostMapping("/preventieplan")
	String start(@RequestParam(name = "schooljaar", required = false) String label,
			@RequestParam(name = "school", required = false) String school, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		Long schoolId = (school != null) ? Long.valueOf(id(school)) : user.getSchoolId();
		if (schoolId == null) {
			throw new NotFoundException("school to start a plan for");
		}
		Integer year = SchoolYear.parseLabel(label);
		if (year == null || !this.plans.startableYears().contains(year)) {
			redirect.addFlashAttribute("warning", "prevention.start.yearRefused");
			return "redirect:/preventieplan";
		}
		long planId = this.plans.start(schoolId, year, user);
		return "redirect:/preventieplan/" + planId;
	}

	private static long id(String text) {
		if (!text.matches("\\d{1,18}")) {
			throw new NotFoundException("school " + text);
		}
		return Long.parseLong(text);
	}

	private static int pageNumber(String page) {
		return (page != null && page.matches("\\d{1,9}")) ? Integer.parseInt(page) : 0;
	}

}
