package be.aanboord.help.card;

import java.util.Arrays;

import jakarta.servlet.http.HttpServletResponse;

import be.aanboord.help.HelpLevel;
import be.aanboord.help.Municipalities;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What every card page needs: the headers that keep a private page out of caches, search
 * engines and other sites' logs, and the model of the card's page.
 */
@Component
class CardPages {

	static final String VIEW = "help/card/show";

	private final Municipalities municipalities;

	private final String baseUrl;

	CardPages(Municipalities municipalities, @Value("${aanboord.base-url:http://localhost:8080}") String baseUrl) {
		this.municipalities = municipalities;
		this.baseUrl = baseUrl;
	}

	/**
	 * A card's page or PDF is private: never stored by a browser or proxy, never indexed,
	 * and its address (which holds the token) is never sent to another page as a
	 * referrer.
	 */
	static void privatePage(HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("X-Robots-Tag", "noindex, nofollow");
		response.setHeader("Referrer-Policy", "no-referrer");
	}

	/**
	 * Fills the model of the card's page.
	 * @param action where the form posts
	 * @param pdf the address of the PDF
	 * @param token the private link's token, or null when the page is reached otherwise
	 */
	String show(Model model, HelpCards.Shown shown, String action, String pdf, String token) {
		model.addAttribute("cardForm", shown.form());
		model.addAttribute("page", shown.page());
		model.addAttribute("sheet", shown.sheet());
		model.addAttribute("municipality", shown.municipality());
		model.addAttribute("municipalities", this.municipalities.all());
		model.addAttribute("helpLevels", Arrays.asList(HelpLevel.values()));
		model.addAttribute("action", action);
		model.addAttribute("pdf", pdf);
		model.addAttribute("link", (token != null) ? this.baseUrl + "/hulp/kaart/" + token : null);
		return VIEW;
	}

}
