package be.aanboord.partner;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public partner directory, grouped by the lab's six categories. */
@Controller
class PartnerController {

	private final OrganisationRepository organisations;

	private final PersonRepository people;

	PartnerController(OrganisationRepository organisations, PersonRepository people) {
		this.organisations = organisations;
		this.people = people;
	}

	@GetMapping("/partners")
	String directory(Model model) {
		Map<OrganisationCategory, List<Organisation>> byCategory = new EnumMap<>(OrganisationCategory.class);
		for (OrganisationCategory category : OrganisationCategory.values()) {
			byCategory.put(category, new java.util.ArrayList<>());
		}
		this.organisations.findAllByOrderByName().forEach((o) -> byCategory.get(o.getCategory()).add(o));
		Map<Long, LabRole> participation = this.people.findParticipations()
			.stream()
			.collect(Collectors.toMap(PersonRepository.Participation::getOrganisationId,
					PersonRepository.Participation::getRole,
					(a, b) -> Comparator.<LabRole>naturalOrder().compare(a, b) <= 0 ? a : b, LinkedHashMap::new));
		model.addAttribute("categories", byCategory);
		model.addAttribute("participation", participation);
		return "partners/directory";
	}

}
