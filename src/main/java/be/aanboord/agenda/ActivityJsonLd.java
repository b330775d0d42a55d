package be.aanboord.agenda;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import be.aanboord.system.ControlCharacters;
import be.aanboord.system.Formats;

/**
 * An activity as schema.org {@code Event} in JSON-LD, for search engines to show its
 * dates and place. It goes into a {@code <script type="application/ld+json">} element: a
 * data block, which browsers never run, so the Content-Security-Policy (script only from
 * the site's own files) does not stop it. {@code <} is written as {@code \u003c} so that
 * no text in it can close the element.
 */
final class ActivityJsonLd {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ActivityJsonLd() {
	}

	static String of(Activity activity, String baseUrl) {
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("@context", "https://schema.org");
		event.put("@type", "Event");
		event.put("name", ControlCharacters.strip(activity.getTitle()));
		event.put("startDate", brussels(activity.getStartsAt()));
		event.put("endDate", brussels(activity.getEndsAt()));
		event.put("url", baseUrl + "/agenda/" + activity.getSlug());
		event.put("eventStatus", (activity.getStatus() == ActivityStatus.CANCELLED)
				? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled");
		boolean online = activity.getOnlineLink() != null;
		boolean offline = activity.getAddress() != null;
		event.put("eventAttendanceMode", (online && offline) ? "https://schema.org/MixedEventAttendanceMode" : online
				? "https://schema.org/OnlineEventAttendanceMode" : "https://schema.org/OfflineEventAttendanceMode");
		if (offline) {
			event.put("location", Map.of("@type", "Place", "name", ControlCharacters.strip(activity.getAddress()),
					"address", ControlCharacters.strip(activity.getAddress())));
		}
		else if (online) {
			// the link itself is for registrants only
			event.put("location", Map.of("@type", "VirtualLocation", "url", baseUrl + "/agenda/" + activity.getSlug()));
		}
		if (!activity.getDescription().isBlank()) {
			event.put("description", ControlCharacters.strip(activity.getDescription()));
		}
		event.put("organizer", Map.of("@type", "Organization", "name", "Labo Zerotolerantie tegen Schooluitval", "url",
				baseUrl + "/"));
		if (activity.getCapacity() != null) {
			event.put("maximumAttendeeCapacity", activity.getCapacity());
		}
		return JSON.writeValueAsString(event).replace("<", "\\u003c");
	}

	private static String brussels(java.time.Instant instant) {
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(Formats.BRUSSELS));
	}

}
