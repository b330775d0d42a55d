package be.aanboord.agenda.registration;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import be.aanboord.agenda.Activity;
import be.aanboord.agenda.ActivityCalendar;
import be.aanboord.agenda.ActivityCancelled;
import be.aanboord.agenda.ActivityRepository;
import be.aanboord.system.Formats;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The registrants' e-mails, in Dutch, sent after the change is committed (Modulith's
 * module listeners, outside the registering request and never inside the transaction that
 * counts the seats): the confirmation or the place on the waiting list with the
 * activity's {@code .ics} and the personal link, the promotion, the cancellation, the
 * organisers' message, the activity's cancellation and the link to one's data. Without a
 * mail server the message is logged.
 */
@Component
class RegistrationMail {

	private static final Logger log = LoggerFactory.getLogger(RegistrationMail.class);

	private static final Locale DUTCH = Locale.forLanguageTag("nl-BE");

	private final ObjectProvider<JavaMailSender> sender;

	private final MessageSource messages;

	private final RegistrationRepository registrations;

	private final ActivityRepository activities;

	private final PersonalLinks links;

	private final Clock clock;

	private final String baseUrl;

	private final String from;

	RegistrationMail(ObjectProvider<JavaMailSender> sender, MessageSource messages,
			RegistrationRepository registrations, ActivityRepository activities, PersonalLinks links, Clock clock,
			@Value("${aanboord.base-url:http://localhost:8080}") String baseUrl,
			@Value("${aanboord.agenda.mail-from:agenda@aanboord.be}") String from) {
		this.sender = sender;
		this.messages = messages;
		this.registrations = registrations;
		this.activities = activities;
		this.links = links;
		this.clock = clock;
		this.baseUrl = baseUrl;
		this.from = from;
	}

	@ApplicationModuleListener
	void on(RegistrationEvents.Confirmed confirmed) {
		about(confirmed.registrationId(), "CONFIRMED", true);
	}

	@ApplicationModuleListener
	void on(RegistrationEvents.Waitlisted waitlisted) {
		about(waitlisted.registrationId(), "WAITING", false);
	}

	@ApplicationModuleListener
	void on(RegistrationEvents.Promoted promoted) {
		about(promoted.registrationId(), "PROMOTED", true);
	}

	@ApplicationModuleListener
	void on(RegistrationEvents.Cancelled cancelled) {
		about(cancelled.registrationId(), "CANCELLED", false);
	}

	@ApplicationModuleListener
	void on(RegistrationEvents.LinkRequested requested) {
		Registration registration = this.registrations.findById(requested.registrationId()).orElse(null);
		if (registration != null) {
			about(registration.getId(), registration.isConfirmed() ? "LINK_CONFIRMED" : "LINK_WAITING",
					registration.isConfirmed());
		}
	}

	@ApplicationModuleListener
	void on(RegistrationEvents.Messaged messaged) {
		Activity activity = this.activities.findById(messaged.activityId()).orElse(null);
		if (activity == null) {
			return;
		}
		for (Registration registration : this.registrations.activeFor(activity.getId())) {
			String text = message("agenda.registration.mail.text.MESSAGE", messaged.body(), activity.getTitle(),
					link(registration, activity));
			send(registration.getEmail(), messaged.subject(), text, null, activity.getSlug());
		}
	}

	@ApplicationModuleListener
	void on(ActivityCancelled cancelled) {
		Activity activity = this.activities.findById(cancelled.activityId()).orElse(null);
		if (activity == null) {
			return;
		}
		for (Registration registration : this.registrations.activeFor(activity.getId())) {
			send(registration.getEmail(),
					message("agenda.registration.mail.subject.ACTIVITY_CANCELLED", activity.getTitle()),
					message("agenda.registration.mail.text.ACTIVITY_CANCELLED", registration.getName(),
							activity.getTitle(), when(activity)),
					null, activity.getSlug());
		}
	}

	@ApplicationModuleListener
	void on(RegistrationEvents.DataRequested requested) {
		String link = this.baseUrl + "/privacy/mijn-gegevens/" + this.links.dataToken(requested.email());
		send(requested.email(), message("agenda.registration.mail.subject.DATA"),
				message("agenda.registration.mail.text.DATA", link), null, "gegevens");
	}

	/**
	 * What happened: CONFIRMED, WAITING, PROMOTED, CANCELLED, LINK_CONFIRMED,
	 * LINK_WAITING.
	 */
	private void about(long registrationId, String what, boolean withCalendar) {
		Registration registration = this.registrations.findById(registrationId).orElse(null);
		if (registration == null || registration.getEmail() == null) {
			return;
		}
		Activity activity = this.activities.findById(registration.getActivityId()).orElse(null);
		if (activity == null) {
			return;
		}
		byte[] ics = withCalendar ? ActivityCalendar.forRegistrant(activity, this.baseUrl, this.clock.instant())
			.getBytes(StandardCharsets.UTF_8) : null;
		send(registration.getEmail(), message("agenda.registration.mail.subject." + what, activity.getTitle()),
				message("agenda.registration.mail.text." + what, registration.getName(), activity.getTitle(),
						when(activity), link(registration, activity)),
				ics, activity.getSlug());
	}

	private String link(Registration registration, Activity activity) {
		return this.baseUrl + "/agenda/inschrijving/"
				+ this.links.registrationToken(registration.getId(), activity.getEndsAt());
	}

	private static String when(Activity activity) {
		Formats formats = Formats.of(DUTCH);
		return formats.dateTime(activity.getStartsAt()) + " – " + formats.time(activity.getEndsAt());
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, DUTCH);
	}

	private void send(String to, String subject, String text, byte[] ics, String name) {
		JavaMailSender mailSender = this.sender.getIfAvailable();
		if (mailSender == null) {
			log.info("No mail server configured; would send to {}: {}\n{}", to, subject, text);
			return;
		}
		try {
			MimeMessage mime = mailSender.createMimeMessage();
			MimeMessageHelper message = new MimeMessageHelper(mime, ics != null, StandardCharsets.UTF_8.name());
			message.setFrom(this.from);
			message.setTo(to);
			message.setSubject(subject);
			message.setText(text);
			if (ics != null) {
				message.addAttachment(name + ".ics", new ByteArrayResource(ics), "text/calendar; charset=UTF-8");
			}
			mailSender.send(mime);
		}
		catch (MailException | MessagingException ex) {
			log.warn("Could not send a registration mail", ex);
		}
	}

}
