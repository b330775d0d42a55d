package be.aanboord.help.card;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import be.aanboord.help.HelpLevel;
import be.aanboord.help.Municipalities;
import be.aanboord.school.Schools;
import be.aanboord.system.Edits;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The card "Eerste Hulp bij schooluitval" without an account: the start page, the card
 * under its private link ({@code /hulp/kaart/{token}}) and its PDF. No session: messages
 * travel in the address. A token that finds no card, whatever its shape, is the 404 page.
 */
@Controller
class HelpCardController {

	/** Most schools listed at once on the start page when searching. */
	static final int MAX_SCHOOLS_LISTED = 400;

	private final HelpCards cards;

	private final Schools schools;

	private final Municipalities municipalities;

	private final CardPages pages;

	private final HelpCardPdf pdfs;

	HelpCardController(HelpCards cards, Schools schools, Municipalities municipalities, CardPages pages,
			HelpCardPdf pdfs) {
		this.cards = cards;
		this.schools = schools;
		this.municipalities = municipalities;
		this.pages = pages;
		this.pdfs = pdfs;
	}

	@GetMapping("/hulp/kaart")
	String startForm(@RequestParam(name = "zoek", required = false) String search, Model model) {
		model.addAttribute("cardStartForm", new CardStartForm());
		return start(search, model);
	}

	@PostMapping("/hulp/kaart")
	String create(@Valid @ModelAttribute CardStartForm cardStartForm, BindingResult result, Model model) {
		if (result.hasErrors()) {
			return start(null, model);
		}
		return this.cards.start(cardStartForm, result)
			.map((token) -> "redirect:/hulp/kaart/" + token + "?nieuw=ja")
			.orElseGet(() -> start(null, model));
	}

	@GetMapping("/hulp/kaart/{token}")
	String show(@PathVariable String token, HttpServletResponse response, Model model) {
		CardPages.privatePage(response);
		HelpCards.Key key = HelpCards.Key.link(token);
		return this.pages.show(model, this.cards.open(key), "/hulp/kaart/" + token, "/hulp/kaart/" + token + ".pdf",
				token);
	}

	@PostMapping("/hulp/kaart/{token}")
	String save(@PathVariable String token, @Valid @ModelAttribute CardForm cardForm, BindingResult result,
			HttpServletResponse response, Model model) {
		CardPages.privatePage(response);
		HelpCards.Key key = HelpCards.Key.link(token);
		String address = "/hulp/kaart/" + token;
		Supplier<String> again = () -> this.pages.show(model, this.cards.reshow(key, cardForm), address,
				address + ".pdf", token);
		cardForm.checkLines(result);
		if (result.hasErrors()) {
			return again.get();
		}
		return Edits.save(model,
				() -> this.cards.save(key, cardForm, result) ? "redirect:" + address + "?bewaard=ja" : again.get(),
				again);
	}

	@GetMapping("/hulp/kaart/{token}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String token, Locale locale) {
		Sheet sheet = this.cards.sheet(HelpCards.Key.link(token));
		return pdf(this.pdfs.render(sheet, locale));
	}

	/** The PDF as a private download. */
	static ResponseEntity<byte[]> pdf(byte[] pdf) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("eerste-hulp-bij-schooluitval.pdf").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.header("X-Robots-Tag", "noindex, nofollow")
			.header("Referrer-Policy", "no-referrer")
			.body(pdf);
	}

	private String start(String search, Model model) {
		model.addAttribute("search", search);
		model.addAttribute("schools", this.schools.withAddress(search, MAX_SCHOOLS_LISTED));
		model.addAttribute("municipalities", this.municipalities.all());
		model.addAttribute("helpLevels", Arrays.asList(HelpLevel.values()));
		return "help/card/start";
	}

}
