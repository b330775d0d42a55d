package be.aanboord.prevention.view;

import be.aanboord.account.CurrentUser;
import be.aanboord.prevention.PlanAccess;
import be.aanboord.prevention.PlanAccess.PlanRef;
import be.aanboord.system.EditConflict;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * The plan page (routekaart, year comparison, open actions, dialogue, monitoring,
 * attachments, comments), its PDF and the school's share toggle. Every route opens the
 * plan through {@link PlanAccess} first: a plan of another school is "not found".
 */
@Controller
class PlanViewController {

	private final PlanAccess access;

	private final PlanPage pages;

	private final PlanPdf pdf;

	private final Sharing sharing;

	PlanViewController(PlanAccess access, PlanPage pages, PlanPdf pdf, Sharing sharing) {
		this.access = access;
		this.pages = pages;
		this.pdf = pdf;
		this.sharing = sharing;
	}

	@GetMapping("/preventieplan/{id:\\d{1,18}}")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		PlanRef plan = this.access.open(id, user);
		PlanPage.View view = this.pages.read(plan);
		model.addAttribute("page", view);
		model.addAttribute("plan", plan);
		model.addAttribute("routekaart", Routekaart.draw(view.goals()));
		model.addAttribute("trend", MonitoringTrend.draw(plan.schoolYear(), view.months()));
		return "prevention/view/show";
	}

	@GetMapping("/preventieplan/{id:\\d{1,18}}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		PlanRef plan = this.access.open(id, user);
		byte[] document = this.pdf.render(this.pages.full(plan), LocaleContextHolder.getLocale());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(PlanPdf.fileName(plan.schoolName(), plan.schoolYear().getLabel()))
						.build()
						.toString())
			.body(document);
	}

	@PostMapping("/preventieplan/{id:\\d{1,18}}/delen")
	String share(@PathVariable long id, @ModelAttribute ShareForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		PlanRef plan = this.access.open(id, user);
		if (result.hasErrors() || form.getGedeeld() == null || form.getVersie() == null) {
			redirect.addFlashAttribute("warning", "prevention.view.share.invalid");
			return "redirect:/preventieplan/" + id;
		}
		try {
			this.sharing.share(plan, form.getGedeeld(), form.getVersie());
			if (form.getGedeeld()) {
				redirect.addFlashAttribute("success", "prevention.view.share.shared");
			}
			else {
				redirect.addFlashAttribute("success", "prevention.view.share.unshared");
			}
		}
		catch (EditConflict changedMeanwhile) {
			redirect.addFlashAttribute("warning", "prevention.view.share.conflict");
		}
		return "redirect:/preventieplan/" + id;
	}

}
