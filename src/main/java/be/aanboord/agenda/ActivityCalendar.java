package be.aanboord.agenda;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.DaylightSavingsTime;
import biweekly.component.StandardTime;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.property.Method;
import biweekly.property.Status;
import biweekly.util.DateTimeComponents;
import biweekly.util.DayOfWeek;
import biweekly.util.Frequency;
import biweekly.util.Recurrence;
import biweekly.util.UtcOffset;

import be.aanboord.system.ControlCharacters;
import be.aanboord.system.Formats;

/**
 * Activities as iCalendar (RFC 5545), written by biweekly: one event per activity, its
 * times in Brussels time with the zone's rules in the calendar (so every calendar program
 * shows them right, in Belgium or elsewhere), cancelled ones marked so. Text is cleaned
 * of control characters first; biweekly escapes and folds the rest. The same event (same
 * UID, the activity's version as its sequence) in the public feeds and in a registrant's
 * mail, so a calendar that holds both shows it once and follows its changes.
 */
public final class ActivityCalendar {

	private static final String ZONE = Formats.BRUSSELS.getId();

	private ActivityCalendar() {
	}

	/**
	 * The calendar of these activities.
	 * @param baseUrl the site's address without a trailing slash, for each event's URL
	 * @param name the calendar's name, as calendar programs show it
	 * @param now the time stamp of the events
	 */
	static String write(List<Activity> activities, String baseUrl, String name, Instant now) {
		return write(activities, baseUrl, name, now, false);
	}

	/**
	 * One activity as a registrant gets it (attached to a confirmation): with the online
	 * link as its location when it takes place online, which the public feeds never show.
	 * @param baseUrl the site's address without a trailing slash
	 * @param now the time stamp of the event
	 * @return the {@code .ics} text (UTF-8 when sent as bytes)
	 */
	public static String forRegistrant(Activity activity, String baseUrl, Instant now) {
		return write(List.of(activity), baseUrl, activity.getTitle(), now, true);
	}

	private static String write(List<Activity> activities, String baseUrl, String name, Instant now,
			boolean registrant) {
		ICalendar calendar = new ICalendar();
		calendar.setProductId("-//Aan Boord//Agenda//NL");
		calendar.setMethod(Method.publish());
		calendar.setName(clean(name));
		calendar.getTimezoneInfo()
			.setDefaultTimezone(new TimezoneAssignment(TimeZone.getTimeZone(Formats.BRUSSELS), brussels()));
		for (Activity activity : activities) {
			calendar.addEvent(event(activity, baseUrl, now, registrant));
		}
		return Biweekly.write(calendar).go();
	}

	private static VEvent event(Activity activity, String baseUrl, Instant now, boolean registrant) {
		VEvent event = new VEvent();
		event.setUid("activity-" + activity.getId() + "@aanboord");
		event.setDateTimeStamp(Date.from(now));
		event.setDateStart(Date.from(activity.getStartsAt()));
		event.setDateEnd(Date.from(activity.getEndsAt()));
		event.setSummary(clean(activity.getTitle()));
		if (!activity.getDescription().isBlank()) {
			event.setDescription(clean(activity.getDescription()));
		}
		if (activity.getAddress() != null) {
			event.setLocation(clean(activity.getAddress()));
		}
		else if (registrant && activity.getOnlineLink() != null) {
			event.setLocation(clean(activity.getOnlineLink()));
		}
		event.setUrl(baseUrl + "/agenda/" + activity.getSlug());
		event.setStatus((activity.getStatus() == ActivityStatus.CANCELLED) ? Status.cancelled() : Status.confirmed());
		event.setSequence(activity.getVersion());
		return event;
	}

	/**
	 * Brussels time: CET in winter, CEST from the last Sunday of March to the last of
	 * October.
	 */
	private static VTimezone brussels() {
		VTimezone zone = new VTimezone(ZONE);
		StandardTime winter = new StandardTime();
		winter.setDateStart(new DateTimeComponents(1996, 10, 27, 3, 0, 0, false));
		winter.setTimezoneOffsetFrom(new UtcOffset(true, 2, 0));
		winter.setTimezoneOffsetTo(new UtcOffset(true, 1, 0));
		winter.addTimezoneName("CET");
		winter.setRecurrenceRule(
				new Recurrence.Builder(Frequency.YEARLY).byMonth(10).byDay(-1, DayOfWeek.SUNDAY).build());
		zone.addStandardTime(winter);
		DaylightSavingsTime summer = new DaylightSavingsTime();
		summer.setDateStart(new DateTimeComponents(1981, 3, 29, 2, 0, 0, false));
		summer.setTimezoneOffsetFrom(new UtcOffset(true, 1, 0));
		summer.setTimezoneOffsetTo(new UtcOffset(true, 2, 0));
		summer.addTimezoneName("CEST");
		summer
			.setRecurrenceRule(new Recurrence.Builder(Frequency.YEARLY).byMonth(3).byDay(-1, DayOfWeek.SUNDAY).build());
		zone.addDaylightSavingsTime(summer);
		return zone;
	}

	private static String clean(String text) {
		return ControlCharacters.strip(text);
	}

}
