package be.aanboord.agenda;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import be.aanboord.account.CurrentUser;
import be.aanboord.project.Projects;
import be.aanboord.partner.Organisations;
import be.aanboord.system.NotFoundException;
import be.aanboord.system.PublicPage;
import be.aanboord.system.SafeMarkdown;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public agenda: upcoming activities (or past ones with their reports) with filters,
 * a month, an activity's page. Filters that are not understood are ignored; a month or an
 * activity that does not exist is the 404 page.
 */
@Controller
class AgendaController {

	private final Agenda agenda;

	private final ActivityDocumentRepository documents;

	private final Projects projects;

	private final Organisations organisations;

	private final String baseUrl;

	AgendaController(Agenda agenda, ActivityDocumentRepository documents, Projects projects,
			Organisations organisations, @Value("${aanboord.base-url:http://localhost:8080}") String baseUrl) {
		this.agenda = agenda;
		this.documents = documents;
		this.projects = projects;
		this.organisations = organisations;
		this.baseUrl = baseUrl;
	}

	@PublicPage
	@GetMapping("/agenda")
	String list(@RequestParam(name = "type", required = false) String type,
			@RequestParam(name = "doelgroep", required = false) String audience,
			@RequestParam(name = "niveau", required = false) String level,
			@RequestParam(name = "weergave", required = false) String view,
			@RequestParam(name = "pagina", required = false) String page, Model model) {
		Agenda.Filter filter = new Agenda.Filter(
				ActivityType.fromParameter(type).filter(ActivityType::isPublic).orElse(null),
				constant(ActivityAudience.class, audience), constant(ActivityLevel.class, level),
				"voorbij".equals(view));
		Page<Activity> activities = this.agenda.list(filter, pageNumber(page));
		model.addAttribute("filter", filter);
		model.addAttribute("activities", activities);
		model.addAttribute("types", ActivityType.PUBLIC);
		model.addAttribute("audiences", ActivityAudience.values());
		model.addAttribute("levels", ActivityLevel.values());
		model.addAttribute("currentMonth", this.agenda.currentMonth());
		model.addAttribute("pageUrl", pageUrl(filter));
		return "agenda/list";
	}

	@PublicPage
	@GetMapping("/agenda/maand")
	String month(@RequestParam(name = "maand", required = false) String month, Model model) {
		YearMonth shown = (month == null || month.isBlank()) ? this.agenda.currentMonth() : parseMonth(month);
		model.addAttribute("month", shown);
		model.addAttribute("previous", shown.minusMonths(1));
		model.addAttribute("next", shown.plusMonths(1));
		List<Agenda.Week> weeks = this.agenda.month(shown);
		model.addAttribute("weeks", weeks);
		model.addAttribute("empty", weeks.stream()
			.allMatch((week) -> week.days().stream().noneMatch((day) -> day.inMonth() && !day.activities().isEmpty())));
		return "agenda/month";
	}

	@PublicPage
	@GetMapping("/agenda/{slug}")
	String show(@PathVariable String slug, @AuthenticationPrincipal CurrentUser user, Model model) {
		Activity activity = this.agenda.find(slug, user).orElseThrow(() -> new NotFoundException("activity " + slug));
		model.addAttribute("activity", activity);
		model.addAttribute("descriptionHtml", SafeMarkdown.toSafeHtml(activity.getDescription()));
		model.addAttribute("reportHtml", SafeMarkdown.toSafeHtml(activity.getReport()));
		model.addAttribute("documents", this.documents.findSummaries(activity.getId()));
		model.addAttribute("projects", this.projects.all(activity.getProjectIds()));
		model.addAttribute("partners", this.organisations.names(activity.getPartnerIds()).values());
		model.addAttribute("past", activity.isPast(this.agenda.now()));
		model.addAttribute("registrationOpen", activity.registrationOpen(this.agenda.now()));
		model.addAttribute("organiser", ActivityOrganisers.mayOrganise(user, activity));
		model.addAttribute("jsonLd", ActivityJsonLd.of(activity, this.baseUrl));
		return "agenda/show";
	}

	/** A document of an activity that the visitor may see. */
	@GetMapping("/agenda/{slug}/documenten/{id}")
	ResponseEntity<byte[]> document(@PathVariable String slug, @PathVariable long id,
			@AuthenticationPrincipal CurrentUser user) {
		Activity activity = this.agenda.find(slug, user).orElseThrow(() -> new NotFoundException("activity " + slug));
		ActivityDocument document = this.documents.findByIdAndActivityId(id, activity.getId())
			.orElseThrow(() -> new NotFoundException("document " + id));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(document.getContentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(document.getFileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(document.getContent());
	}

	/** A month as {@code 2026-12}; anything else is a page that does not exist. */
	static YearMonth parseMonth(String month) {
		if (!month.matches("[0-9]{4}-[0-9]{2}")) {
			throw new NotFoundException("month " + month);
		}
		try {
			YearMonth parsed = YearMonth.parse(month);
			if (parsed.getYear() < 2000 || parsed.getYear() > 2100) {
				throw new NotFoundException("month " + month);
			}
			return parsed;
		}
		catch (DateTimeParseException ex) {
			throw new NotFoundException("month " + month);
		}
	}

	static int pageNumber(String page) {
		if (page == null || !page.matches("[0-9]{1,6}")) {
			return 0;
		}
		return Integer.parseInt(page);
	}

	private static <E extends Enum<E>> E constant(Class<E> type, String name) {
		return Arrays.stream(type.getEnumConstants()).filter((c) -> c.name().equals(name)).findFirst().orElse(null);
	}

	/** The list's address with its filters, to which the pagination adds the page. */
	private static String pageUrl(Agenda.Filter filter) {
		List<String> parts = new java.util.ArrayList<>();
		if (filter.type() != null) {
			parts.add("type=" + filter.type().getParameter());
		}
		if (filter.audience() != null) {
			parts.add("doelgroep=" + filter.audience().name());
		}
		if (filter.level() != null) {
			parts.add("niveau=" + filter.level().name());
		}
		if (filter.past()) {
			parts.add("weergave=voorbij");
		}
		return parts.isEmpty() ? "/agenda" : "/agenda?" + String.join("&", parts);
	}

}
