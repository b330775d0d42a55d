package be.aanboord.help.editing;

import java.util.Arrays;

import be.aanboord.help.CareLevel;
import be.aanboord.help.HelpOffer;
import be.aanboord.help.OfferStatus;
import be.aanboord.partner.Organisations;
import be.aanboord.system.Pages;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The editors' list of offers (search by name, filter by status and level of care), the
 * view of the published offers not checked for longer than the configured period, oldest
 * first, and an offer's history, newest first. Filters live in the address ({@code zoek},
 * {@code status}, {@code zorg}, {@code weergave=niet-nagekeken}, {@code pagina}); unknown
 * values are ignored.
 */
@Controller
class OfferListController {

	static final int PAGE_SIZE = 25;

	private final EditorOffers offers;

	private final OfferEditing editing;

	private final OfferHistory history;

	private final Organisations organisations;

	OfferListController(EditorOffers offers, OfferEditing editing, OfferHistory history, Organisations organisations) {
		this.organisations = organisations;
		this.offers = offers;
		this.editing = editing;
		this.history = history;
	}

	@GetMapping("/hulp/beheer")
	String list(@RequestParam(name = "zoek", required = false) String query,
			@RequestParam(name = "status", required = false) String status,
			@RequestParam(name = "zorg", required = false) String care,
			@RequestParam(name = "weergave", required = false) String view,
			@RequestParam(name = "pagina", required = false) String page, Model model) {
		boolean notChecked = "niet-nagekeken".equals(view);
		String name = (query == null || query.isBlank()) ? null : query.strip();
		if (name != null && name.length() > 200) {
			name = name.substring(0, 200);
		}
		String chosenStatus = Arrays.stream(OfferStatus.values())
			.map(OfferStatus::name)
			.filter((s) -> s.equals(status))
			.findFirst()
			.orElse(null);
		CareLevel level = Arrays.stream(CareLevel.values())
			.filter((c) -> c.name().equals(care))
			.findFirst()
			.orElse(null);
		String filteredName = name;
		Page<EditorOffers.Row> found = notChecked ? Pages.of(pageNumber(page), PAGE_SIZE, this.offers::notChecked)
				: Pages.of(pageNumber(page), PAGE_SIZE,
						(pageable) -> this.offers.find(filteredName, chosenStatus, level, pageable));
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/hulp/beheer");
		if (notChecked) {
			url.queryParam("weergave", "niet-nagekeken");
		}
		else {
			url.queryParamIfPresent("zoek", java.util.Optional.ofNullable(name));
			url.queryParamIfPresent("status", java.util.Optional.ofNullable(chosenStatus));
			url.queryParamIfPresent("zorg", java.util.Optional.ofNullable(level));
		}
		model.addAttribute("offers", found);
		model.addAttribute("notChecked", notChecked);
		model.addAttribute("query", name);
		model.addAttribute("status", chosenStatus);
		model.addAttribute("careLevel", level);
		model.addAttribute("careLevels", CareLevel.values());
		model.addAttribute("checkAfterMonths", this.offers.checkAfter().toTotalMonths());
		model.addAttribute("checkedBefore", this.offers.checkedBefore());
		model.addAttribute("openCorrections", this.offers.openCorrections());
		model.addAttribute("pageUrl", url.encode().build().toUriString());
		return "help/editing/list";
	}

	@GetMapping("/hulp/beheer/{id}/geschiedenis")
	String history(@PathVariable long id, @RequestParam(name = "pagina", required = false) String page, Model model) {
		HelpOffer offer = this.editing.offer(id);
		Page<OfferHistory.Entry> changes = Pages.of(pageNumber(page), PAGE_SIZE,
				(pageable) -> this.history.of(id, pageable));
		java.util.Set<Long> organisationIds = new java.util.HashSet<>();
		changes.forEach((change) -> change.fields()
			.stream()
			.filter((f) -> f.field().equals("organisationId"))
			.forEach((f) -> java.util.stream.Stream.of(f.before(), f.after())
				.filter((v) -> v != null && v.matches("[0-9]{1,18}"))
				.forEach((v) -> organisationIds.add(Long.valueOf(v)))));
		java.util.Map<String, String> organisationNames = new java.util.HashMap<>();
		this.organisations.names(organisationIds)
			.forEach((organisationId, name) -> organisationNames.put(String.valueOf(organisationId), name));
		model.addAttribute("offer", offer);
		model.addAttribute("changes", changes);
		model.addAttribute("organisationNames", organisationNames);
		return "help/editing/history";
	}

	static int pageNumber(String page) {
		if (page == null || !page.matches("[0-9]{1,6}")) {
			return 0;
		}
		return Integer.parseInt(page);
	}

}
