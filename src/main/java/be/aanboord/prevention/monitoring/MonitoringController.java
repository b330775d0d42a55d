package be.aanboord.prevention.monitoring;

import java.util.Set;

import be.aanboord.account.CurrentUser;
import be.aanboord.prevention.PlanAccess;
import be.aanboord.system.Edits;
import be.aanboord.system.NotFoundException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The monitoring page of a plan: the school's monthly counts for the plan's school year,
 * one form for all months shown. The school fills them in; its CLB reads them. Anyone
 * else gets the 404 page, as for a plan that does not exist.
 */
@Controller
class MonitoringController {

	private static final String ADDRESS = "/preventieplan/{id:\\d{1,18}}/monitoring";

	private final PlanAccess access;

	private final Monitoring monitoring;

	MonitoringController(PlanAccess access, Monitoring monitoring) {
		this.access = access;
		this.monitoring = monitoring;
	}

	@GetMapping(ADDRESS)
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		PlanAccess.PlanRef plan = this.access.open(id, user);
		Monitoring.Sheet sheet = this.monitoring.sheet(plan);
		model.addAttribute("monitoringForm", MonitoringForm.of(sheet.months(), sheet.stored()));
		return page(plan, sheet, model);
	}

	@PostMapping(ADDRESS)
	String save(@PathVariable long id, @AuthenticationPrincipal CurrentUser user,
			@ModelAttribute MonitoringForm monitoringForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		PlanAccess.PlanRef plan = this.access.open(id, user);
		if (plan.readByClb()) {
			throw new NotFoundException("monitoring form of plan " + id);
		}
		Monitoring.Sheet sheet = this.monitoring.sheet(plan);
		monitoringForm.alignTo(sheet.months(), sheet.stored());
		monitoringForm.check(result);
		if (result.hasErrors()) {
			return page(plan, sheet, model);
		}
		return Edits.save(model, () -> {
			this.monitoring.save(plan, monitoringForm);
			redirect.addFlashAttribute("success", "prevention.monitoring.saved");
			return "redirect:/preventieplan/" + id + "/monitoring";
		}, () -> {
			Monitoring.Sheet now = this.monitoring.sheet(plan);
			model.addAttribute("conflicts", monitoringForm.refreshAfterConflict(now.stored()));
			return page(plan, now, model);
		});
	}

	private String page(PlanAccess.PlanRef plan, Monitoring.Sheet sheet, Model model) {
		model.addAttribute("plan", plan);
		model.addAttribute("stored", sheet.stored());
		model.addAttribute("canWrite", !plan.readByClb());
		model.addAttribute("countFields", MonitoringForm.MonthRow.COUNTS);
		if (!model.containsAttribute("conflicts")) {
			model.addAttribute("conflicts", Set.of());
		}
		return "prevention/monitoring/edit";
	}

}
