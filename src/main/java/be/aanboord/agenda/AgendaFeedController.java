package be.aanboord.agenda;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import be.aanboord.account.CurrentUser;
import be.aanboord.system.NotFoundException;
import be.aanboord.system.PublicPage;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The agenda as iCalendar: all public activities, those of one type, or one activity (to
 * add it to one's own calendar). A feed holds the activities from three months ago on.
 */
@RestController
class AgendaFeedController {

	private static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private static final Locale DUTCH = Locale.forLanguageTag("nl-BE");

	private final Agenda agenda;

	private final MessageSource messages;

	private final String baseUrl;

	AgendaFeedController(Agenda agenda, MessageSource messages,
			@Value("${aanboord.base-url:http://localhost:8080}") String baseUrl) {
		this.agenda = agenda;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	@PublicPage
	@GetMapping("/agenda/feed.ics")
	ResponseEntity<String> all() {
		return feed(ActivityType.PUBLIC, this.messages.getMessage("agenda.feed.title", null, DUTCH), "agenda.ics");
	}

	@PublicPage
	@GetMapping("/agenda/feed/{type}.ics")
	ResponseEntity<String> ofType(@PathVariable String type) {
		ActivityType chosen = ActivityType.fromParameter(type)
			.filter(ActivityType::isPublic)
			.orElseThrow(() -> new NotFoundException("activity type " + type));
		String name = this.messages.getMessage("agenda.feed.title", null, DUTCH) + " - "
				+ this.messages.getMessage("ActivityType." + chosen.name(), null, DUTCH);
		return feed(EnumSet.of(chosen), name, "agenda-" + chosen.getParameter() + ".ics");
	}

	@PublicPage
	@GetMapping("/agenda/{slug}.ics")
	ResponseEntity<String> one(@PathVariable String slug, @AuthenticationPrincipal CurrentUser user) {
		Activity activity = this.agenda.find(slug, user).orElseThrow(() -> new NotFoundException("activity " + slug));
		return calendar(ActivityCalendar.write(List.of(activity), this.baseUrl, activity.getTitle(), this.agenda.now()),
				slug + ".ics");
	}

	private ResponseEntity<String> feed(Set<ActivityType> types, String name, String fileName) {
		return calendar(ActivityCalendar.write(this.agenda.feed(types), this.baseUrl, name, this.agenda.now()),
				fileName);
	}

	private static ResponseEntity<String> calendar(String body, String fileName) {
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build().toString())
			.cacheControl(CacheControl.maxAge(15, TimeUnit.MINUTES).cachePublic())
			.body(body);
	}

}
