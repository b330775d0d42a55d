package be.aanboord.news.newsletter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import be.aanboord.system.PublicPage;

import org.springframework.http.HttpStatus;
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
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Subscribing to the newsletter, confirming by the mailed link (a page with one button,
 * so that a mail scanner opening the link confirms nothing) and unsubscribing (a page
 * with one button, and the one-click POST of RFC 8058 that mail programs send). No
 * session: outcomes travel in the address. The answer to a subscription is the same
 * whether the address was known or not. Pages with a token are not kept, not indexed and
 * send no referrer.
 */
@Controller
class NewsletterController {

	private final Subscriptions subscriptions;

	private final NewsletterRateLimit rateLimit;

	NewsletterController(Subscriptions subscriptions, NewsletterRateLimit rateLimit) {
		this.subscriptions = subscriptions;
		this.rateLimit = rateLimit;
	}

	@PublicPage
	@GetMapping("/nieuwsbrief")
	String form(@RequestParam(name = "ontvangen", required = false) String received,
			@RequestParam(name = "bevestigd", required = false) String confirmed,
			@RequestParam(name = "uitgeschreven", required = false) String unsubscribed, Model model) {
		model.addAttribute("subscribeForm", new SubscribeForm());
		model.addAttribute("received", received != null);
		model.addAttribute("confirmed", confirmed != null);
		model.addAttribute("unsubscribed", unsubscribed != null);
		return "news/newsletter/subscribe";
	}

	@PostMapping("/nieuwsbrief")
	String subscribe(@Valid @ModelAttribute SubscribeForm subscribeForm, BindingResult result,
			HttpServletRequest request, HttpServletResponse response) {
		if (subscribeForm.isRobot()) {
			return "redirect:/nieuwsbrief?ontvangen=ja";
		}
		if (!this.rateLimit.allow(request.getRemoteAddr())) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			result.reject("newsletter.error.tooMany");
			return "news/newsletter/subscribe";
		}
		if (result.hasErrors()) {
			return "news/newsletter/subscribe";
		}
		this.subscriptions.subscribe(subscribeForm.getEmail());
		return "redirect:/nieuwsbrief?ontvangen=ja";
	}

	@GetMapping("/nieuwsbrief/bevestigen/{token}")
	String confirmPage(@PathVariable String token, Model model, HttpServletResponse response) {
		noStore(response);
		model.addAttribute("token", token);
		return "news/newsletter/confirm";
	}

	@PostMapping("/nieuwsbrief/bevestigen/{token}")
	String confirm(@PathVariable String token, Model model, HttpServletResponse response) {
		if (this.subscriptions.confirm(token)) {
			return "redirect:/nieuwsbrief?bevestigd=ja";
		}
		noStore(response);
		response.setStatus(HttpStatus.NOT_FOUND.value());
		model.addAttribute("invalid", true);
		return "news/newsletter/confirm";
	}

	@GetMapping("/nieuwsbrief/uitschrijven/{token}")
	String unsubscribePage(@PathVariable String token, Model model, HttpServletResponse response) {
		noStore(response);
		boolean valid = this.subscriptions.isValidUnsubscribe(token);
		if (!valid) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
		}
		model.addAttribute("token", token);
		model.addAttribute("valid", valid);
		return "news/newsletter/unsubscribe";
	}

	@PostMapping("/nieuwsbrief/uitschrijven/{token}")
	String unsubscribe(@PathVariable String token) {
		this.subscriptions.unsubscribe(token);
		return "redirect:/nieuwsbrief?uitgeschreven=ja";
	}

	/** RFC 8058: the mail program's one-click unsubscribe, without a CSRF token. */
	@PostMapping(path = "/nieuwsbrief/uitschrijven/{token}", params = "List-Unsubscribe=One-Click")
	@ResponseBody
	ResponseEntity<String> oneClick(@PathVariable String token) {
		this.subscriptions.unsubscribe(token);
		return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body("OK");
	}

	/** Pages with a personal token: not kept, not indexed, no referrer to other sites. */
	private static void noStore(HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("X-Robots-Tag", "noindex");
		response.setHeader("Referrer-Policy", "no-referrer");
	}

}
