package be.aanboord.prevention.action;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import be.aanboord.account.CurrentUser;
import be.aanboord.prevention.PlanAccess;
import be.aanboord.prevention.PlanAccess.PlanRef;
import be.aanboord.system.FileType;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The plan's attachments: the list with the upload form (title and file; a refused file
 * shows why in Dutch next to the field, the title kept), the download (always as a
 * download, with the type recognised on upload, never sniffed, never cached) and the
 * school's delete button.
 */
@Controller
class PlanAttachmentController {

	private static final String LIST = PlanActionController.PLAN + "/bijlagen";

	private static final String ONE = LIST + "/{attachmentId:[0-9]{1,18}}";

	private final PlanAccess access;

	private final PlanAttachments attachments;

	PlanAttachmentController(PlanAccess access, PlanAttachments attachments) {
		this.access = access;
		this.attachments = attachments;
	}

	@GetMapping(LIST)
	String list(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		return page(this.access.open(id, user), "", null, null, model);
	}

	@PostMapping(LIST)
	String upload(@PathVariable long id, @RequestParam(name = "titel", required = false) String title,
			@RequestParam(name = "bestand", required = false) MultipartFile file,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) throws IOException {
		PlanRef plan = this.access.open(id, user);
		String typed = (title != null) ? title : "";
		String titleError = typed.isBlank() ? "prevention.attachment.error.title"
				: (typed.strip().length() > PlanAttachments.MAX_TITLE) ? "prevention.attachment.error.titleLength"
						: null;
		String fileError = (file == null || file.isEmpty()) ? "prevention.attachment.error.missing"
				: (file.getSize() > this.attachments.maxBytes()) ? "prevention.attachment.error.tooLarge" : null;
		if (titleError == null && fileError == null) {
			try {
				this.attachments.upload(plan, typed, file.getOriginalFilename(), file.getBytes(), user);
				redirect.addFlashAttribute("success", "prevention.attachment.saved");
				return "redirect:/preventieplan/" + id + "/bijlagen";
			}
			catch (FileType.Rejected rejected) {
				fileError = rejected.isUnreadable() ? "prevention.attachment.error.unreadable"
						: "prevention.attachment.error.type";
			}
		}
		return page(plan, typed, titleError, fileError, model);
	}

	@GetMapping(ONE)
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId,
			@AuthenticationPrincipal CurrentUser user) {
		PlanAttachments.Download file = this.attachments.download(this.access.open(id, user), attachmentId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(PlanAttachments.safeFileName(file.fileName()), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(file.content());
	}

	@PostMapping(ONE + "/verwijderen")
	String delete(@PathVariable long id, @PathVariable long attachmentId, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		this.attachments.delete(this.access.open(id, user), attachmentId, user);
		redirect.addFlashAttribute("success", "prevention.attachment.deleted");
		return "redirect:/preventieplan/" + id + "/bijlagen";
	}

	private String page(PlanRef plan, String title, String titleError, String fileError, Model model) {
		model.addAttribute("plan", plan);
		model.addAttribute("attachments", this.attachments.list(plan));
		model.addAttribute("attachmentTitle", title);
		model.addAttribute("titleError", titleError);
		model.addAttribute("fileError", fileError);
		model.addAttribute("maxMegabytes", this.attachments.maxBytes() / (1024 * 1024));
		return "prevention/action/attachments";
	}

}
