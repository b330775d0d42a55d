package be.aanboord.help.editing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import be.aanboord.help.AccessRoute;
import be.aanboord.help.CareLevel;
import be.aanboord.help.HelpAudience;
import be.aanboord.help.HelpKind;
import be.aanboord.help.HelpLevel;
import be.aanboord.help.HelpOffer;
import be.aanboord.help.Municipalities;
import be.aanboord.help.Municipality;
import be.aanboord.partner.Organisations;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the offer's form needs besides the form object: the choices (kinds with their
 * level of care, levels, audiences, access routes, the municipalities by province, the
 * partner organisations) and the offer as it is now, with its open corrections.
 */
@Component
class OfferFormPage {

	private final Municipalities municipalities;

	private final Organisations organisations;

	private final HelpCorrectionRepository corrections;

	OfferFormPage(Municipalities municipalities, Organisations organisations, HelpCorrectionRepository corrections) {
		this.municipalities = municipalities;
		this.organisations = organisations;
		this.corrections = corrections;
	}

	/**
	 * Fills the model and returns the form's view; {@code offer} is null for a new one.
	 */
	String show(HelpOffer offer, Model model) {
		choices(model);
		model.addAttribute("offer", offer);
		model.addAttribute("openCorrections", (offer != null)
				? this.corrections.countByOfferIdAndStatus(offer.getId(), CorrectionStatus.PROPOSED) : 0L);
		return "help/editing/form";
	}

	/** The choices of the offer's fields. */
	void choices(Model model) {
		model.addAttribute("kinds", HelpKind.values());
		model.addAttribute("careLevels", CareLevel.values());
		model.addAttribute("helpLevels", HelpLevel.values());
		model.addAttribute("audiences", HelpAudience.values());
		model.addAttribute("accessRoutes", AccessRoute.values());
		Map<String, List<Municipality>> byProvince = new LinkedHashMap<>();
		for (Municipality municipality : this.municipalities.all()) {
			byProvince.computeIfAbsent(municipality.province(), (p) -> new java.util.ArrayList<>()).add(municipality);
		}
		model.addAttribute("municipalitiesByProvince", byProvince);
		model.addAttribute("organisations", this.organisations.all());
	}

}
