package be.aanboord.help.card;

import java.util.Locale;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import be.aanboord.account.CurrentUser;
import be.aanboord.system.Edits;
import be.aanboord.system.NotFoundException;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A signed-in school user's card, kept with the school: every user of that school opens
 * the same card at {@code /hulp/kaart/school}, made from the school register on the first
 * visit. A private link to it can be made (it replaces the previous one) for colleagues
 * without an account.
 */
@Controller
class SchoolCardController {

	private static final String ADDRESS = "/hulp/kaart/school";

	private final HelpCards cards;

	private final CardPages pages;

	private final HelpCardPdf pdfs;

	SchoolCardController(HelpCards cards, CardPages pages, HelpCardPdf pdfs) {
		this.cards = cards;
		this.pages = pages;
		this.pdfs = pdfs;
	}

	@GetMapping(ADDRESS)
	String show(@AuthenticationPrincipal CurrentUser user, HttpServletResponse response, Model model) {
		CardPages.privatePage(response);
		return this.pages.show(model, this.cards.openForSchool(schoolOf(user)), ADDRESS, ADDRESS + ".pdf", null);
	}

	@PostMapping(ADDRESS)
	String save(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute CardForm cardForm,
			BindingResult result, HttpServletResponse response, Model model) {
		CardPages.privatePage(response);
		HelpCards.Key key = HelpCards.Key.school(schoolOf(user));
		Supplier<String> again = () -> this.pages.show(model, this.cards.reshow(key, cardForm), ADDRESS,
				ADDRESS + ".pdf", null);
		cardForm.checkLines(result);
		if (result.hasErrors()) {
			return again.get();
		}
		return Edits.save(model,
				() -> this.cards.save(key, cardForm, result) ? "redirect:" + ADDRESS + "?bewaard=ja" : again.get(),
				again);
	}

	@GetMapping(ADDRESS + ".pdf")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser user, Locale locale) {
		this.cards.openForSchool(schoolOf(user));
		return HelpCardController.pdf(this.pdfs.render(this.cards.sheet(HelpCards.Key.school(schoolOf(user))), locale));
	}

	/**
	 * A new private link, only with the form's confirmation (the old link stops working).
	 */
	@PostMapping(ADDRESS + "/link")
	String newLink(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(name = "bevestigd", required = false) String confirmed) {
		this.cards.openForSchool(schoolOf(user));
		if (!"ja".equals(confirmed)) {
			return "redirect:" + ADDRESS;
		}
		return "redirect:/hulp/kaart/" + this.cards.newLink(HelpCards.Key.school(schoolOf(user))) + "?nieuw=ja";
	}

	private static long schoolOf(CurrentUser user) {
		if (user == null || user.getSchoolId() == null) {
			throw new NotFoundException("school");
		}
		return user.getSchoolId();
	}

}
