package be.aanboord.privacy;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import be.aanboord.system.PublicPage;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The register of processing, for the administrator with the columns that hold each
 * entry's data ({@code /beheer/privacy}), and for everyone as the privacy notice in plain
 * words ({@code /privacy}); both from {@link ProcessingRegister}.
 */
@Controller
class PrivacyRegisterController {

	private final ProcessingRegister register;

	private final MessageSource messages;

	PrivacyRegisterController(ProcessingRegister register, MessageSource messages) {
		this.register = register;
		this.messages = messages;
	}

	@GetMapping("/beheer/privacy")
	String register(Model model, Locale locale) {
		model.addAttribute("entries", this.register.entries());
		model.addAttribute("retention", retentionTexts(locale));
		return "privacy/register";
	}

	@PublicPage
	@GetMapping("/privacy")
	String notice(Model model, Locale locale) {
		model.addAttribute("entries", this.register.entries());
		model.addAttribute("retention", retentionTexts(locale));
		return "privacy/notice";
	}

	/**
	 * Each entry's retention in words, by code: its {@code .retention} message with the
	 * configured period ("12 maanden") as {@code {0}}.
	 */
	private Map<String, String> retentionTexts(Locale locale) {
		Map<String, String> texts = new LinkedHashMap<>();
		for (ProcessingRegister.Entry entry : this.register.entries()) {
			Retention.Amount amount = entry.retentionAmount();
			String period = (amount != null) ? this.messages.getMessage("privacy.unit." + amount.unit().name(),
					new Object[] { amount.amount() }, locale) : null;
			// without a period, no arguments: the message is then read as written, not as
			// a
			// message format
			texts.put(entry.code(), this.messages.getMessage("ProcessingActivity." + entry.code() + ".retention",
					(period != null) ? new Object[] { period } : null, locale));
		}
		return texts;
	}

}
