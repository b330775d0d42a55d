package be.aanboord.partner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import be.aanboord.system.Pages;
import be.aanboord.system.PublicPage;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public partner directory, grouped by the lab's six categories, with how to reach
 * each organisation and links to its help offers (through {@link OrganisationOffers}).
 */
@Controller
class PartnerController {

	private static final int PAGE_SIZE = 60;

	private final OrganisationRepository organisations;

	private final PersonRepository people;

	private final List<OrganisationOffers> offers;

	PartnerController(OrganisationRepository organisations, PersonRepository people, List<OrganisationOffers> offers) {
		this.organisations = organisations;
		this.people = people;
		this.offers = offers;
	}

	@PublicPage
	@GetMapping("/partners")
	String directory(@RequestParam(name = "pagina", defaultValue = "0") int page, Model model) {
		Page<Organisation> organisations = Pages.of(page, PAGE_SIZE, this.organisations::findDirectoryPage);
		Map<OrganisationCategory, List<Organisation>> byCategory = new LinkedHashMap<>();
		organisations.forEach((o) -> byCategory.computeIfAbsent(o.getCategory(), (c) -> new ArrayList<>()).add(o));
		// per organisation the most involved role of its people: CHAIR before CORE_GROUP
		// before …
		Map<Long, LabRole> participation = this.people.findParticipations(organisations.getContent())
			.stream()
			.collect(Collectors.toMap(PersonRepository.Participation::getOrganisationId,
					PersonRepository.Participation::getRole, (a, b) -> (a.compareTo(b) <= 0) ? a : b));
		model.addAttribute("organisations", organisations);
		model.addAttribute("categories", byCategory);
		model.addAttribute("participation", participation);
		Map<Long, List<OrganisationOffers.OfferLink>> links = new LinkedHashMap<>();
		this.offers.forEach((source) -> links.putAll(source.byOrganisation()));
		model.addAttribute("offers", links);
		return "partners/directory";
	}

}
