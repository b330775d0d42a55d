package be.aanboord.news;

import be.aanboord.account.CurrentUser;
import be.aanboord.account.Role;
import be.aanboord.system.NotFoundException;
import be.aanboord.system.PublicPage;
import be.aanboord.system.SafeMarkdown;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public news: the list, newest first ({@value #PAGE_SIZE} a page), and an item's
 * page with what it links to. A draft is shown to the editors only (as a preview); to
 * anyone else it does not exist.
 */
@Controller
class NewsController {

	static final int PAGE_SIZE = 10;

	private final NewsItemRepository items;

	private final NewsLinks links;

	NewsController(NewsItemRepository items, NewsLinks links) {
		this.items = items;
		this.links = links;
	}

	@PublicPage
	@GetMapping("/nieuws")
	String list(@RequestParam(name = "pagina", required = false) String page, Model model) {
		model.addAttribute("items", this.items.findPublished(PageRequest.of(pageNumber(page), PAGE_SIZE)));
		return "news/list";
	}

	@PublicPage
	@GetMapping("/nieuws/{slug}")
	String show(@PathVariable String slug, @AuthenticationPrincipal CurrentUser user, Model model) {
		NewsItem item = this.items.findBySlug(slug)
			.filter((found) -> found.isPublished() || isEditor(user))
			.orElseThrow(() -> new NotFoundException("news item " + slug));
		model.addAttribute("item", item);
		model.addAttribute("bodyHtml", SafeMarkdown.toSafeHtml(item.getBody()));
		model.addAttribute("linked", this.links.of(item));
		return "news/show";
	}

	static boolean isEditor(CurrentUser user) {
		return user != null && (user.hasRole(Role.EDITOR) || user.hasRole(Role.ADMIN));
	}

	static int pageNumber(String page) {
		if (page == null || !page.matches("[0-9]{1,6}")) {
			return 0;
		}
		return Integer.parseInt(page);
	}

}
