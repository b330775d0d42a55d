package be.aanboord.toolbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import be.aanboord.account.CurrentUser;
import be.aanboord.system.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static be.aanboord.toolbox.FicheContributions.organisationOf;

/**
 * Partners attach files to their drafts; anyone downloads those of the published version
 * of a fiche.
 */
@Controller
class AttachmentController {

	private final FicheContributions contributions;

	private final FicheReview review;

	private final FicheAttachments attachments;

	AttachmentController(FicheContributions contributions, FicheReview review, FicheAttachments attachments) {
		this.contributions = contributions;
		this.review = review;
		this.attachments = attachments;
	}

	@PostMapping("/toolbox/mijn-fiches/{id}/bijlagen")
	String upload(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(name = "bestand", required = false) MultipartFile file, RedirectAttributes redirect) {
		try {
			this.attachments.upload(id, organisationOf(user), file);
			redirect.addFlashAttribute("success", "toolbox.attachment.saved");
		}
		catch (FicheAttachments.Rejected rejected) {
			redirect.addFlashAttribute("uploadError", rejected.code());
			redirect.addFlashAttribute("uploadErrorArguments", rejected.arguments());
		}
		return "redirect:/toolbox/mijn-fiches/" + id + "#bijlagen";
	}

	@PostMapping("/toolbox/mijn-fiches/{id}/bijlagen/{attachment}/verwijderen")
	String delete(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long attachment,
			RedirectAttributes redirect) {
		if (this.attachments.delete(id, organisationOf(user), attachment).published()) {
			redirect.addFlashAttribute("success", "toolbox.attachment.withdrawn");
		}
		else {
			redirect.addFlashAttribute("success", "toolbox.attachment.deleted");
		}
		return "redirect:/toolbox/mijn-fiches/" + id + "#bijlagen";
	}

	/**
	 * The attachment's content, or only its headers for HEAD; conditional requests as in
	 * {@link ConditionalGet}. Only a GET that sends the content counts as a download.
	 */
	@GetMapping("/toolbox/{slug}/bijlagen/{attachment}")
	void download(@PathVariable String slug, @PathVariable long attachment, ServletWebRequest request,
			HttpServletResponse response) throws IOException {
		FicheAttachments.Attachment found = this.attachments.findPublished(slug, attachment)
			.orElseThrow(() -> new NotFoundException("attachment " + attachment + " of fiche " + slug));
		response.setHeader(HttpHeaders.CACHE_CONTROL,
				CacheControl.maxAge(1, TimeUnit.DAYS).cachePublic().getHeaderValue());
		if (ConditionalGet.notModified(request, "\"" + found.sha256() + "\"", found.createdAt())) {
			return;
		}
		response.setContentType(found.contentType());
		response.setContentLengthLong(found.size());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename(found.originalName(), StandardCharsets.UTF_8)
					.build()
					.toString());
		response.setHeader("X-Content-Type-Options", "nosniff");
		if (HttpMethod.HEAD.matches(request.getRequest().getMethod())) {
			return;
		}
		try (InputStream content = this.attachments.open(found)) {
			content.transferTo(response.getOutputStream());
		}
		this.attachments.countDownload(found);
	}

	/**
	 * An attachment of the contributor's own fiche as it is being written, for its
	 * preview; never cached, never counted.
	 */
	@GetMapping("/toolbox/mijn-fiches/{id}/bijlagen/{attachment}")
	void downloadOwn(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long attachment,
			HttpServletResponse response) throws IOException {
		sendPrivately(attachmentOf(this.contributions.own(id, organisationOf(user)), attachment), response);
	}

	/**
	 * An attachment of a fiche under review, also one that is new or withdrawn in the
	 * version under review, so that the editors see what they publish.
	 */
	@GetMapping("/toolbox/redactie/{id}/bijlagen/{attachment}")
	void downloadForReview(@PathVariable long id, @PathVariable long attachment, HttpServletResponse response)
			throws IOException {
		sendPrivately(attachmentOf(this.review.find(id), attachment), response);
	}

	private FicheAttachments.Attachment attachmentOf(Fiche fiche, long attachment) {
		return this.attachments.find(attachment)
			.filter((candidate) -> candidate.ficheId() == fiche.getId())
			.orElseThrow(() -> new NotFoundException("attachment " + attachment));
	}

	private void sendPrivately(FicheAttachments.Attachment found, HttpServletResponse response) throws IOException {
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
		response.setContentType(found.contentType());
		response.setContentLengthLong(found.size());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename(found.originalName(), StandardCharsets.UTF_8)
					.build()
					.toString());
		response.setHeader("X-Content-Type-Options", "nosniff");
		try (InputStream content = this.attachments.open(found)) {
			content.transferTo(response.getOutputStream());
		}
	}

}
