package be.aanboord.budget;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import be.aanboord.account.CurrentUser;
import be.aanboord.project.Project;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The city's side: comments per project and the decision, which locks the amounts.
 */
@Controller
class BudgetDecisionController {

	private final BudgetLedger ledger;

	private final BudgetCommentRepository comments;

	BudgetDecisionController(BudgetLedger ledger, BudgetCommentRepository comments) {
		this.ledger = ledger;
		this.comments = comments;
	}

	@GetMapping("/budget/{year}/beslissing")
	@Transactional(readOnly = true)
	String decisionForm(@PathVariable String year, @AuthenticationPrincipal CurrentUser user, Model model) {
		BudgetYear budgetYear = this.ledger.year(year);
		if (!BudgetReader.of(user).mayRead(budgetYear)) {
			return notSent(budgetYear, model);
		}
		BudgetForms.DecisionForm form = new BudgetForms.DecisionForm();
		form.setVersion(budgetYear.getVersion());
		form.setDecidedOn((budgetYear.getDecidedOn() != null) ? budgetYear.getDecidedOn() : this.ledger.today());
		form.setRemarks(budgetYear.getDecisionRemarks());
		form.setLines(proposals(budgetYear));
		model.addAttribute("year", budgetYear);
		model.addAttribute("decisionForm", form);
		return "budget/decision-form";
	}

	@PostMapping("/budget/{year}/beslissing")
	@Transactional
	String decide(@PathVariable String year, @AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute("decisionForm") BudgetForms.DecisionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		BudgetYear budgetYear = this.ledger.year(year);
		if (!BudgetReader.of(user).mayRead(budgetYear)) {
			return notSent(budgetYear, model);
		}
		model.addAttribute("year", budgetYear);
		if (budgetYear.getVersion() != form.getVersion()) {
			model.addAttribute("conflict", true);
			return "budget/decision-form";
		}
		if (budgetYear.getStep() != BudgetStep.ADVICE_SENT) {
			if (budgetYear.isLocked()) {
				result.reject("budget.rule.locked");
			}
			else {
				result.reject("budget.rule.decisionNotNow");
			}
		}
		List<FundingRequest> requests = budgetYear.getRequests();
		Map<Long, BudgetYear.Decision> decisions = new HashMap<>();
		List<BudgetForms.DecisionLine> lines = form.getLines();
		if (lines.size() != requests.size()) {
			form.setLines(proposals(budgetYear));
			result.reject("budget.rule.decisionIncomplete");
		}
		else {
			for (int i = 0; i < lines.size(); i++) {
				BudgetForms.DecisionLine line = lines.get(i);
				if (line.getRequestId() == null || !line.getRequestId().equals(requests.get(i).getId())) {
					result.reject("budget.rule.decisionIncomplete");
					break;
				}
				BigDecimal amount = BudgetForms.amount(line.getAmount(), "lines[" + i + "].amount", true, result);
				decisions.put(line.getRequestId(),
						new BudgetYear.Decision(amount, (line.getRemarks() != null && !line.getRemarks().isBlank())
								? line.getRemarks().strip() : null));
			}
		}
		if (!result.hasErrors()) {
			BigDecimal total = decisions.values()
				.stream()
				.map(BudgetYear.Decision::amount)
				.reduce(Money.sum(), BigDecimal::add);
			if (budgetYear.exceedsEnvelope(total)) {
				Money money = new Money();
				result.reject("budget.rule.decisionOverEnvelope",
						new Object[] { money.format(total), money.format(budgetYear.getEnvelope()) }, null);
			}
		}
		if (result.hasErrors()) {
			return "budget/decision-form";
		}
		budgetYear.decide(form.getDecidedOn(), (form.getRemarks() != null) ? form.getRemarks().strip() : null,
				decisions, this.ledger.actor(user));
		this.ledger.record(budgetYear);
		redirect.addFlashAttribute("success", "budget.decision.saved");
		return "redirect:/budget/" + budgetYear.getLabel();
	}

	@GetMapping("/budget/{year}/opmerking/{project}")
	@Transactional(readOnly = true)
	String commentForm(@PathVariable String year, @PathVariable("project") String slug,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		BudgetYear budgetYear = show(model, year, slug, user);
		if (!BudgetReader.of(user).mayRead(budgetYear)) {
			return notSent(budgetYear, model);
		}
		model.addAttribute("commentForm", new BudgetForms.CommentForm());
		return "budget/comment-form";
	}

	@PostMapping("/budget/{year}/opmerking/{project}")
	@Transactional
	String comment(@PathVariable String year, @PathVariable("project") String slug,
			@AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute("commentForm") BudgetForms.CommentForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		BudgetYear budgetYear = show(model, year, slug, user);
		if (!BudgetReader.of(user).mayRead(budgetYear)) {
			return notSent(budgetYear, model);
		}
		if (result.hasErrors()) {
			return "budget/comment-form";
		}
		Project project = (Project) model.getAttribute("project");
		Actor who = this.ledger.actor(user);
		this.comments.save(new BudgetComment(budgetYear.getStartYear(), project.getId(), who.name(), who.at(),
				form.getText().strip()));
		redirect.addFlashAttribute("success", "budget.comment.saved");
		return "redirect:/budget/" + budgetYear.getLabel() + "#project-" + project.getSlug();
	}

	/** A line per request, proposing the decided amount if any, else the advice. */
	private static List<BudgetForms.DecisionLine> proposals(BudgetYear year) {
		List<BudgetForms.DecisionLine> lines = new java.util.ArrayList<>();
		for (FundingRequest request : year.getRequests()) {
			BudgetForms.DecisionLine line = new BudgetForms.DecisionLine();
			line.setRequestId(request.getId());
			BigDecimal proposal = (request.getDecided() != null) ? request.getDecided() : request.getAdvised();
			line.setAmount(BudgetForms.text(proposal));
			line.setRemarks(request.getDecisionRemarks());
			lines.add(line);
		}
		return lines;
	}

	/**
	 * The page of a year whose advice is not sent yet, in place of anything that would
	 * show its requests or advice (see {@link BudgetReader}).
	 */
	private static String notSent(BudgetYear year, Model model) {
		model.asMap().remove("request");
		model.asMap().remove("project");
		model.addAttribute("year", year);
		model.addAttribute("steps", BudgetStep.values());
		return "budget/not-sent";
	}

	private BudgetYear show(Model model, String year, String slug, CurrentUser user) {
		BudgetYear budgetYear = this.ledger.year(year);
		Project project = this.ledger.project(slug, user);
		FundingRequest request = this.ledger.request(budgetYear, project);
		model.addAttribute("year", budgetYear);
		model.addAttribute("project", project);
		model.addAttribute("request", request);
		return budgetYear;
	}

}
