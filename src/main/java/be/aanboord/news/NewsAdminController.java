package be.aanboord.news;

import jakarta.validation.Valid;

import be.aanboord.system.Edits;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editors' news pages: every item (drafts too), one form to create and edit an item,
 * publish and withdraw. Fiches and activities are chosen by title from lists; help offers
 * by their address, one per line (an address that names no published offer is an error
 * next to the field).
 */
@Controller
class NewsAdminController {

	private final NewsDesk desk;

	private final NewsItemRepository items;

	private final NewsLinks links;

	private final java.time.Clock clock;

	NewsAdminController(NewsDesk desk, NewsItemRepository items, NewsLinks links, java.time.Clock clock) {
		this.desk = desk;
		this.items = items;
		this.links = links;
		this.clock = clock;
	}

	@GetMapping("/nieuws/beheer")
	String list(@RequestParam(name = "pagina", required = false) String page, Model model) {
		model.addAttribute("items", this.items
			.findAllByOrderByDateDescIdDesc(PageRequest.of(NewsController.pageNumber(page), NewsController.PAGE_SIZE)));
		return "news/admin/list";
	}

	@GetMapping("/nieuws/beheer/nieuw")
	String createForm(Model model) {
		NewsForm form = new NewsForm();
		form.setDate(java.time.LocalDate.now(this.clock));
		model.addAttribute("newsForm", form);
		return form(null, model);
	}

	@PostMapping("/nieuws/beheer/nieuw")
	String create(@Valid @ModelAttribute("newsForm") NewsForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		NewsLinks.Resolved offers = offers(form, result);
		if (result.hasErrors()) {
			return form(null, model);
		}
		long id = this.desk.create(form, offers.ids());
		redirect.addFlashAttribute("success", "news.saved");
		return "redirect:/nieuws/beheer/" + id;
	}

	@GetMapping("/nieuws/beheer/{id}")
	String editForm(@PathVariable long id, Model model) {
		NewsItem item = this.desk.find(id);
		model.addAttribute("newsForm", NewsForm.from(item, this.links.offerLines(item.getOfferIds())));
		return form(item, model);
	}

	@PostMapping("/nieuws/beheer/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("newsForm") NewsForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		NewsItem item = this.desk.find(id);
		NewsLinks.Resolved offers = offers(form, result);
		if (result.hasErrors()) {
			return form(item, model);
		}
		return Edits.save(model, () -> {
			this.desk.update(id, form, offers.ids());
			redirect.addFlashAttribute("success", "news.saved");
			return "redirect:/nieuws/beheer/" + id;
		}, () -> form(this.desk.find(id), model));
	}

	@PostMapping("/nieuws/beheer/{id}/publiceren")
	String publish(@PathVariable long id, RedirectAttributes redirect) {
		this.desk.find(id);
		this.desk.publish(id);
		redirect.addFlashAttribute("success", "news.published");
		return "redirect:/nieuws/beheer/" + id;
	}

	@PostMapping("/nieuws/beheer/{id}/intrekken")
	String unpublish(@PathVariable long id, RedirectAttributes redirect) {
		this.desk.find(id);
		this.desk.unpublish(id);
		redirect.addFlashAttribute("success", "news.unpublished");
		return "redirect:/nieuws/beheer/" + id;
	}

	private NewsLinks.Resolved offers(NewsForm form, BindingResult result) {
		NewsLinks.Resolved offers = this.links.resolveOffers(form.getOffers());
		if (!offers.unknown().isEmpty()) {
			result.rejectValue("offers", "news.error.unknownOffer",
					new Object[] { String.join(", ", offers.unknown()) }, null);
		}
		return offers;
	}

	private String form(NewsItem item, Model model) {
		model.addAttribute("item", item);
		model.addAttribute("ficheChoices", this.links.ficheChoices());
		model.addAttribute("activityChoices",
				this.links.activityChoices(this.clock.instant().minus(java.time.Duration.ofDays(365))));
		return "news/admin/form";
	}

}
