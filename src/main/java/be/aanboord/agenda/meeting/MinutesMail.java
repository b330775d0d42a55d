package be.aanboord.agenda.meeting;

import java.util.Locale;

import be.aanboord.partner.People;
import be.aanboord.partner.People.PersonSummary;
import be.aanboord.system.Formats;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails approved minutes to the people who follow the lab by its minutes only ("opvolging
 * via verslaggeving", lab role MINUTES_ONLY), one message per person so that no one sees
 * the others' addresses. Sent after the approval is committed, outside the request (the
 * event publication registry keeps what was not sent yet). Without a mail server the
 * message is logged instead; a failing server is logged and does not undo the approval.
 */
@Component
class MinutesMail {

	private static final Logger log = LoggerFactory.getLogger(MinutesMail.class);

	private static final Locale DUTCH = Locale.forLanguageTag("nl-BE");

	private final ObjectProvider<JavaMailSender> sender;

	private final MessageSource messages;

	private final LabMeetings meetings;

	private final MeetingMinutesRepository minutes;

	private final People people;

	private final String baseUrl;

	private final String from;

	MinutesMail(ObjectProvider<JavaMailSender> sender, MessageSource messages, LabMeetings meetings,
			MeetingMinutesRepository minutes, People people,
			@Value("${aanboord.base-url:http://localhost:8080}") String baseUrl,
			@Value("${aanboord.mail.from:toolbox@aanboord.be}") String from) {
		this.sender = sender;
		this.messages = messages;
		this.meetings = meetings;
		this.minutes = minutes;
		this.people = people;
		this.baseUrl = baseUrl;
		this.from = from;
	}

	@ApplicationModuleListener
	void on(MinutesApproved approved) {
		MeetingMinutes record = this.minutes.findById(approved.meetingId()).orElse(null);
		LabMeetings.Meeting meeting = this.meetings.all()
			.stream()
			.filter((m) -> m.id() == approved.meetingId())
			.findFirst()
			.orElse(null);
		if (record == null || meeting == null || !record.isApproved()) {
			return;
		}
		String date = Formats.of(DUTCH).date(meeting.startsAt());
		String subject = this.messages.getMessage("meeting.mail.subject", new Object[] { meeting.title(), date },
				DUTCH);
		String link = this.baseUrl + "/agenda/vergaderingen/" + meeting.slug();
		for (PersonSummary person : this.people.followingByMinutes()) {
			SimpleMailMessage message = new SimpleMailMessage();
			message.setFrom(this.from);
			message.setTo(person.email());
			message.setSubject(subject);
			message.setText(this.messages.getMessage("meeting.mail.text",
					new Object[] { person.fullName(), meeting.title(), date, record.getText(), link }, DUTCH));
			send(message, meeting.slug());
		}
	}

	private void send(SimpleMailMessage message, String slug) {
		JavaMailSender mailSender = this.sender.getIfAvailable();
		if (mailSender == null) {
			log.info("No mail server configured; would send to {}: {}", message.getTo()[0], message.getSubject());
			return;
		}
		try {
			mailSender.send(message);
		}
		catch (MailException ex) {
			log.warn("Could not send the minutes of {}", slug, ex);
		}
	}

}
