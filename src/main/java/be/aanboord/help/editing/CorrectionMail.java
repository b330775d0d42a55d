package be.aanboord.help.editing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import be.aanboord.help.HelpDirectory;
import be.aanboord.help.OfferSummary;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The short Dutch reply to whoever proposed a correction and left an e-mail address, sent
 * after the editor's decision is committed (a Modulith module listener). The address is
 * erased in the same step (purpose limitation): the listener first erases it, and only
 * the call that erased it sends, so a correction gets at most one reply. Without a mail
 * server the message is logged.
 */
@Component
class CorrectionMail {

	private static final Logger log = LoggerFactory.getLogger(CorrectionMail.class);

	private static final Locale DUTCH = Locale.forLanguageTag("nl-BE");

	private final ObjectProvider<JavaMailSender> sender;

	private final MessageSource messages;

	private final HelpCorrectionRepository corrections;

	private final HelpDirectory directory;

	private final String baseUrl;

	private final String from;

	CorrectionMail(ObjectProvider<JavaMailSender> sender, MessageSource messages, HelpCorrectionRepository corrections,
			HelpDirectory directory, @Value("${aanboord.base-url:http://localhost:8080}") String baseUrl,
			@Value("${aanboord.help.mail-from:hulp@aanboord.be}") String from) {
		this.sender = sender;
		this.messages = messages;
		this.corrections = corrections;
		this.directory = directory;
		this.baseUrl = baseUrl;
		this.from = from;
	}

	@ApplicationModuleListener
	void on(CorrectionHandled handled) {
		HelpCorrection correction = this.corrections.findById(handled.correctionId()).orElse(null);
		if (correction == null || correction.getEmail() == null || correction.isProposed()) {
			return;
		}
		String to = correction.getEmail();
		if (this.corrections.eraseEmail(correction.getId(), to) != 1) {
			return;
		}
		OfferSummary offer = this.directory.byIds(List.of(correction.getOfferId())).stream().findFirst().orElse(null);
		String name = (offer != null) ? offer.name() : message("help.editing.mail.anOffer");
		String link = this.baseUrl + ((offer != null) ? "/hulp/" + offer.slug() : "/hulp");
		String note = (correction.getEditorNote() == null) ? ""
				: message("help.editing.mail.note", correction.getEditorNote());
		String text = (correction.getStatus() == CorrectionStatus.APPLIED)
				? message("help.editing.mail.text.APPLIED", name, link, note)
				: message("help.editing.mail.text.REJECTED", name, link, note);
		send(to, message("help.editing.mail.subject", name), text);
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, DUTCH);
	}

	private void send(String to, String subject, String text) {
		JavaMailSender mailSender = this.sender.getIfAvailable();
		if (mailSender == null) {
			log.info("No mail server configured; would send a correction reply: {}\n{}", subject, text);
			return;
		}
		try {
			MimeMessage mime = mailSender.createMimeMessage();
			MimeMessageHelper message = new MimeMessageHelper(mime, false, StandardCharsets.UTF_8.name());
			message.setFrom(this.from);
			message.setTo(to);
			message.setSubject(subject);
			message.setText(text);
			mailSender.send(mime);
		}
		catch (MailException | MessagingException ex) {
			log.warn("Could not send a correction reply", ex);
		}
	}

}
