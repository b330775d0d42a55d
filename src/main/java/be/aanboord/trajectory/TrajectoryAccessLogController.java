package be.aanboord.trajectory;

import jakarta.validation.Valid;

import be.aanboord.system.Pages;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The admin's access log of pupil-level trajectories, filtered in its address by
 * trajectory, pupil code, user and days; a filter that cannot be read is shown next to
 * its field, with nothing listed.
 */
@Controller
class TrajectoryAccessLogController {

	static final int PAGE_SIZE = 50;

	private final TrajectoryAccessLog accessLog;

	TrajectoryAccessLogController(TrajectoryAccessLog accessLog) {
		this.accessLog = accessLog;
	}

	@GetMapping("/beheer/toegangslog")
	String accessLog(@Valid @ModelAttribute AccessLogFilter accessLogFilter, BindingResult result,
			@RequestParam(name = "pagina", defaultValue = "0") int page, Model model) {
		accessLogFilter.validate(result);
		Page<TrajectoryAccessLog.Entry> entries = result.hasErrors()
				? new PageImpl<>(java.util.List.of(), PageRequest.of(0, PAGE_SIZE), 0)
				: Pages.of(page, PAGE_SIZE, (p) -> this.accessLog.page(accessLogFilter, p));
		model.addAttribute("entries", entries);
		model.addAttribute("pageUrl", accessLogFilter.url("/beheer/toegangslog"));
		return "trajectories/access-log";
	}

}
