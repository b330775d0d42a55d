package be.aanboord.help;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import be.aanboord.partner.Organisations;
import be.aanboord.system.NotFoundException;
import be.aanboord.system.PublicPage;
import be.aanboord.system.SafeMarkdown;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public help directory: search and filter the offers (or, without either, the
 * overview by level of care of seed 004), an offer's page, and the levels of care drawn
 * as the zorgcontinuüm. A parameter that is not understood answers 400 with the same
 * page: a Dutch message naming it, the rest of the search kept and carried out. No page
 * here touches the session.
 */
@Controller
class HelpController {

	private final HelpSearch search;

	private final HelpOfferRepository offers;

	private final Municipalities municipalities;

	private final Organisations organisations;

	private final String baseUrl;

	HelpController(HelpSearch search, HelpOfferRepository offers, Municipalities municipalities,
			Organisations organisations, @Value("${aanboord.base-url:http://localhost:8080}") String baseUrl) {
		this.search = search;
		this.offers = offers;
		this.municipalities = municipalities;
		this.organisations = organisations;
		this.baseUrl = baseUrl;
	}

	@PublicPage
	@GetMapping("/hulp")
	String list(@RequestParam(name = "q", required = false) String text,
			@RequestParam(name = "zorg", required = false) List<String> careLevels,
			@RequestParam(name = "soort", required = false) String kind,
			@RequestParam(name = "niveau", required = false) String level,
			@RequestParam(name = "doelgroep", required = false) String audience,
			@RequestParam(name = "gemeente", required = false) String municipality,
			@RequestParam(name = "pagina", required = false) String page, HttpServletResponse response, Model model) {
		HelpQuery query = HelpQuery.of(text, careLevels, kind, level, audience, municipality, page,
				this.municipalities);
		if (!query.understood()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		model.addAttribute("query", query);
		model.addAttribute("careLevels", CareLevel.values());
		model.addAttribute("kinds", HelpKind.values());
		model.addAttribute("levels", HelpLevel.values());
		model.addAttribute("audiences", HelpAudience.values());
		model.addAttribute("municipalities", this.municipalities.all());
		if (query.filtered()) {
			Page<OfferSummary> found = this.search.search(query);
			model.addAttribute("offers", found);
			model.addAttribute("pageUrl", query.url());
		}
		else {
			model.addAttribute("overview", this.search.overview());
		}
		return "help/list";
	}

	@PublicPage
	@GetMapping("/hulp/niveaus")
	String levels(Model model) {
		model.addAttribute("chart", LevelsChart.draw());
		model.addAttribute("careLevels", CareLevel.values());
		return "help/levels";
	}

	@PublicPage
	@GetMapping("/hulp/{slug}")
	String show(@PathVariable String slug, Model model) {
		HelpOffer offer = this.offers.findWithRegionBySlug(slug)
			.filter(HelpOffer::isPublished)
			.orElseThrow(() -> new NotFoundException("help offer " + slug));
		model.addAttribute("offer", offer);
		model.addAttribute("descriptionHtml", SafeMarkdown.toSafeHtml(offer.getDescription()));
		model.addAttribute("municipalities", this.municipalities.byCodes(offer.getMunicipalityCodes()));
		model.addAttribute("organisation", (offer.getOrganisationId() != null)
				? this.organisations.find(offer.getOrganisationId()).orElse(null) : null);
		model.addAttribute("jsonLd", OfferJsonLd.of(offer, this.baseUrl));
		return "help/show";
	}

}
