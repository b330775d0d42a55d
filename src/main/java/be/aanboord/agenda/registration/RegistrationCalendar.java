package be.aanboord.agenda.registration;

import java.nio.charset.StandardCharsets;
import java.util.Date;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Method;

import be.aanboord.agenda.Activity;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The activity as an iCalendar file ({@code .ics}, biweekly), attached to the
 * confirmation so that the registrant's calendar holds it; its UID is the activity's, so
 * a later update replaces it.
 */
@Component
class RegistrationCalendar {

	private final String baseUrl;

	RegistrationCalendar(@Value("${aanboord.base-url:http://localhost:8080}") String baseUrl) {
		this.baseUrl = baseUrl;
	}

	byte[] of(Activity activity) {
		ICalendar calendar = new ICalendar();
		calendar.setProductId("-//Aan Boord//Agenda//NL");
		calendar.setMethod(Method.publish());
		VEvent event = new VEvent();
		event.setUid("activity-" + activity.getId() + "@aanboord.be");
		event.setSummary(activity.getTitle());
		event.setDateStart(Date.from(activity.getStartsAt()));
		event.setDateEnd(Date.from(activity.getEndsAt()));
		if (activity.getAddress() != null) {
			event.setLocation(activity.getAddress());
		}
		else if (activity.getOnlineLink() != null) {
			event.setLocation(activity.getOnlineLink());
		}
		event.setUrl(this.baseUrl + "/agenda/" + activity.getSlug());
		calendar.addEvent(event);
		return Biweekly.write(calendar).go().getBytes(StandardCharsets.UTF_8);
	}

}
