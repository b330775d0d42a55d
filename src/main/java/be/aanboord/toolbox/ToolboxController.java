package be.aanboord.toolbox;

import java.util.List;

import be.aanboord.system.NotFoundException;
import be.aanboord.system.PublicPage;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public toolbox: search and browse the published fiches, read one, download it as
 * PDF. Everything here shows the published version of a fiche, never the draft of a newer
 * one. No page here touches the session.
 */
@Controller
class ToolboxController {

	private final PublishedFiches fiches;

	private final FicheSearch search;

	private final FichePdf pdf;

	private final FicheAttachments attachments;

	private final ToolboxCache cache;

	ToolboxController(PublishedFiches fiches, FicheSearch search, FichePdf pdf, FicheAttachments attachments,
			ToolboxCache cache) {
		this.fiches = fiches;
		this.search = search;
		this.pdf = pdf;
		this.attachments = attachments;
		this.cache = cache;
	}

	@PublicPage
	@GetMapping("/toolbox")
	String list(@RequestParam(name = "q", required = false) String text,
			@RequestParam(name = "thema", required = false) List<String> themes,
			@RequestParam(name = "fase", required = false) List<String> phases,
			@RequestParam(name = "niveau", required = false) List<String> levels,
			@RequestParam(name = "doelgroep", required = false) List<String> audiences,
			@RequestParam(name = "bron", required = false) List<String> sources,
			@RequestParam(name = "sorteer", required = false) String sort,
			@RequestParam(name = "pagina", defaultValue = "0") int page,
			@RequestParam(name = "letterlijk", required = false) String literal, Model model) {
		FicheQuery query = FicheQuery.of(text, themes, phases, levels, audiences, sources, sort, page, literal);
		FicheSearch.Results results = this.cache.get("search " + query.url() + " " + query.page(),
				() -> this.search.search(query));
		model.addAttribute("query", query);
		model.addAttribute("results", results);
		model.addAttribute("pageUrl", query.url());
		model.addAttribute("sorts", new FicheSort[] { FicheSort.NEWEST, FicheSort.TITLE, FicheSort.DOWNLOADS });
		if (results.reading() == FicheSearch.Reading.SUGGESTION) {
			model.addAttribute("literalUrl", query.literalUrl());
		}
		return "toolbox/list";
	}

	@PublicPage
	@GetMapping("/toolbox/{slug}")
	String show(@PathVariable String slug, Model model) {
		PublishedFiche fiche = published(slug);
		model.addAttribute("fiche", fiche);
		model.addAttribute("related", this.cache.get("related " + fiche.id(), () -> this.search.related(fiche, 4)));
		model.addAttribute("versions",
				this.cache.get("versions " + fiche.id(), () -> this.search.versions(fiche.id())));
		model.addAttribute("attachments",
				this.cache.get("attachments " + fiche.id(), () -> this.attachments.published(fiche.id())));
		return "toolbox/show";
	}

	@PublicPage
	@GetMapping("/toolbox/{slug}/versies/{number}")
	String version(@PathVariable String slug, @PathVariable int number, Model model) {
		PublishedFiche fiche = published(slug);
		model.addAttribute("fiche", fiche);
		model.addAttribute("version", this.fiches.version(fiche.id(), number)
			.orElseThrow(() -> new NotFoundException("version " + number + " of fiche " + slug)));
		return "toolbox/version";
	}

	@GetMapping("/toolbox/{slug}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String slug) {
		PublishedFiche fiche = published(slug);
		byte[] document = this.pdf.render(fiche);
		this.search.countDownload(fiche.id());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("fiche-" + fiche.number() + "-" + fiche.slug() + ".pdf")
						.build()
						.toString())
			.body(document);
	}

	/**
	 * The fiche as published (its live snapshot, not the working copy); immutable, so
	 * shared from the cache.
	 */
	private PublishedFiche published(String slug) {
		return this.cache.get("fiche " + slug, () -> this.fiches.find(slug))
			.orElseThrow(() -> new NotFoundException("fiche " + slug));
	}

}
